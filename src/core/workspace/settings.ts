// Which config and templates apply to a file — one rule for the CLI and the editor: the nearest
// `.mdreviewrc.json|yaml|yml` from the file's folder up to its workspace folder or repository root (nearest
// wins, no merging); templates are `.mdreview/templates/*.md` beside that config, or at the root without one.
import { CONFIG_FILE_NAMES, parseConfig, type Config } from '../config/config';
import { TemplateRegistry } from '../templates/template';
import { sameInBoth, text, type Text } from '../i18n';
import { isInside, joinPath, parentOf, UnreadableFile, type WorkspaceHost } from './host';

/** The config and workspace templates that apply to a set of files; plain data so it can cross to a worker. */
export interface Settings {
  id: number;
  /** Folder of the config file (or the root without one): config globs and `.mdreview/templates` are relative to it. */
  root: string;
  configPath?: string;
  config: Config;
  templates: { path: string; text: string }[];
}

/** A broken config or template file: reported, and its files are linted with defaults. */
export interface SettingsProblem {
  path: string;
  /** What is wrong, in both languages, without the file's name. */
  messages: Text[];
}

const TEMPLATE_DIR = ['.mdreview', 'templates'];

/**
 * Where a file's earlier reviews are looked up when no repository or workspace folder holds it: the folder of
 * its config (a config marks a set of reviews), else the fallback root (the CLI's current folder) when that holds
 * the file, else the file's own folder — never a folder beside or above it that the user did not point at.
 */
export function historyScope(path: string, settings: Settings): string {
  return isInside(path, settings.root) ? settings.root : (parentOf(path) ?? '/');
}

export class SettingsFinder {
  readonly all: Settings[] = [];
  readonly problems: SettingsProblem[] = [];
  private readonly byFolder = new Map<string, Promise<string | undefined>>();
  private readonly byConfig = new Map<string, Promise<Settings>>();
  private readonly registries = new Map<number, TemplateRegistry>();

  /**
   * `fallbackRoot`: the root of files outside any workspace folder or repository (the CLI's current folder).
   * `explicitConfig`: one config for every file (`--config`).
   */
  constructor(
    private readonly host: WorkspaceHost,
    private readonly fallbackRoot: string,
    private readonly explicitConfig?: string,
  ) {}

  async forFile(path: string): Promise<Settings> {
    if (this.explicitConfig) return this.load(this.explicitConfig, parentOf(this.explicitConfig) ?? '/');
    const root = this.host.rootOf(path) ?? this.fallbackRoot;
    const folder = parentOf(path) ?? '/';
    const configPath = await this.nearestConfig(folder, root);
    return this.load(configPath, configPath ? parentOf(configPath)! : root);
  }

  /** The templates of `settings` as a registry (built once per settings). */
  templatesOf(settings: Settings): TemplateRegistry {
    let registry = this.registries.get(settings.id);
    if (!registry) {
      registry = new TemplateRegistry(settings.templates);
      this.registries.set(settings.id, registry);
    }
    return registry;
  }

  private nearestConfig(folder: string, root: string): Promise<string | undefined> {
    const key = `${root}\u0000${folder}`;
    let found = this.byFolder.get(key);
    if (!found) {
      found = this.ownConfig(folder).then((own) => {
        const parent = parentOf(folder);
        if (own || !parent || !isInside(folder, root) || folder === root.replace(/\/+$/, '')) return own;
        return this.nearestConfig(parent, root);
      });
      this.byFolder.set(key, found);
    }
    return found;
  }

  private async ownConfig(folder: string): Promise<string | undefined> {
    let names: string[] = [];
    try {
      names = await this.host.listFiles(folder);
    } catch {
      // An unreadable folder holds no config we could use; keep looking upward.
    }
    const name = CONFIG_FILE_NAMES.find((n) => names.includes(n));
    return name && joinPath(folder, name);
  }

  private load(configPath: string | undefined, root: string): Promise<Settings> {
    const key = configPath ?? `\u0000${root}`;
    let settings = this.byConfig.get(key);
    if (!settings) {
      settings = this.read(configPath, root);
      this.byConfig.set(key, settings);
    }
    return settings;
  }

  private async read(configPath: string | undefined, root: string): Promise<Settings> {
    let config: Config = {};
    if (configPath) {
      const source = await this.readFile(configPath);
      // A config named with --config that is not there is a mistake (a typo, a wrong cwd), not "no config".
      const missing = source === undefined && configPath === this.explicitConfig ? [text('the config file does not exist', '配置文件不存在')] : [];
      const parsed = source === undefined ? { config: {}, errors: missing } : parseConfig(source, configPath.slice(configPath.lastIndexOf('/') + 1));
      if (parsed.errors.length) this.problems.push({ path: configPath, messages: parsed.errors });
      config = parsed.config;
    }
    const templates = await this.readTemplates(joinPath(root, ...TEMPLATE_DIR));
    const settings: Settings = { id: this.all.length, root, configPath, config, templates };
    this.all.push(settings);
    return settings;
  }

  private async readFile(path: string): Promise<string | undefined> {
    try {
      return await this.host.readText(path);
    } catch (e) {
      this.problems.push({ path, messages: [e instanceof UnreadableFile ? e.reason : sameInBoth((e as Error).message)] });
      return undefined;
    }
  }

  private async readTemplates(dir: string): Promise<Settings['templates']> {
    const names = (await this.host.listFiles(dir).catch(() => [])).filter((n) => n.toLowerCase().endsWith('.md')).sort();
    const templates: Settings['templates'] = [];
    for (const name of names) {
      const path = joinPath(dir, name);
      const text = await this.readFile(path);
      if (text !== undefined) templates.push({ path, text });
    }
    for (const error of new TemplateRegistry(templates).errors) this.problems.push({ path: error.path, messages: [error.reason] });
    return templates;
  }
}

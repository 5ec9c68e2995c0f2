import { readdir } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { CONFIG_FILE_NAMES, parseConfig } from '../../core/config/config';
import { TemplateRegistry } from '../../core/templates/template';
import { readText } from './readText';
import type { Settings } from './types';

/** A broken config or template file: reported once, as an exit-2 failure; its files are linted with defaults. */
export interface SettingsProblem {
  path: string;
  messages: string[];
}

/**
 * Finds the settings of each file: the nearest `.mdreviewrc.json|yaml|yml` from the file's folder upward
 * (nearest wins, no merging), or the one `--config` names, plus the `.mdreview/templates/*.md` at its root.
 */
export class SettingsLocator {
  readonly all: Settings[] = [];
  readonly problems: SettingsProblem[] = [];
  private readonly byDir = new Map<string, Promise<Settings>>();
  private readonly byConfig = new Map<string, Promise<Settings>>();

  constructor(
    private readonly cwd: string,
    private readonly explicitConfig?: string,
  ) {}

  forFile(file: string): Promise<Settings> {
    if (this.explicitConfig) return this.load(resolve(this.cwd, this.explicitConfig));
    return this.forDir(dirname(file));
  }

  private forDir(dir: string): Promise<Settings> {
    let found = this.byDir.get(dir);
    if (!found) {
      found = this.nearestConfig(dir).then((path) => this.load(path));
      this.byDir.set(dir, found);
    }
    return found;
  }

  private async nearestConfig(dir: string): Promise<string | undefined> {
    let names: string[] = [];
    try {
      names = await readdir(dir);
    } catch {
      // An unreadable folder holds no config we could use; keep looking upward.
    }
    const name = CONFIG_FILE_NAMES.find((n) => names.includes(n));
    if (name) return join(dir, name);
    const parent = dirname(dir);
    return parent === dir ? undefined : this.byDir.has(parent) ? (await this.byDir.get(parent)!).configPath : this.nearestConfig(parent);
  }

  private load(configPath: string | undefined): Promise<Settings> {
    const key = configPath ?? '';
    let settings = this.byConfig.get(key);
    if (!settings) {
      settings = this.read(configPath);
      this.byConfig.set(key, settings);
    }
    return settings;
  }

  private async read(configPath: string | undefined): Promise<Settings> {
    const root = configPath ? dirname(configPath) : this.cwd;
    let config = {};
    if (configPath) {
      const file = await readText(configPath);
      const parsed = file.ok ? parseConfig(file.text, basename(configPath)) : { config: {}, errors: [file.message.en] };
      if (parsed.errors.length) this.problems.push({ path: configPath, messages: parsed.errors });
      config = parsed.config;
    }
    const templates = await this.readTemplates(join(root, '.mdreview', 'templates'));
    const settings: Settings = { id: this.all.length, root, configPath, config, templates };
    this.all.push(settings);
    return settings;
  }

  private async readTemplates(dir: string): Promise<Settings['templates']> {
    let names: string[];
    try {
      names = (await readdir(dir)).filter((n) => n.toLowerCase().endsWith('.md')).sort();
    } catch {
      return [];
    }
    const templates: Settings['templates'] = [];
    for (const name of names) {
      const path = join(dir, name);
      const file = await readText(path);
      if (file.ok) templates.push({ path, text: file.text });
      else this.problems.push({ path, messages: [file.message.en] });
    }
    const errors = new TemplateRegistry(templates).errors;
    for (const error of errors) this.problems.push({ path: dir, messages: [error] });
    return templates;
  }
}

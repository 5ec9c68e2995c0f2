import { Document, isMap, isScalar, isSeq, parseDocument, type YAMLMap, type YAMLSeq } from 'yaml';
import type { TextEdit } from '../lint/types';
import { normalizeHeading, withoutNumbering } from '../text/headings';
import { LineMap } from '../text/lineMap';
import { FRONTMATTER, parseTemplate } from './template';

/** `value` as one item of a YAML flow sequence: plain when it can be, quoted when a comma or colon needs it. */
function flowItem(value: string): string {
  const doc = new Document([value]);
  (doc.contents as YAMLSeq).flow = true;
  return doc.toString({ flowCollectionPadding: false }).trim().slice(1, -1);
}

/** Spaces up to the column of `offset`. */
function indentAt(lines: LineMap, offset: number): string {
  return ' '.repeat(lines.position(offset).character);
}

/** Where and what to insert into the frontmatter's YAML (offsets in `yaml`) so `section` lists `alias`. */
function insertion(yaml: string, lines: LineMap, section: YAMLMap, alias: string, eol: string): { at: number; text: string } | undefined {
  const item = flowItem(alias);
  const aliases = section.get('aliases', true);
  if (isSeq(aliases) && aliases.range) {
    const last = aliases.items.at(-1) as { range?: number[] } | undefined;
    if (aliases.flow) {
      if (last?.range) return { at: last.range[1], text: `, ${item}` };
      const close = aliases.range[1] - 1;
      return yaml[close] === ']' ? { at: close, text: item } : undefined;
    }
    if (!last?.range) return undefined;
    const end = lines.lineEnd(lines.position(last.range[1] - 1).line);
    return { at: end, text: `${eol}${indentAt(lines, aliases.range[0])}- ${item}` };
  }
  if (aliases !== undefined) return undefined;
  const first = section.items[0]?.key;
  const lastPair = section.items.at(-1);
  const lastNode = (lastPair?.value ?? lastPair?.key) as { range?: number[] } | undefined;
  if (!isScalar(first) || !first.range || !lastNode?.range) return undefined;
  if (section.flow) return { at: lastNode.range[1], text: `, aliases: [${item}]` };
  const end = lines.lineEnd(lines.position(Math.max(lastNode.range[1] - 1, lastNode.range[0])).line);
  return { at: end, text: `${eol}${indentAt(lines, first.range[0])}aliases: [${item}]` };
}

/**
 * The edit that adds `heading` (without its numbering: the alias) to the aliases of section `sectionId` in a template file's
 * frontmatter, creating the `aliases:` key when absent; only the inserted text changes, so comments, quoting and
 * layout stay. Undefined when the file has no such section, already accepts the heading, or its YAML has a shape
 * the edit cannot extend safely (the result is parsed again and must list the alias).
 */
export function addTemplateAlias(templateText: string, sectionId: string, heading: string): { alias: string; edit: TextEdit } | undefined {
  const match = FRONTMATTER.exec(templateText);
  if (!match) return undefined;
  const alias = withoutNumbering(heading) || heading.trim();
  const yamlStart = match.index + match[0].indexOf(match[1]);
  const doc = parseDocument(match[1]);
  const sections = doc.get('sections', true);
  if (doc.errors.length || !isSeq(sections)) return undefined;
  const section = sections.items.find((s): s is YAMLMap => isMap(s) && s.get('id') === sectionId);
  if (!section) return undefined;
  const before = parseTemplate(templateText, 'template').sections.find((s) => s.id === sectionId);
  const accepted = (names: string[]) => names.some((n) => normalizeHeading(n) === normalizeHeading(alias));
  if (!before || accepted([before.heading, ...before.aliases])) return undefined;

  const eol = /\r\n/.test(match[0]) ? '\r\n' : '\n';
  const found = insertion(match[1], new LineMap(match[1]), section, alias, eol);
  if (!found) return undefined;
  const at = yamlStart + found.at;
  const edited = templateText.slice(0, at) + found.text + templateText.slice(at);
  try {
    if (!accepted(parseTemplate(edited, 'template').sections.find((s) => s.id === sectionId)?.aliases ?? [])) return undefined;
  } catch {
    return undefined;
  }
  const lines = new LineMap(templateText);
  return { alias, edit: { range: lines.range(at, at), newText: found.text } };
}

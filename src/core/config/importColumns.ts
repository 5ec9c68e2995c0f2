// Saves an import's column mapping in the team config (`import.columns`), so the next export of the same dashboard
// maps itself. YAML through the Document API keeps the file's comments; JSON is rewritten with two-space indent.
import { parseDocument } from 'yaml';
import type { ColumnMapping } from '../import/columnMapping';
import type { Kpi } from '../model';

/** The mapping as the config stores it: header → KPI id (or name, for a KPI without one), date, title, ignore. */
export function columnsToSave(mapping: readonly ColumnMapping[], kpis: readonly Pick<Kpi, 'id' | 'name'>[]): Record<string, string> {
  return Object.fromEntries(mapping.filter((m) => m.header).map((m) => [m.header, m.role.kind === 'kpi' ? kpis[m.role.kpi].id ?? kpis[m.role.kpi].name : m.role.kind]));
}

/** The config text with `import.columns` set to `columns` (added to what was saved before); `fileName` says JSON or YAML. */
export function withImportColumns(configText: string, fileName: string, columns: Record<string, string>): string {
  if (/\.json$/i.test(fileName)) {
    const data = (configText.trim() ? JSON.parse(configText) : {}) as { import?: { columns?: Record<string, string> } };
    data.import = { ...data.import, columns: { ...data.import?.columns, ...columns } };
    return `${JSON.stringify(data, null, 2)}\n`;
  }
  const document = parseDocument(configText);
  for (const [header, role] of Object.entries(columns)) document.setIn(['import', 'columns', header], role);
  return document.toString();
}

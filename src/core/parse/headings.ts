import type { Template } from '../templates/template';
import { normalizeHeading } from '../text/headings';

/** Maps normalized headings and aliases to section ids, for one template. */
export class SectionResolver {
  /** Every normalized heading, id and alias, to its section id. */
  readonly keys = new Map<string, string>();

  constructor(templates: Template[]) {
    // Earlier templates win on clashes: the review's own template is passed first.
    for (const t of templates) {
      for (const s of t.sections) {
        for (const name of [s.heading, s.id, ...s.aliases]) {
          const key = normalizeHeading(name);
          if (key && !this.keys.has(key)) this.keys.set(key, s.id);
        }
      }
    }
  }

  resolve(heading: string): string | undefined {
    return this.keys.get(normalizeHeading(heading));
  }
}

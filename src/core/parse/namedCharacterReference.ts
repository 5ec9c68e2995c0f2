// Stands in for decode-named-character-reference (esbuild.mjs aliases it here), whose table of 2,231 HTML entity
// names is 35 KB of every bundle. The engine disables micromark's character references in text (see
// markdownTree.ts), so the table was reached only when decoding a code fence's info string, which no rule reads.
// XML's five names still decode; any other `&name;` stays as written, as it does in the review's text.
const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeNamedCharacterReference(value: string): string | false {
  return Object.hasOwn(XML_ENTITIES, value) ? XML_ENTITIES[value] : false;
}

// The snippet files, bundled as JSON by esbuild (see esbuild.mjs): lines.*.code-snippets for the line-snippet completion.
declare module '*.code-snippets' {
  const snippets: Record<string, import('../../core/scaffold/lineSnippets').SnippetDefinition>;
  export default snippets;
}

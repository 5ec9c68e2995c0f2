// TextDecoder is a global in Node, browsers and web workers, but not in ES2022's types, which src/core is checked
// against (tsconfig.core.json: no DOM, no Node). The import reads exports with it (UTF-8, UTF-16, GB18030).
interface Decoder {
  decode(input: Uint8Array): string;
}

const GlobalDecoder = (globalThis as unknown as { TextDecoder: new (label?: string, options?: { fatal?: boolean }) => Decoder }).TextDecoder;

/** A decoder for `label` (`utf-8`, `utf-16le`, `gb18030`…); `fatal`: throw on invalid bytes instead of U+FFFD. */
export function textDecoder(label = 'utf-8', fatal = false): Decoder {
  return new GlobalDecoder(label, { fatal });
}

import { isUtf8 } from 'node:buffer';
import { open, readFile, stat } from 'node:fs/promises';
import { text, type Text } from '../core/i18n';

/** Reviews are a few KB; anything past this is refused before it is read, so a stray dump cannot hang a run. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
const SNIFF_BYTES = 8 * 1024;

export type ReadResult =
  | { ok: true; text: string; /** Set when invalid UTF-8 was replaced with U+FFFD. */ warning?: Text }
  | { ok: false; kind: 'binary' | 'too-large' | 'unreadable'; message: Text; /** The first bytes as text, for a too-large file. */ head?: string };

/** Decodes file bytes: UTF-8 (BOM stripped), UTF-16 LE/BE by BOM; NUL bytes early on mean binary. */
export function decode(bytes: Buffer): ReadResult {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: true, text: bytes.subarray(2).toString('utf16le') };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    // Node has no UTF-16 BE decoder of its own: swap to LE (dropping an odd trailing byte) first.
    const body = Buffer.from(bytes.subarray(2, 2 + ((bytes.length - 2) & ~1)));
    return { ok: true, text: body.swap16().toString('utf16le') };
  }
  if (bytes.subarray(0, SNIFF_BYTES).includes(0)) {
    return { ok: false, kind: 'binary', message: text('binary file (NUL bytes), not linted', '二进制文件（含 NUL 字节），未检查') };
  }
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const body = bytes.subarray(start);
  const decoded = body.toString('utf8');
  if (isUtf8(body)) return { ok: true, text: decoded };
  return { ok: true, text: decoded, warning: text('file is not valid UTF-8; invalid bytes were replaced with U+FFFD', '文件不是有效的 UTF-8，无效字节已替换为 U+FFFD') };
}

/** Reads and decodes one file. Never throws: failures come back as a result with a bilingual message. */
export async function readText(path: string): Promise<ReadResult> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) return { ok: false, kind: 'unreadable', message: text('is a directory', '是一个目录') };
    if (info.size > MAX_FILE_BYTES) {
      const mb = (info.size / 1024 / 1024).toFixed(1);
      return { ok: false, kind: 'too-large', head: await readHead(path), message: text('file is {mb} MB, larger than the 10 MB limit; not linted', '文件大小 {mb} MB，超过 10 MB 上限，未检查', { mb }) };
    }
    return decode(await readFile(path));
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const reason = err.code === 'ENOENT' ? text('no such file', '文件不存在') : err.code === 'EACCES' ? text('permission denied', '没有读取权限') : text('cannot read: {m}', '无法读取：{m}', { m: err.message });
    return { ok: false, kind: 'unreadable', message: reason };
  }
}

/** The first bytes of a file as text, so discovery can still tell whether a huge file is a review. */
async function readHead(path: string): Promise<string> {
  const handle = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(SNIFF_BYTES), 0, SNIFF_BYTES, 0);
    const head = decode(buffer.subarray(0, bytesRead));
    return head.ok ? head.text : '';
  } finally {
    await handle.close();
  }
}

import { isUtf8 } from 'node:buffer';
import { createHash } from 'node:crypto';
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { text, type Text } from '../core/i18n';
import { MAX_FILE_BYTES, NOT_A_REGULAR_FILE } from '../core/workspace/host';
const SNIFF_BYTES = 8 * 1024;
// O_NONBLOCK: opening a FIFO must not wait for a writer (its type is checked right after). Windows has no such flag.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/** What git's index keeps to tell an unchanged file by its stat alone: size, mtime, ctime (ms) and inode. */
export type FileStat = [size: number, mtimeMs: number, ctimeMs: number, ino: number];

/** A file's stat and when it was taken, just before the file was read. */
export interface FileStamp {
  stat: FileStat;
  at: number;
}

export function statOf(info: Stats): FileStat {
  return [info.size, info.mtimeMs, info.ctimeMs, info.ino];
}

export type ReadResult =
  | {
      ok: true;
      text: string;
      /** Set when invalid UTF-8 was replaced with U+FFFD. */
      warning?: Text;
      /** Digest of the file's bytes (set by `readText`): two files that decode to the same text may differ (U+FFFD vs an invalid byte). */
      digest?: string;
      /** The file's stat when it was read (set by `readText`), for `--cache` to trust an unchanged one without reading it. */
      stamp?: FileStamp;
    }
  | {
      ok: false;
      /** `special`: a device, FIFO or socket, never read; `encoding`: Chinese text in GB18030 (or GBK), not UTF-8. */
      kind: 'binary' | 'too-large' | 'unreadable' | 'special' | 'encoding';
      message: Text;
      /** The first bytes as text, for a too-large file; the text as GB18030 reads it, for `encoding`. */
      head?: string;
    };

/** The byte-order mark `bytes` start with, if any, and its length. */
function bomOf(bytes: Buffer): { encoding: 'utf16le' | 'utf16be' | 'utf8'; length: number } | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf16be', length: 2 };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf8', length: 3 };
  return undefined;
}

/** Decodes file bytes: UTF-8 (BOM stripped), UTF-16 LE/BE by BOM; NUL bytes early on mean binary. */
export function decode(bytes: Buffer): ReadResult {
  const bom = bomOf(bytes);
  if (bom?.encoding === 'utf16le') return { ok: true, text: bytes.subarray(2).toString('utf16le') };
  if (bom?.encoding === 'utf16be') {
    // Node has no UTF-16 BE decoder of its own: swap to LE (dropping an odd trailing byte) first.
    const body = Buffer.from(bytes.subarray(2, 2 + ((bytes.length - 2) & ~1)));
    return { ok: true, text: body.swap16().toString('utf16le') };
  }
  if (bytes.subarray(0, SNIFF_BYTES).includes(0)) {
    return { ok: false, kind: 'binary', message: text('binary file (NUL bytes), not linted', '二进制文件（含 NUL 字节），未检查') };
  }
  const body = bytes.subarray(bom?.length ?? 0);
  const decoded = body.toString('utf8');
  if (isUtf8(body)) return { ok: true, text: decoded };
  const chinese = asGb18030(body);
  if (chinese !== undefined) {
    return {
      ok: false,
      kind: 'encoding',
      head: chinese,
      message: text(
        'file is encoded in GB18030/GBK, not UTF-8, and was not linted: convert it with `iconv -f GB18030 -t UTF-8 <file> -o <file>`',
        '文件是 GB18030/GBK 编码而非 UTF-8，未检查：请用 `iconv -f GB18030 -t UTF-8 <文件> -o <文件>` 转换',
      ),
    };
  }
  return { ok: true, text: decoded, warning: text('file is not valid UTF-8; invalid bytes were replaced with U+FFFD', '文件不是有效的 UTF-8，无效字节已替换为 U+FFFD') };
}

/** `text` encoded as `original` is (what `decode` undoes): with its BOM, in UTF-16 LE or BE, else UTF-8. */
export function encodeLike(original: Buffer, text: string): Buffer {
  const bom = bomOf(original);
  const body = bom?.encoding === 'utf16le' ? Buffer.from(text, 'utf16le') : bom?.encoding === 'utf16be' ? Buffer.from(text, 'utf16le').swap16() : Buffer.from(text, 'utf8');
  return bom ? Buffer.concat([original.subarray(0, bom.length), body]) : body;
}

const GB18030 = new TextDecoder('gb18030', { fatal: true });

/**
 * The text when bytes that are not UTF-8 read cleanly as GB18030 (the encoding of many Chinese exports and
 * editors) as Chinese: linted as UTF-8 they would be garbled into findings about nothing. Most byte pairs are
 * valid GB18030, so a Latin-1 `café` reads as one odd character: Chinese text is many characters, nearly all of
 * its non-ASCII ones ideographs or CJK punctuation.
 */
function asGb18030(bytes: Uint8Array): string | undefined {
  let decoded: string;
  try {
    decoded = GB18030.decode(bytes);
  } catch {
    return undefined;
  }
  const nonAscii = decoded.match(/[^\u0000-\u007f]/gu)?.length ?? 0;
  const chinese = decoded.match(/[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef]/gu)?.length ?? 0;
  return chinese >= 10 && chinese >= nonAscii * 0.9 ? decoded : undefined;
}

/**
 * Reads and decodes one file. Never throws: failures come back as a result with a bilingual message.
 * Devices, FIFOs and sockets are refused without reading; and no more than MAX_FILE_BYTES + 1 bytes are read
 * whatever `stat` says (a device reports size 0 and never ends).
 *
 * The I/O is synchronous: the CLI has nothing else to do while it reads, one file is open at a time (so
 * `ulimit -n` never matters), and 2,000 small reviews read in about a quarter of the time that four
 * thread-pool round trips per file took.
 */
export async function readText(path: string): Promise<ReadResult> {
  return readTextSync(path);
}

function readTextSync(path: string): ReadResult {
  let fd: number | undefined;
  try {
    const at = Date.now();
    fd = openSync(path, OPEN_FLAGS);
    const info = fstatSync(fd);
    const refused = refuseType(info);
    if (refused) return refused;
    if (info.size > MAX_FILE_BYTES) return tooLarge(info.size, readUpTo(fd, SNIFF_BYTES, SNIFF_BYTES));
    const bytes = readUpTo(fd, MAX_FILE_BYTES + 1, info.size + 1);
    // Past the cap the real size is unknown (a file that grew, or one whose `stat` size means nothing).
    if (bytes.length > MAX_FILE_BYTES) return tooLarge(undefined, bytes);
    const decoded = decode(bytes);
    return decoded.ok ? { ...decoded, digest: bytesDigest(bytes), stamp: { stat: statOf(info), at } } : decoded;
  } catch (e) {
    return failure(e as NodeJS.ErrnoException);
  } finally {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        // Nothing to do: the file was read or failed already.
      }
    }
  }
}

/**
 * Decodes bytes someone else read (a unified VFile's value, an editor's text as UTF-8) with the limits `readText`
 * applies to a file: the 10 MB cap, binary, GB18030 and invalid UTF-8.
 */
export function decodeBytes(bytes: Uint8Array): ReadResult {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return buffer.length > MAX_FILE_BYTES ? tooLarge(buffer.length, buffer.subarray(0, SNIFF_BYTES)) : decode(buffer);
}

/** The digest `--cache` keys a file's content by. */
export function bytesDigest(bytes: Uint8Array): string {
  return createHash('sha1').update(bytes).digest('base64url');
}

/**
 * Files up to this size are read into one reused buffer: a buffer per file left 10 MB of garbage outside the heap
 * after reading 2,000 reviews, which the CLI's peak RSS kept.
 */
const SCRATCH_BYTES = 1024 * 1024;
let scratch: Buffer | undefined;

/**
 * Reads from the start until the end of the file or `cap` bytes, growing the buffer from `sizeHint` as needed.
 * The bytes may be the reused scratch buffer's: decode them before the next read.
 */
function readUpTo(fd: number, cap: number, sizeHint: number): Buffer {
  const size = Math.min(cap, Math.max(sizeHint, SNIFF_BYTES));
  let buffer = size <= SCRATCH_BYTES ? (scratch ??= Buffer.allocUnsafe(SCRATCH_BYTES)) : Buffer.alloc(size);
  let length = 0;
  for (;;) {
    const room = Math.min(buffer.length, cap);
    if (length === room) {
      if (length === cap) break;
      const grown = Buffer.alloc(Math.min(cap, length * 2));
      buffer.copy(grown, 0, 0, length);
      buffer = grown;
    }
    const bytesRead = readSync(fd, buffer, length, Math.min(buffer.length, cap) - length, length);
    if (bytesRead === 0) break;
    length += bytesRead;
  }
  return buffer.subarray(0, length);
}

function refuseType(info: Stats): ReadResult | undefined {
  if (info.isDirectory()) return { ok: false, kind: 'unreadable', message: text('is a directory', '是一个目录') };
  if (!info.isFile()) return special();
  return undefined;
}

function special(): ReadResult {
  return { ok: false, kind: 'special', message: NOT_A_REGULAR_FILE };
}

function tooLarge(size: number | undefined, head: Buffer): ReadResult {
  const sniffed = decode(head.subarray(0, SNIFF_BYTES));
  const mb = size === undefined ? undefined : (size / 1024 / 1024).toFixed(1);
  const message =
    mb === undefined
      ? text('file is larger than the 10 MB limit; not linted', '文件超过 10 MB 上限，未检查')
      : text('file is {mb} MB, larger than the 10 MB limit; not linted', '文件大小 {mb} MB，超过 10 MB 上限，未检查', { mb });
  return { ok: false, kind: 'too-large', head: sniffed.ok ? sniffed.text : '', message };
}

function failure(err: NodeJS.ErrnoException): ReadResult {
  // A socket cannot be opened at all (ENXIO); it is as much "not a regular file" as a FIFO.
  if (err.code === 'ENXIO') return special();
  const message = err.code === 'ENOENT' ? text('no such file', '文件不存在') : err.code === 'EACCES' ? text('permission denied', '没有读取权限') : text('cannot read: {m}', '无法读取：{m}', { m: err.message });
  return { ok: false, kind: 'unreadable', message };
}

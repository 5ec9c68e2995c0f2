// Writing `mdreview lint --fix` results back: only files the fixes changed, each with its bytes as they were but
// for the fixed spans (BOM, UTF-16, line breaks, YAML comments), through a temporary file renamed over it, so a
// failure leaves the file as it was.
import { access, readFile, realpath, stat } from 'node:fs/promises';
import { constants } from 'node:fs';
import { text, type Text } from '../../core/i18n';
import { bytesDigest, encodeLike } from '../../node/readText';
import { writeExclusively } from '../../node/writeFile';
import type { FileFix } from './types';

/** `original` with the fixed text in place of its own; why not, when its text does not give its bytes back. */
export function encodeFixed(original: Buffer, fix: FileFix): Buffer | Text {
  // Decoding dropped something (an odd byte at the end of UTF-16): the fixed text written back would drop it too.
  if (!encodeLike(original, fix.source).equals(original)) {
    return text('the file cannot be written back as it was (its text is not all of its bytes); the fixes were not applied', '无法按原样写回该文件（文本未涵盖其全部字节），未应用修复');
  }
  return encodeLike(original, fix.output);
}

function writeProblem(e: NodeJS.ErrnoException): Text {
  if (e.code === 'EACCES' || e.code === 'EPERM' || e.code === 'EROFS') return text('no permission to write the file; the fixes were not applied', '没有写入该文件的权限，未应用修复');
  return text('cannot write the fixes: {m}', '无法写入修复：{m}', { m: e.message });
}

/**
 * Writes the fixed text over the file at `path`, whose linted bytes had `digest`; with `write` false (`--fix-dry-run`)
 * only checks that it could be written as it was. The new bytes' digest, or why the file was left as it is.
 */
export async function writeFix(path: string, digest: string | undefined, fix: FileFix, write: boolean): Promise<{ digest: string } | { problem: Text }> {
  try {
    // Through a link to the file it leads to: the rename must replace that file, not the link.
    const real = await realpath(path);
    const original = await readFile(real);
    if (bytesDigest(original) !== digest) return { problem: text('the file changed while it was linted; the fixes were not applied', '检查期间文件被修改，未应用修复') };
    const fixed = encodeFixed(original, fix);
    if (!Buffer.isBuffer(fixed)) return { problem: fixed };
    if (write) {
      // A rename needs no permission on the file itself: a read-only review must not be replaced all the same.
      await access(real, constants.W_OK);
      await writeExclusively(real, fixed, (await stat(real)).mode & 0o7777);
    }
    return { digest: bytesDigest(fixed) };
  } catch (e) {
    return { problem: writeProblem(e as NodeJS.ErrnoException) };
  }
}

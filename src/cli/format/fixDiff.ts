import { createTwoFilesPatch, FILE_HEADERS_ONLY } from 'diff';
import type { createColors } from 'picocolors';
import { escapeControlsInText } from '../../core/text/controls';
import type { FileFix } from '../lint/types';

/** What `--fix-dry-run` would change in `file`, as a unified diff (`git apply` takes it), coloured on a terminal. */
export function fixDiff(file: string, fix: FileFix, c: ReturnType<typeof createColors>): string {
  const patch = createTwoFilesPatch(file, file, fix.source, fix.output, undefined, undefined, { context: 3, headerOptions: FILE_HEADERS_ONLY });
  const paint = (line: string, i: number) => (i < 2 ? c.bold(line) : line.startsWith('+') ? c.green(line) : line.startsWith('-') ? c.red(line) : line.startsWith('@@') ? c.cyan(line) : line);
  return escapeControlsInText(patch).split('\n').map(paint).join('\n');
}

// The `mdreview/unified` entry (dist/unified.js): the unified plugin. The build makes it the module itself as well as
// its `default` (see esbuild.mjs), so `require('mdreview/unified')`, `import mdreview from 'mdreview/unified'` and
// remark-cli's `--use mdreview` (an ES `import()` of this CommonJS file) all get the attacher.
import remarkMdreview from './plugin';

export default remarkMdreview;
export { remarkMdreview };
export type { Options } from './plugin';

// Fuzz inputs for the engine: seeded review-shaped documents (the benchmark's generator) mutated by
// splicing, repeating and corrupting pieces, and adversarial runs of one character placed where review
// text stands. Used by `npm run fuzz` (≥ 100,000 inputs) and by a unit test (a small count).
import { generateReview, prng } from '../bench/generate.mjs';

/** Characters and short strings that regexes, the YAML parser and the Markdown parser stumble on. */
export const RUN_UNITS = [' ', '\t', '\u3000', '\u00a0', '1', '1.', '二', '十', '亿', 'a', 'Q', '*', '_', '`', '~', '<', '>', '[', ']', '(', ')', '!', '&', '\\', '#', '-', '- ', '|', ':', '：', '%', '.', ',', '，', '、', '@', '"', "'", '{', '}', '=', '/', '<!--', '-->', '<a ', '&#', '[a](', '*a', 'a*', '😀', '\ud800', 'é', '\r', '\n', '\r\n', '---\n', '年', '月', '日', '号', '第'];

const FM = '---\nemployee: 张三\nreviewer: 李四\ncycle: 2026-Q3\n---\n';

/** Places a run can stand in a review. */
export const PLACES = {
  frontmatter: (run) => `---\nemployee: ${run}\ncycle: 2026-Q3\nkpis:\n  - { name: ${run}, target: 5, actual: 4 }\n---\n## 一、目标达成情况\n\n达成。\n`,
  heading: (run) => `${FM}## ${run}\n\n正文。\n`,
  goal: (run) => `${FM}## 六、总结与展望\n\n- ${run}\n`,
  action: (run) => `${FM}## 五、改进建议\n\n- [ ] ${run}\n`,
  paragraph: (run) => `${FM}## 二、数据分析\n\n${run}\n`,
  table: (run) => `${FM}## 二、数据分析\n\n| 指标 | 说明 |\n| --- | --- |\n| ${run} | ${run} |\n`,
};

/** The 100 KB adversarial matrix of issue 14: every ASCII punctuation character and these runs, in every place. */
export const MATRIX_UNITS = [...'!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~', '0', '7', 'a', ' ', '\t', '\n', '\r', '中', '二', '😀', '<!--', '- ', '1 ', '> '];

/**
 * The matrix's input for `unit` in `place`: the longest run whose whole input stays within `bytes` (UTF-8), so
 * a run in two places (the frontmatter, a table row) or of 3-byte characters is no larger than the budget's input.
 */
export function matrixInput(unit, place, bytes) {
  const make = PLACES[place];
  const fits = (n) => Buffer.byteLength(make(unit.repeat(n))) <= bytes;
  let lo = 0;
  let hi = Math.ceil(bytes / unit.length);
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(mid)) lo = mid;
    else hi = mid - 1;
  }
  return make(unit.repeat(lo));
}

const pick = (rand, xs) => xs[Math.floor(rand() * xs.length)];

/** One adversarial input: a run of one unit (up to `maxRun` characters) in one place, with the unit's index for reporting. */
export function adversarial(rand, maxRun) {
  const unit = pick(rand, RUN_UNITS);
  const place = pick(rand, Object.keys(PLACES));
  const length = Math.max(1, Math.floor(rand() ** 2 * maxRun));
  return { text: PLACES[place]('x' + unit.repeat(Math.ceil(length / unit.length)) + 'y'), label: `${JSON.stringify(unit)}×${length} in ${place}` };
}

/** One review-shaped input: a generated review with a few spliced, repeated or corrupted pieces. */
export function reviewShaped(rand, index) {
  let text = generateReview(rand, { lang: rand() < 0.5 ? 'zh' : 'en', targetBytes: 256 + Math.floor(rand() * 6000), index });
  const edits = Math.floor(rand() * 4);
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(rand() * text.length);
    const len = Math.floor(rand() * 40);
    const r = rand();
    if (r < 0.3) text = text.slice(0, at) + text.slice(at + len);
    else if (r < 0.6) text = text.slice(0, at) + text.slice(at, at + len).repeat(1 + Math.floor(rand() * 20)) + text.slice(at);
    else if (r < 0.8) text = text.slice(0, at) + pick(rand, RUN_UNITS).repeat(1 + Math.floor(rand() * 50)) + text.slice(at);
    else text = text.replace(/\n/g, pick(rand, ['\r\n', '\r', '\n']));
  }
  return { text, label: `review #${index}` };
}

/** The `n`-th input of the seeded stream: half review-shaped, half adversarial runs. */
export function* fuzzInputs(seed, count, maxRun) {
  const rand = prng(seed);
  for (let i = 0; i < count; i++) yield i % 2 === 0 ? reviewShaped(rand, i) : adversarial(rand, maxRun);
}

// Seeded generator of realistic performance reviews (zh + en) for the benchmark: frontmatter with KPIs, the six
// sections, a data table, goals, action items, and the usual mistakes (no owner, no date, vague words, TODOs).

/** mulberry32: a tiny, well-known seeded PRNG, so every run benchmarks the same files. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LANGS = {
  zh: {
    template: 'livestream-ops',
    people: ['张伟', '李娜', '王芳', '刘洋', '陈静', '杨帆', '赵磊', '黄敏', '周杰', '吴婷'],
    reviewers: ['孙经理', '马主管', '朱总监'],
    kpis: [
      { name: '销售额', id: 'gmv', unit: '万元', target: [80, 200], fmt: (v) => `${v}万元` },
      { name: '观看人数', id: 'viewers', unit: '人', target: [20000, 90000], fmt: (v) => `${(v / 10000).toFixed(1)}万` },
      { name: '互动率', id: 'interaction', unit: '%', target: [4, 12], fmt: (v) => `${v}%` },
      { name: '销售转化率', id: 'conversion', unit: '%', target: [2, 6], fmt: (v) => `${v}%` },
      { name: '用户留存率', id: 'retention', unit: '%', target: [20, 45], fmt: (v) => `${v}%` },
      { name: '平均停留时间', id: 'watch-time', unit: '分钟', target: [3, 9], fmt: (v) => `${v}` },
    ],
    headings: ['一、目标达成情况', '二、数据分析', '三、团队协作', '四、个人成长', '五、改进建议', '六、总结与展望'],
    sentences: [
      '本季度共完成 {n} 场直播，其中 {m} 场观看人数超过预期，主要得益于开播前两小时的短视频预热。',
      '{kpi}目标为 {t}，实际完成 {a}，差距主要来自周中场次的流量不足。',
      '峰值在晚上 20:30 左右出现，谷底集中在开播后第 40 分钟的讲解环节，需要调整节奏。',
      '与上季度相比，互动评论数增长了 {p}%，点赞与分享的比例基本稳定。',
      '与选品团队沟通及时，能够在开播前一天确认全部商品链接和优惠券配置。',
      '场控与主播配合默契，突发的库存问题在 5 分钟内完成了替换。',
      '完成了平台数据分析课程，能够独立搭建每场直播的复盘看板。',
      '在脚本撰写方面进步明显，开场三分钟的留存率提升到 {p}%。',
      '表现还可以，但有待提高。',
      '回放率偏低，说明直播切片和二次分发还没有形成固定流程。',
      '部分场次的话术过于依赖折扣，用户停留时间较短，需要增加产品讲解。',
    ],
    goals: [
      '下季度将{kpi}从 {a} 提升到 {t}，2026-12-31 前完成。',
      '三个月内把开播前预热视频的发布数量提高到每场 3 条。',
      '提升直播间氛围。',
      '12月底前完成 2 次跨部门选品复盘，并输出书面结论。',
      '加强团队沟通，尽快改善协作。',
    ],
    actions: [
      '优化开场脚本，负责人：{who}，截止：2026-11-30',
      '整理本季度直播切片并上线回放合集 @{who} 12月15日前',
      '与投放团队对齐预算调整流程 负责人：{who}',
      '建立每周复盘会议制度',
      '补充商品讲解 FAQ，截止：2026-12-20',
    ],
    placeholder: '（待填写：请补充具体数据）',
    tableHead: '| 场次 | 观看人数 | 互动率 | 销售额 |\n| --- | --- | --- | --- |',
  },
  en: {
    template: 'general',
    people: ['Alex Chen', 'Maria Lopez', 'Sam Patel', 'Jordan Lee', 'Priya Nair', 'Tom Becker', 'Lena Novak', 'Omar Haddad'],
    reviewers: ['Dana Smith', 'Chris Wong'],
    kpis: [
      { name: 'Revenue', id: 'gmv', unit: 'USD', target: [400000, 1500000], fmt: (v) => `$${(v / 1e6).toFixed(2)}M` },
      { name: 'Conversion rate', id: 'conversion', unit: '%', target: [2, 6], fmt: (v) => `${v}%` },
      { name: 'Peak concurrent viewers', id: 'peak', unit: 'viewers', target: [2000, 9000], fmt: (v) => `${v}` },
      { name: 'Average watch time', id: 'watch-time', unit: 'min', target: [3, 9], fmt: (v) => `${v}` },
      { name: 'Replay rate', id: 'replay', unit: '%', target: [5, 20], fmt: (v) => `${v}%` },
    ],
    headings: ['1. Goal attainment', '2. Data analysis', '3. Teamwork', '4. Personal growth', '5. Improvements', '6. Summary and outlook'],
    sentences: [
      'This quarter {name} ran {n} livestreams, {m} of which beat the viewer forecast thanks to short-video teasers posted two hours before going live.',
      '{kpi} had a target of {t} and reached {a}; the gap came mostly from weekday afternoon streams.',
      'Viewers peaked around 8:30 pm and dropped during the 40-minute product walkthrough, which needs a faster pace.',
      'Compared with last quarter, comments grew by {p}% while likes and shares stayed flat.',
      'Worked closely with the merchandising team and confirmed every product link and coupon the day before each stream.',
      'Handled a stock-out during the September 5 stream by swapping in a replacement product within five minutes.',
      'Completed the platform analytics course and now builds the post-stream dashboard without help.',
      'Good job overall, fairly solid, somewhat better than before.',
      'The replay rate is low: clips are not yet cut and redistributed on a fixed schedule.',
      'Some scripts lean too heavily on discounts, which keeps watch time short.',
    ],
    goals: [
      'Raise {kpi} from {a} to {t} by 2026-12-31 with a weekly stream series.',
      'Publish three teaser clips before every stream within 6 weeks.',
      'Improve engagement next quarter.',
      'Run two cross-team product reviews by end of December and share written notes.',
      'Work on communication ASAP.',
    ],
    actions: [
      'Rewrite the opening script Owner: @{who} Due: 2026-11-30',
      'Publish the replay collection for this quarter @{who} by 2026-12-15',
      'Agree the ad budget change process with the paid media team Owner: {who}',
      'Set up a weekly retro meeting',
      'Add a product FAQ Due: 2026-12-20',
    ],
    placeholder: '[TODO: add the numbers]',
    tableHead: '| Stream | Viewers | Interaction | Revenue |\n| --- | --- | --- | --- |',
  },
};

const CYCLES = ['2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3', '2026-H1', '2026-09'];

/** One review of roughly `targetBytes` UTF-8 bytes. */
export function generateReview(rand, { lang, targetBytes, index }) {
  const L = LANGS[lang];
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const between = (lo, hi) => Math.round(lo + rand() * (hi - lo));
  const name = L.people[index % L.people.length] + (index >= L.people.length ? ` ${Math.floor(index / L.people.length)}` : '');
  const kpis = L.kpis.filter(() => rand() < 0.7).map((k) => {
    const target = between(k.target[0], k.target[1]);
    const actual = Math.round(target * (0.7 + rand() * 0.5));
    return { ...k, target, actual };
  });
  // One KPI per sentence, so its name, target and actual belong together.
  const fill = (s) => {
    const kpi = kpis.length ? pick(kpis) : { ...L.kpis[0], target: L.kpis[0].target[1], actual: L.kpis[0].target[0] };
    const values = { n: between(20, 60), m: between(5, 20), p: between(3, 40), name, who: pick(L.people), kpi: kpi.name, t: kpi.fmt(kpi.target), a: kpi.fmt(kpi.actual) };
    return s.replace(/\{(\w+)\}/g, (_, key) => String(values[key]));
  };

  const front = [
    '---',
    `employee: ${name}`,
    rand() < 0.95 ? `reviewer: ${pick(L.reviewers)}` : null,
    `cycle: ${pick(CYCLES)}`,
    `status: ${pick(['draft', 'draft', 'submitted', 'final'])}`,
    `date: 2026-${String(between(1, 12)).padStart(2, '0')}-${String(between(1, 28)).padStart(2, '0')}`,
    `template: ${L.template}`,
    'kpis:',
    ...kpis.flatMap((k) => [
      `  - name: ${k.name}`,
      `    id: ${k.id}`,
      `    unit: "${k.unit}"`,
      `    target: ${rand() < 0.03 ? 'unknown' : k.fmt(k.target)}`,
      `    actual: ${k.fmt(k.actual)}`,
      ...(rand() < 0.3 ? ['    sessions:', ...[1, 2, 3].map((s) => `      - { label: "${s}", value: ${k.fmt(Math.round(k.actual / 3))} }`)] : []),
    ]),
    '---',
    '',
    `# ${name} · ${lang === 'zh' ? '绩效面谈' : 'performance review'}`,
    '',
  ].filter((l) => l !== null);

  const sections = L.headings.filter(() => rand() < 0.97).map((heading) => ({ heading, body: [] }));
  const content = (s) => {
    if (s.heading === L.headings[1] && !s.body.some((b) => b.startsWith('|'))) {
      s.body.push(`${L.tableHead}\n${[1, 2, 3, 4].map((i) => `| ${i} | ${between(1000, 90000)} | ${between(2, 15)}% | ${between(5, 80)} |`).join('\n')}`);
    } else if (s.heading === L.headings[4]) {
      s.body.push(`- [${rand() < 0.2 ? 'x' : ' '}] ${fill(pick(L.actions))}`);
    } else if (s.heading === L.headings[5]) {
      s.body.push(`- ${fill(pick(L.goals))}`);
    } else {
      s.body.push(rand() < 0.02 ? L.placeholder : fill(pick(L.sentences)));
    }
  };
  for (const s of sections) content(s);
  const render = () => `${front.join('\n')}\n${sections.map((s) => `## ${s.heading}\n\n${s.body.join('\n\n')}\n`).join('\n')}`;
  // Grow by whole blocks until the size is reached; measure in bytes as the files are written.
  let size = Buffer.byteLength(render());
  while (size < targetBytes && sections.length) {
    const s = pick(sections);
    const before = s.body.length;
    content(s);
    size += Buffer.byteLength(s.body.slice(before).join('\n\n')) + 2;
  }
  return render();
}

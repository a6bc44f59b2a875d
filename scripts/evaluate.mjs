// `npm run evaluate`: measures the linter on the material in ../shared when it is there — the
// speech template (detection) and the corpus of finished documents (false positives). Skips otherwise.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const shared = join(root, '..', 'shared');
if (!existsSync(join(shared, 'seed')) || !existsSync(join(shared, 'corpus'))) {
  console.log(`skipped: ${shared} (template and corpus) is not present`);
  process.exit(0);
}
const cli = join(root, 'dist/cli.js');
if (!existsSync(cli)) spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], { stdio: 'inherit' });

const lintJson = (files) => {
  const r = spawnSync(process.execPath, [cli, '--format', 'json', ...files], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status === 2) throw new Error(r.stderr);
  return JSON.parse(r.stdout);
};
const byRule = (reports) => {
  const counts = {};
  for (const r of reports) for (const m of r.messages) counts[m.ruleId] = (counts[m.ruleId] ?? 0) + 1;
  return counts;
};

const template = join(shared, 'seed/speech-template.txt');
const [seed] = lintJson([template]);
const lines = readFileSync(template, 'utf8').split('\n');
const flagged = new Set(seed.messages.filter((m) => m.ruleId === 'placeholder').map((m) => m.line));
const xLines = lines.map((l, i) => [i + 1, l]).filter(([, l]) => /[XＸ]/.test(l));
const missed = xLines.filter(([n]) => !flagged.has(n));
const abc = seed.messages.filter((m) => {
  const line = lines[m.line - 1] ?? '';
  return /[ABC]、/.test(line.slice(m.column - 2, m.endColumn));
});
console.log('speech template:', JSON.stringify(byRule([seed])));
console.log(`  lines with an X: ${xLines.length}, of them without a placeholder finding: ${missed.length}`);
for (const [n, l] of missed) console.log(`    missed line ${n}: ${l.slice(0, 60)}`);
console.log(`  findings on the letters A、B、C: ${abc.length}`);

// The template's outline: its sections and run-in series, as the document model sees them.
const coreBundle = join(root, 'out/evaluate-core.cjs');
await build({ entryPoints: [join(root, 'server/src/core/index.ts')], bundle: true, platform: 'neutral', format: 'cjs', outfile: coreBundle, logLevel: 'warning' });
const { SourceDocument } = createRequire(import.meta.url)(coreBundle);
const templateText = readFileSync(template, 'utf8');
const doc = new SourceDocument(templateText);
const marker = (r) => templateText.slice(r[0], r[1]);
console.log(`  outline: ${doc.outline.nodes.map((n) => marker(n.marker)).join(' ')}`);
for (const s of doc.series) console.log(`  series: ${s.items.map((i) => marker(i.marker)).join(' ')}`);

const corpusFiles = readdirSync(join(shared, 'corpus'))
  .filter((f) => f.endsWith('.txt'))
  .map((f) => join(shared, 'corpus', f));
const corpus = lintJson(corpusFiles);
console.log(`corpus (${corpus.length} finished documents):`, JSON.stringify(byRule(corpus)));
for (const r of corpus) {
  for (const m of r.messages) console.log(`  ${r.filePath.split('/').pop()}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
}

// Recall by mutation: plant errors in the finished documents and count how many are caught.
const { lint, parseChineseNumber, toChineseNumber } = createRequire(import.meta.url)(coreBundle);
let announced = 0;
let announcedCaught = 0;
let repeated = 0;
let repeatedCaught = 0;
for (const file of corpusFiles) {
  const text = readFileSync(file, 'utf8');
  // An announced count one higher than what follows.
  for (const m of text.matchAll(/(以下|如下|下面|讲|主要有)([^，。；：]{0,4}?)([一二三四五六七八九十两]{1,2})(个|点|项|方面)/g)) {
    const n = parseChineseNumber(m[3].replace('两', '二'));
    const at = m.index + m[1].length + m[2].length;
    if (n < 3 || lint(text).some((f) => f.ruleId === 'count-mismatch' && f.range[0] === at)) continue;
    const mutated = text.slice(0, at) + toChineseNumber(n + 1) + text.slice(at + m[3].length);
    announced++;
    if (lint(mutated).some((f) => f.ruleId === 'count-mismatch' && f.range[0] === at)) announcedCaught++;
  }
  // A sentence repeated later in its paragraph with one figure 10% higher.
  const doc = new SourceDocument(text);
  const figures = doc.figures.filter((f) => !f.approx && f.unit !== '%' && /[\u4e00-\u9fff]{6,}/.test(f.metric) && /^\d/.test(text.slice(f.number[0], f.number[1])));
  for (const f of figures.filter((_, i) => i % 7 === 0)) {
    if (/预期|目标|力争|计划|将|分别/.test(text.slice(f.sentence[0], f.sentence[1]))) continue;
    const changed = String(Math.round(Number(text.slice(f.number[0], f.number[1]).replace(/,/g, '')) * 11) / 10);
    const copy = text.slice(f.sentence[0], f.number[0]) + changed + text.slice(f.number[1], f.sentence[1]) + '。';
    const insertAt = f.sentence[1] + 1;
    const at = insertAt + (f.range[0] - f.sentence[0]);
    repeated++;
    if (lint(text.slice(0, insertAt) + copy + text.slice(insertAt)).some((x) => x.ruleId === 'figure-conflict' && x.range[0] >= insertAt && x.range[0] <= at + 2)) repeatedCaught++;
  }
}
console.log(`recall by mutation: announced counts ${announcedCaught}/${announced}, repeated figures changed by 10% ${repeatedCaught}/${repeated}`);

// ---- Figures as reports state them (issue 15): recall by mutation, per kind. ----
// Growth: corpus sentences `…完成A，增长C%` rewritten into the forms reports use — with the change
// (`A，比上年增加D，增长C%`), with the base (`A，上年同期为B，同比增长C%`), from B to A (`由B增加到A，
// 增长C%`) — with D and B computed from A and C. The correct sentence must stay silent; with C raised
// by 3 points, ratio-mismatch should report it. Output (生产总值, 增加值) is left out: its growth is real.
// MISSED=1 prints the growth mutations not caught.
// Rates: corpus rates that share-over-limit bounds (a plain 101.5% is caught), set over 100% in
// other phrasings. Conflicts: a figure's clause alone, repeated with the figure 10% higher.
const growth = { change: [0, 0], base: [0, 0], fromTo: [0, 0] };
let growthFalse = 0;
const phrasings = { plain: [0, 0], '分别…、': [0, 0], '均保持在': [0, 0], '不低于': [0, 0], '…和': [0, 0] };
const clauseOnly = [0, 0];
const found = (t, rule, at) => lint(t).some((f) => f.ruleId === rule && f.range[0] >= at - 4 && f.range[0] <= at + 4);
for (const file of corpusFiles) {
  const text = readFileSync(file, 'utf8');
  const figures = new SourceDocument(text).figures;
  for (let i = 1; i < figures.length; i++) {
    const [a, r] = [figures[i - 1], figures[i]];
    const between = text.slice(a.range[1], r.range[0]);
    const around = text.slice(a.clause[0], r.range[1]);
    if (r.unit !== '%' || r.approx || a.approx || a.unit === '%' || a.unit === '个百分点' || r.sentence[0] !== a.sentence[0]) continue;
    if (!/^[，、](?:同比|比上年)?增长$/.test(between) || a.range[0] !== a.number[0]) continue;
    if (/生产总值|增加值|GDP|经济总量/.test(a.metric) || /年均|平均|实际|可比|预期|目标|力争|左右/.test(around)) continue;
    const written = text.slice(a.number[0], a.number[1]);
    if (!/^\d+(?:\.\d+)?$/.test(written)) continue;
    const decimals = (written.split('.')[1] ?? '').length;
    const value = Number(written);
    const c = Number(text.slice(r.number[0], r.number[1]));
    const unit = text.slice(a.number[1], a.range[1]);
    const d = ((value * c) / (100 + c)).toFixed(decimals);
    const b = (value / (1 + c / 100)).toFixed(decimals);
    if (Number(d) <= 0) continue;
    const rateText = (rate) => `增长${rate}%`;
    const forms = {
      change: (rate) => [text.slice(0, a.range[1]) + `，比上年增加${d}${unit}，`, rateText(rate), text.slice(r.range[1])],
      base: (rate) => [text.slice(0, a.range[1]) + `，上年同期为${b}${unit}，同比`, rateText(rate), text.slice(r.range[1])],
      fromTo: (rate) => [text.slice(0, a.range[0]) + `由${b}${unit}增加到` + text.slice(a.range[0], a.range[1]) + '，', rateText(rate), text.slice(r.range[1])],
    };
    for (const [kind, make] of Object.entries(forms)) {
      const [head, , tail] = make(c);
      if (found(make(c).join(''), 'ratio-mismatch', head.length + 2)) {
        growthFalse++;
        continue;
      }
      growth[kind][1]++;
      const raised = head + rateText(Math.round((c + 3) * 100) / 100) + tail;
      if (found(raised, 'ratio-mismatch', head.length + 2)) growth[kind][0]++;
      else if (process.env.MISSED) console.log(`    missed (${kind}): …${raised.slice(head.length - 50, head.length + 10)}`);
    }
  }
  for (const f of figures) {
    if (f.unit !== '%' || f.approx || f.listed || f.value >= 100 || !/率$/.test(f.metric) || f.range[0] !== f.number[0]) continue;
    const head = text.slice(0, f.number[0]);
    const tail = text.slice(f.range[1]);
    if (!found(head + '101.5%' + tail, 'share-over-limit', head.length)) continue;
    const metricEnd = text.lastIndexOf(f.metric, f.number[0]) + f.metric.length;
    if (metricEnd < f.metric.length) continue;
    const lead = text.slice(0, metricEnd);
    const variants = {
      plain: [head, '101.5%'],
      '分别…、': [`${lead}分别达到${text.slice(f.number[0], f.range[1])}、`, '101.5%'],
      均保持在: [`${lead}均保持在`, '101.5%'],
      不低于: [`${lead}不低于`, '101.5%'],
      '…和': [`${lead}分别为${text.slice(f.number[0], f.range[1])}和`, '101.5%'],
    };
    for (const [kind, [before, figure]] of Object.entries(variants)) {
      phrasings[kind][1]++;
      if (found(before + figure + tail, 'share-over-limit', before.length)) phrasings[kind][0]++;
    }
  }
  const repeatable = figures.filter((f) => !f.approx && !f.listed && f.unit !== '%' && /[\u4e00-\u9fff]{6,}/.test(f.metric) && /^\d/.test(text.slice(f.number[0], f.number[1])));
  for (const f of repeatable.filter((_, i) => i % 7 === 3)) {
    if (f.clause[0] === f.sentence[0] || /预期|目标|力争|计划|将|分别/.test(text.slice(f.sentence[0], f.sentence[1]))) continue;
    const changed = String(Math.round(Number(text.slice(f.number[0], f.number[1]).replace(/,/g, '')) * 11) / 10);
    const copy = text.slice(f.clause[0], f.number[0]) + changed + text.slice(f.number[1], f.range[1]) + '。';
    const insertAt = f.sentence[1] + 1;
    clauseOnly[1]++;
    if (found(text.slice(0, insertAt) + copy + text.slice(insertAt), 'figure-conflict', insertAt + (f.number[0] - f.clause[0]))) clauseOnly[0]++;
  }
}
const ratio = ([caught, planted]) => `${caught}/${planted}`;
console.log('recall by mutation, figures as reports state them:');
console.log(`  growth raised by 3 points: with the change ${ratio(growth.change)}, with the base ${ratio(growth.base)}, from B to A ${ratio(growth.fromTo)}; correct rewrites flagged: ${growthFalse}`);
console.log(`  bounded rates set to 101.5%: ${Object.entries(phrasings).map(([k, v]) => `${k} ${ratio(v)}`).join(', ')}`);
console.log(`  a figure's clause repeated alone, 10% higher: ${ratio(clauseOnly)}`);

// ── Outlines as real drafts nest them (issue 15) ─────────────────────────────────────────────
// Planted in each finished document, inside a section whose list goes on after it: a sample
// notice announced by a label line, the same sample unannounced, monthly groups of items, and an
// attachment note at the end. Each may add at most the one true finding (the unannounced restart
// is worth a word), never renumber the document's own list. Then recall: a heading's number
// skipped or repeated must still be found.
{
  const OUTLINE = new Set(['heading-sequence', 'heading-style', 'heading-level', 'enumeration-sequence']);
  const outlineFindings = (text) => lint(text).filter((f) => OUTLINE.has(f.ruleId));
  const SAMPLE = [
    '关于召开全县防汛工作会议的通知',
    '各乡镇人民政府，县直各有关部门：',
    '　　经县政府研究，决定召开全县防汛工作会议。现将有关事项通知如下：',
    '一、会议时间',
    '　　6月3日上午9时。',
    '二、参会人员',
    '（一）各乡镇分管负责同志；',
    '（二）县直有关部门主要负责同志。',
    '三、有关要求',
    '　　请各单位于6月1日前报送参会人员名单。',
    '县人民政府办公室',
    '2024年5月28日',
  ];
  // The groups' items written as the document writes its third level (1. or 1．).
  const groups = (dot) =>
    ['六月份：', '1．做好汛前检查。', '2．组织防汛演练。', '七月份：', '1．落实24小时值班。', '2．及时转移受威胁群众。', '八月份：1．开展汛后评估。', '2．做好灾后恢复。'].map((l) => l.replace('．', dot));
  const plants = {
    'announced sample': () => ['请看下面这篇范文。', '【范文】', ...SAMPLE],
    'announced sample without its signature': () => ['例文：', ...SAMPLE.slice(0, -2)],
    'unannounced sample': () => ['有的单位是这样写的：', ...SAMPLE],
    'monthly groups': (nodes) => groups(nodes.find((n) => n.level === 3)?.style.trim().slice(1) ?? '．'),
  };
  const allowed = { 'announced sample': 0, 'announced sample without its signature': 0, 'unannounced sample': 1, 'monthly groups': 0, 'attachment note': 0 };
  const extra = Object.fromEntries(Object.keys(allowed).map((k) => [k, { documents: 0, over: 0, most: 0 }]));
  // Per mutation: [planted, caught].
  const recall = { skipped: [0, 0], repeated: [0, 0] };
  for (const file of corpusFiles) {
    const text = readFileSync(file, 'utf8');
    const base = outlineFindings(text).length;
    const { nodes } = new SourceDocument(text).outline;
    const count = (kind, mutated) => {
      const added = outlineFindings(mutated).length - base;
      extra[kind].documents++;
      extra[kind].most = Math.max(extra[kind].most, added);
      if (added > allowed[kind]) extra[kind].over++;
    };
    // A second-level heading without subheadings whose next sibling follows: the plants go after its paragraph.
    const host = nodes.find((n, i) => n.level === 2 && n.children.length === 0 && nodes[i + 1]?.level === 2 && nodes[i + 1].parent === n.parent);
    if (host) {
      const at = text.indexOf('\n', host.paragraph.end) + 1 || text.length;
      for (const [kind, lines] of Object.entries(plants)) count(kind, `${text.slice(0, at)}${lines(nodes).join('\n')}\n${text.slice(at)}`);
    }
    count('attachment note', `${text.trimEnd()}\n附件：1．工作任务分解表\n　　　2．联系人名单\n`);
    // Recall: every fifth heading after the first of its list, numbered one too high, or as the one before it.
    nodes.forEach((n, i) => {
      const previous = nodes.slice(0, i).reverse().find((p) => p.parent === n.parent && p.level === n.level && p.scope === n.scope);
      if (!previous || i % 5 !== 0 || n.value !== previous.value + 1) return;
      const caught = (value) => {
        const mutated = text.slice(0, n.numeral[0]) + (n.numeralKind === 'chinese' ? toChineseNumber(value) : String(value)) + text.slice(n.numeral[1]);
        return lint(mutated).some((f) => f.ruleId === 'heading-sequence' && f.range[0] === n.marker[0]);
      };
      for (const [kind, value] of [['skipped', n.value + 1], ['repeated', previous.value]]) {
        recall[kind][0]++;
        if (caught(value)) recall[kind][1]++;
      }
    });
  }
  console.log('outlines as drafts nest them (extra outline findings per document: allowed, documents over it, most):');
  for (const [kind, e] of Object.entries(extra)) console.log(`  ${kind}: ≤${allowed[kind]}, over in ${e.over}/${e.documents}, most ${e.most}`);
  console.log(`recall by mutation: heading numbers skipped ${recall.skipped[1]}/${recall.skipped[0]}, repeated ${recall.repeated[1]}/${recall.repeated[0]}`);
}

// ---- Placeholder forms of real templates (issue 15): recall by mutation ----------------------
// Each form is planted where the finished documents hold what it stands for — a year, a document
// number, a place, a company, a person, a title, a date, a heading's title — and the line is linted
// on its own (placeholders are found line by line). Caught: every planted blank is reported, with
// the kind fill mode validates it by.
{
  const HAN = '\\u4e00-\\u9fff';
  const NAME = new RegExp(`(?<=[，。；、：（“\\n]|^)[${HAN}]{2,4}?(?=(?:市|县|区|乡|镇|街道|社区)[${HAN}，。、])`, 'gm');
  const blankAt = (at, length, kind) => ({ at, length, kind });
  /** [form, where it goes, (the matched text) => [the planted text, its blanks]] */
  const FORMS = [
    ['20××年', /(?<![0-9０-９])20\d\d(?=年)/g, () => ['20××', [blankAt(0, 4, 'date')]]],
    ['20XX年', /(?<![0-9０-９])20\d\d(?=年)/g, () => ['20XX', [blankAt(0, 4, 'date')]]],
    ['20xx年', /(?<![0-9０-９])20\d\d(?=年)/g, () => ['20xx', [blankAt(0, 4, 'date')]]],
    ['20**年', /(?<![0-9０-９])20\d\d(?=年)/g, () => ['20**', [blankAt(0, 4, 'date')]]],
    ['二〇××年', /(?<![0-9０-９])20\d\d(?=年)/g, () => ['二〇××', [blankAt(0, 4, 'date')]]],
    ['〔20××〕×号', /〔20\d\d〕\d+号/g, () => ['〔20××〕×号', [blankAt(1, 4, 'date'), blankAt(6, 1, 'number')]]],
    ['〔〕', /〔20\d\d〕/g, () => ['〔〕', [blankAt(0, 2, 'date')]]],
    ['***市', NAME, (m) => ['*'.repeat(Math.min(3, m.length)), [blankAt(0, Math.min(3, m.length), 'name')]]],
    ['**建设集团', new RegExp(`(?<=[由经向与和及、，])[${HAN}]{2,3}(?=[${HAN}]{0,4}(?:集团|公司))`, 'g'), () => ['**', [blankAt(0, 2, 'name')]]],
    ['xx同志', new RegExp(`[${HAN}]{2,3}?(?=同志)`, 'g'), () => ['xx', [blankAt(0, 2, 'person')]]],
    ['《走进xx》', new RegExp(`《[${HAN}]{3,12}》`, 'g'), (m) => [`${m.slice(0, -3)}xx》`, [blankAt(m.length - 3, 2, 'text')]]],
    ['xx年xx月', /(?<![0-9０-９])20\d\d年\d{1,2}月/g, () => ['xx年xx月', [blankAt(0, 2, 'date'), blankAt(3, 2, 'date')]]],
    ['（三）×××××。', /^[ \t\u3000]*（[一二三四五六七八九十]{1,3}）[^。\n]{2,40}/gm, (m) => {
      const marker = m.indexOf('）') + 1;
      return [`${m.slice(0, marker)}×××××`, [blankAt(marker, 5, 'text')]];
    }],
    ['[日期]', /20\d\d年\d{1,2}月\d{1,2}日/g, () => ['[日期]', [blankAt(0, 4, 'date')]]],
    ['[单位名称]', NAME, () => ['[单位名称]', [blankAt(0, 6, 'name')]]],
    ['【单位名称】', NAME, () => ['【单位名称】', [blankAt(0, 6, 'name')]]],
    ['（单位名称）', NAME, () => ['（单位名称）', [blankAt(0, 6, 'name')]]],
    ['各[单位/部门]', /各(?:地区|部门|单位|地)/g, () => ['各[单位/部门]', [blankAt(1, 7, 'name')]]],
    ['（联系人姓名）', new RegExp(`[${HAN}]{2,3}?同志`, 'g'), () => ['（联系人姓名）', [blankAt(0, 7, 'person')]]],
  ];
  const PER_FILE = 3;
  let planted = 0;
  let caught = 0;
  const perForm = [];
  const wrongKinds = [];
  for (const [form, re, plant] of FORMS) {
    let formPlanted = 0;
    let formCaught = 0;
    for (const file of corpusFiles) {
      const text = readFileSync(file, 'utf8');
      const sites = [...text.matchAll(re)];
      // A few sites per document, spread over it.
      const picked = sites.length <= PER_FILE ? sites : [0, 1, 2].map((k) => sites[Math.floor((k * (sites.length - 1)) / (PER_FILE - 1))]);
      for (const m of picked) {
        const lineStart = text.lastIndexOf('\n', m.index - 1) + 1;
        const lineEnd = text.indexOf('\n', m.index) < 0 ? text.length : text.indexOf('\n', m.index);
        if (m.index + m[0].length > lineEnd) continue;
        const [replacement, blanks] = plant(m[0]);
        const at = m.index - lineStart;
        const line = text.slice(lineStart, m.index) + replacement + text.slice(m.index + m[0].length, lineEnd);
        const findings = lint(line).filter((f) => f.ruleId === 'placeholder');
        formPlanted++;
        const found = blanks.map((b) => findings.find((f) => f.range[0] === at + b.at && f.range[1] === at + b.at + b.length));
        if (found.every(Boolean)) formCaught++;
        for (const [i, f] of found.entries()) {
          if (f && f.data.kind !== blanks[i].kind) wrongKinds.push(`${form}: ${line.slice(Math.max(0, at - 8), at + replacement.length + 4)} (${f.data.kind})`);
        }
      }
    }
    planted += formPlanted;
    caught += formCaught;
    perForm.push(`${form} ${formCaught}/${formPlanted}`);
  }
  console.log(`recall by mutation: placeholder forms ${caught}/${planted}`);
  console.log(`  ${perForm.join(', ')}`);
  console.log(`  found with another kind: ${wrongKinds.length}`);
  for (const w of wrongKinds.slice(0, 10)) console.log(`    ${w}`);
}

// Format rules (issue 16): errors planted into corpus lines, each line linted alone; a plant
// counts when the rule reports at the planted place.
{
  const KINDS = [
    // [kind, rule, sites, mutate(match) → the planted text, offset of the error within it]
    ['〔〕 made []', 'document-number', /〔(\d{4})〕(?=\d+号)/g, (m) => [`[${m[1]}]`, 0]],
    ['〇 made ○', 'date-format', /[〇一二三四五六七八九]{4}年/g, (m) => (m[0].includes('〇') ? [m[0].replace('〇', '○'), m[0].indexOf('〇')] : undefined)],
    // A weekday after a date of the corpus, one day off (the right one is checked below).
    ['weekday shifted', 'date-format', /(\d{4})年(\d{1,2})月(\d{1,2})日/g, (m) => withWeekday(m, 1)],
  ];
  const WEEKDAYS = '日一二三四五六';
  function withWeekday(m, shift) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const date = new Date(Date.UTC(y, mo - 1, d));
    if (date.getUTCMonth() !== mo - 1) return undefined;
    return [`${m[0]}（星期${WEEKDAYS[(date.getUTCDay() + shift) % 7]}）`, m[0].length + 1];
  }
  const perKind = [];
  for (const [kind, rule, re, plant] of KINDS) {
    let planted = 0;
    let caught = 0;
    for (const file of corpusFiles) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(re)) {
        const lineStart = text.lastIndexOf('\n', m.index - 1) + 1;
        const lineEnd = text.indexOf('\n', m.index) < 0 ? text.length : text.indexOf('\n', m.index);
        const planting = plant(m);
        if (!planting) continue;
        const [replacement, offset] = planting;
        const line = text.slice(lineStart, m.index) + replacement + text.slice(m.index + m[0].length, lineEnd);
        const at = m.index - lineStart + offset;
        planted++;
        if (lint(line).some((f) => f.ruleId === rule && f.range[0] <= at && at < f.range[1])) caught++;
      }
    }
    perKind.push(`${kind} ${caught}/${planted}`);
  }
  // Elements whose place in the document matters, planted and linted in the whole document.
  const WHOLE = [
    // [kind, site (group 1 is replaced), replacement]; the addressees come among the first lines.
    // 各位代表： is a salutation, not addressees.
    ['主送 colon dropped', /^[ \t　]*各(?!位)[^\n]{1,120}(：)$/gm, '', (text, at) => text.slice(0, at).split('\n').length <= 8],
    ['attachment name ending with ；', /^[ \t　]*附件：\n[ \t　]*[^\n]*[^\n。；](\n)/gm, '；\n'],
  ];
  for (const [kind, re, replacement, where = () => true] of WHOLE) {
    let planted = 0;
    let caught = 0;
    for (const file of corpusFiles) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(re)) {
        const at = m.index + m[0].length - 1;
        if (!where(text, at)) continue;
        planted++;
        const mutated = text.slice(0, at) + replacement + text.slice(at + 1);
        if (lint(mutated).some((f) => f.ruleId === 'gongwen-elements' && f.range[0] <= at && at <= f.range[1])) caught++;
      }
    }
    perKind.push(`${kind} ${caught}/${planted}`);
  }
  let rightFlagged = 0;
  let right = 0;
  for (const file of corpusFiles) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/(\d{4})年(\d{1,2})月(\d{1,2})日/g)) {
      const planting = withWeekday(m, 0);
      if (!planting) continue;
      right++;
      const mutated = text.slice(0, m.index) + planting[0] + text.slice(m.index + m[0].length);
      const at = m.index + planting[1];
      if (lint(mutated.slice(0, mutated.indexOf('\n', at) < 0 ? mutated.length : mutated.indexOf('\n', at))).some((f) => f.ruleId === 'date-format' && f.range[0] <= at && at < f.range[1])) rightFlagged++;
    }
  }
  console.log(`recall by mutation, document format: ${perKind.join(', ')}; right weekdays added and flagged: ${rightFlagged}/${right}`);
}

// ---- Number usage (issue 16): recall by mutation, per kind ---------------------------------------
// Planted into the lines of the finished documents, a few sites per document, each line linted on
// its own: a range's first unit dropped (3万～8万元 → 3～8万元), a range mark made a hyphen (2～3家 →
// 2-3家, 2016—2020年 → 2016-2020年), 左右 added after a figure with 约. Each correct range is linted
// first: a finding on it counts as a false alarm, not a catch. MISSED=1 prints the mutations not caught.
{
  const PER_FILE = 3;
  const kinds = { 'unit dropped': [0, 0], 'value range with -': [0, 0], 'year range with -': [0, 0], '约…左右': [0, 0] };
  let falseAlarms = 0;
  const spread = (sites) => (sites.length <= PER_FILE ? sites : [0, 1, 2].map((k) => sites[Math.floor((k * (sites.length - 1)) / (PER_FILE - 1))]));
  const lineAround = (text, at) => {
    const start = text.lastIndexOf('\n', at - 1) + 1;
    const end = text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at);
    return [start, end];
  };
  const findings = (line, rule) => lint(line).filter((f) => f.ruleId === rule);
  // Plants `correct` and `wrong` in place of `[at, at + length)`; caught: a finding of `rule` on the wrong one.
  const plant = (kind, text, at, length, correct, wrong, rule) => {
    const [start, end] = lineAround(text, at);
    if (at + length > end) return;
    const line = (s) => text.slice(start, at) + s + text.slice(at + length, end);
    if (findings(line(correct), rule).some((f) => f.range[0] <= at - start + correct.length && f.range[1] >= at - start)) falseAlarms++;
    kinds[kind][0]++;
    const local = at - start;
    if (findings(line(wrong), rule).some((f) => f.range[0] <= local + wrong.length && f.range[1] >= local)) kinds[kind][1]++;
    else if (process.env.MISSED) console.log(`  missed ${kind}: ${line(wrong).slice(Math.max(0, local - 12), local + wrong.length + 8)}`);
  };
  for (const file of corpusFiles) {
    const text = readFileSync(file, 'utf8');
    // A figure with 万, 亿 or % becomes a range to twice its value.
    for (const m of spread([...text.matchAll(/(?<![0-9.．A-Za-z])(\d+(?:\.\d+)?)(万|亿|%)(?![0-9])/g)])) {
      const [, n, unit] = m;
      const upper = String(Number(n) * 2);
      plant('unit dropped', text, m.index, m[0].length, `${n}${unit}～${upper}${unit}`, `${n}～${upper}${unit}`, 'number-range');
    }
    // A count of things becomes a range to one more.
    for (const m of spread([...text.matchAll(/(?<![0-9.．A-Za-z第\-－～—])(\d{1,3})(家|个|项|人|年|所|座|条)(?![0-9])/g)])) {
      const [, n, unit] = m;
      plant('value range with -', text, m.index, m[0].length, `${n}～${Number(n) + 1}${unit}`, `${n}-${Number(n) + 1}${unit}`, 'number-range');
    }
    // A year becomes a span of five years.
    for (const m of spread([...text.matchAll(/(?<![0-9０-９〔\[（(])(20[0-2]\d)年(?![0-9])/g)])) {
      const y = Number(m[1]);
      plant('year range with -', text, m.index, m[0].length, `${y}—${y + 4}年`, `${y}-${y + 4}年`, 'number-range');
    }
    // 左右 after a figure that already has 约.
    const doc = new SourceDocument(text);
    // Not 签约3543亿元: the figure model reads its 约 as 'about'.
    const about = doc.figures.filter((f) => f.approx === 'about' && text.startsWith('约', f.range[0]) && text[f.range[0] - 1] !== '签' && !text.startsWith('左右', f.range[1]));
    for (const f of spread(about)) {
      const written = text.slice(f.range[0], f.range[1]);
      plant('约…左右', text, f.range[0], written.length, written, `${written}左右`, 'redundancy');
    }
  }
  const total = Object.values(kinds).reduce((a, [p, c]) => [a[0] + p, a[1] + c], [0, 0]);
  console.log(`recall by mutation: number usage ${total[1]}/${total[0]}`);
  console.log(`  ${Object.entries(kinds).map(([k, [p, c]]) => `${k} ${c}/${p}`).join(', ')}`);
  console.log(`  findings on the correct forms planted: ${falseAlarms}`);
}

// ---- Punctuation (issue 16): recall by mutation, per kind ------------------------------------
// In each finished document, up to PER_DOC places on different lines are changed in one copy and
// the copy is linted once. Caught: the rule reports on the changed line.
{
  const PER_DOC = 8;
  const lineOf = (text, at) => {
    let n = 0;
    for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) n++;
    return n;
  };
  /** [kind, rule, pattern of a place, (text, match) => [the changed text, the offset to report at]] */
  const KINDS = [
    ['full-width comma made half-width', 'punctuation-width', /(?<=[\u4e00-\u9fff])，(?=[\u4e00-\u9fff])/g, (t, m) => [`${t.slice(0, m.index)},${t.slice(m.index + 1)}`, m.index]],
    [
      '第一， made 第一、',
      'ordinal-punctuation',
      /(?<=[。；：！？，\n\u3000]|^)(?:第[一二三四五六七八九十]{1,2}|其[一二三四五六七八九十]|首先|其次|再次|最后)，(?![一二三四五六七八九十第其])/gm,
      (t, m) => [`${t.slice(0, m.index + m[0].length - 1)}、${t.slice(m.index + m[0].length)}`, m.index],
    ],
    ...['“”', '《》', '（）'].map(([open, close]) => [
      `closing ${close} removed`,
      'paired-marks',
      new RegExp(`${open}[^${open}${close}\n]{1,20}${close}`, 'g'),
      (t, m) => [`${t.slice(0, m.index + m[0].length - 1)}${t.slice(m.index + m[0].length)}`, m.index],
    ]),
  ];
  const results = [];
  for (const [kind, rule, re, plant] of KINDS) {
    let planted = 0;
    let caught = 0;
    for (const file of corpusFiles) {
      const original = readFileSync(file, 'utf8');
      const places = [];
      const usedLines = new Set();
      for (const m of original.matchAll(re)) {
        const line = lineOf(original, m.index);
        if (usedLines.has(line)) continue;
        usedLines.add(line);
        places.push(m);
      }
      const chosen = places.filter((_, k) => k % Math.max(1, Math.floor(places.length / PER_DOC)) === 0).slice(0, PER_DOC);
      // From the end, so that earlier offsets stay valid when a change shortens the text.
      let text = original;
      const lines = [];
      for (const m of [...chosen].reverse()) {
        const [changed, at] = plant(text, m);
        text = changed;
        lines.push(lineOf(text, at));
      }
      const reported = new Set(lint(text).filter((f) => f.ruleId === rule).map((f) => lineOf(text, f.range[0])));
      planted += lines.length;
      caught += lines.filter((l) => reported.has(l)).length;
    }
    results.push(`${kind} ${caught}/${planted}`);
  }
  console.log('recall by mutation, punctuation:');
  for (const r of results) console.log(`  ${r}`);
}

// ---- Wording (issue 17): the ECSpell official-document test set -------------------------------
// Every rule of category `wording` (so rules merged later are counted too) lints the 500 correct
// sentences (third column) and the 500 erroneous ones (second column) of ecspell-odw-test.tsv, each
// on its own. Per rule: false flags on the correct sentences (findings, sentences); and recall —
// erroneous sentences with a finding whose range covers a changed character, of those that have a
// changed character (and the changed characters so covered, of all of them).
{
  const tsv = join(shared, 'corpus/labeled/ecspell-odw-test.tsv');
  const { RULES, defaultConfig } = createRequire(import.meta.url)(coreBundle);
  const wording = RULES.filter((r) => r.category === 'wording');
  if (!existsSync(tsv) || wording.length === 0) {
    console.log(`ECSpell wording: skipped (${existsSync(tsv) ? 'no wording rules' : `${tsv} missing`})`);
  } else {
    const config = defaultConfig(wording);
    const rows = readFileSync(tsv, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => l.split('\t'));
    const perRule = Object.fromEntries(wording.map((r) => [r.id, { falseFindings: 0, falseSentences: 0, caughtSentences: 0, caughtChars: 0, otherFindings: 0 }]));
    let erroneous = 0;
    let changedChars = 0;
    let characters = 0;
    for (const [, source, target] of rows) {
      characters += [...target].length;
      const onCorrect = lint(target, config, { rules: wording });
      for (const f of onCorrect) perRule[f.ruleId].falseFindings++;
      for (const id of new Set(onCorrect.map((f) => f.ruleId))) perRule[id].falseSentences++;
      // The changed characters, as UTF-16 offsets into the source (the pairs have equal lengths; others are skipped).
      if (source.length !== target.length) continue;
      const changed = [];
      for (let i = 0; i < source.length; i++) if (source[i] !== target[i]) changed.push(i);
      if (changed.length === 0) continue;
      erroneous++;
      changedChars += changed.length;
      const findings = lint(source, config, { rules: wording });
      for (const rule of wording) {
        const own = findings.filter((f) => f.ruleId === rule.id);
        const covered = changed.filter((i) => own.some((f) => f.range[0] <= i && i < f.range[1]));
        if (covered.length > 0) perRule[rule.id].caughtSentences++;
        perRule[rule.id].caughtChars += covered.length;
        perRule[rule.id].otherFindings += own.filter((f) => !changed.some((i) => f.range[0] <= i && i < f.range[1])).length;
      }
    }
    console.log(`ECSpell official documents (${rows.length} sentence pairs, ${characters} characters of correct text), wording rules:`);
    for (const [id, r] of Object.entries(perRule)) {
      console.log(
        `  ${id}: correct sentences flagged ${r.falseSentences}/${rows.length} (${r.falseFindings} findings); ` +
          `erroneous sentences caught ${r.caughtSentences}/${erroneous}, changed characters covered ${r.caughtChars}/${changedChars}; ` +
          `findings on erroneous sentences off the change ${r.otherFindings}`,
      );
    }
  }
}

// ---- Key formulations (issue 17): recall by mutation, and ECSpell ---------------------------------
// Where a listed formulation occurs in a finished document (as the rule looks for it: bare when six
// characters or more, with its context, or between quotation marks), a copy of the document gets one
// slip per place, up to PER_DOC places on different lines: a middle character replaced (by 柬, a
// character no formulation has), dropped, or doubled in, or the last character replaced. Caught: a
// key-formulations finding covers the slip. Findings elsewhere in the copy are false alarms. MISSED=1
// prints the slips not caught and those findings.
// ECSpell: the 500 correct (target) and 500 erroneous (source) sentences of the official-document test
// set, each linted alone: findings on the correct ones are false flags; a typo is caught when a finding
// covers it.
{
  const PER_DOC = 10;
  const dataBundle = join(root, 'out/evaluate-key-formulations.cjs');
  await build({ entryPoints: [join(root, 'server/src/core/data/key-formulations.ts')], bundle: true, platform: 'neutral', format: 'cjs', outfile: dataBundle, logLevel: 'warning' });
  const { KEY_FORMULATIONS } = createRequire(import.meta.url)(dataBundle);
  // [what is searched, offset of the formulation in it, the formulation]
  const searched = KEY_FORMULATIONS.map(({ text }) => {
    const bar = text.indexOf('|');
    const f = text.slice(bar + 1);
    if (bar >= 0) return [text.replace('|', ''), bar, f];
    return f.length < 6 ? [`“${f}”`, 1, f] : [f, 0, f];
  }).sort((a, b) => b[0].length - a[0].length);
  const lineOf = (text, at) => text.lastIndexOf('\n', at - 1);
  const mid = (f) => Math.floor(f.length / 2);
  const KINDS = {
    'middle replaced': (f) => [mid(f), 1, '柬'],
    'middle dropped': (f) => [mid(f), 1, ''],
    'middle added': (f) => [mid(f), 0, f[mid(f)]],
    'last replaced': (f) => [f.length - 1, 1, '柬'],
  };
  const kf = (text) => lint(text).filter((f) => f.ruleId === 'key-formulations');
  const results = [];
  let falseAlarms = 0;
  for (const [kind, plant] of Object.entries(KINDS)) {
    let planted = 0;
    let caught = 0;
    for (const file of corpusFiles) {
      const original = readFileSync(file, 'utf8');
      // The document's own findings (中国式现代会) move with the slips planted before them: known by their message.
      const before = new Set(kf(original).map((f) => f.message));
      const places = [];
      const used = new Set();
      const taken = [];
      for (const [s, offset, f] of searched) {
        for (let at = original.indexOf(s); at >= 0 && places.length < PER_DOC * 4; at = original.indexOf(s, at + 1)) {
          const line = lineOf(original, at);
          if (used.has(line) || taken.some(([a, b]) => at < b && a < at + s.length)) continue;
          used.add(line);
          taken.push([at, at + s.length]);
          places.push([at + offset, f]);
        }
      }
      places.sort((a, b) => a[0] - b[0]);
      const chosen = places.filter((_, k) => k % Math.max(1, Math.ceil(places.length / PER_DOC)) === 0).slice(0, PER_DOC);
      // From the end, so that earlier offsets stay valid.
      let text = original;
      const slips = [];
      for (const [start, f] of [...chosen].reverse()) {
        const [i, removed, added] = plant(f);
        text = text.slice(0, start + i) + added + text.slice(start + i + removed);
        for (const s of slips) s[0] += added.length - removed;
        slips.push([start + i, start + f.length + added.length - removed]);
      }
      const findings = kf(text);
      planted += slips.length;
      const covers = (x, at) => x.range[0] <= at && at <= x.range[1];
      caught += slips.filter(([at]) => findings.some((x) => covers(x, at))).length;
      const away = findings.filter((x) => !slips.some(([at]) => covers(x, at)) && !before.has(x.message));
      falseAlarms += away.length;
      if (process.env.MISSED) {
        for (const [at] of slips) if (!findings.some((x) => covers(x, at))) console.log(`  missed (${kind}): ${text.slice(at - 12, at + 12).replace(/\n/g, '⏎')}`);
        for (const x of away) console.log(`  away (${kind}): ${x.message}`);
      }
    }
    results.push(`${kind} ${caught}/${planted}`);
  }
  console.log(`recall by mutation, key formulations: ${results.join(', ')}; findings away from the slips: ${falseAlarms}`);

  const tsv = join(shared, 'corpus/labeled/ecspell-odw-test.tsv');
  if (existsSync(tsv)) {
    const rows = readFileSync(tsv, 'utf8').split('\n').filter((l) => l.trim()).map((l) => l.split('\t'));
    let flags = 0;
    let flaggedSentences = 0;
    let typos = 0;
    let typosCaught = 0;
    let sourceFindings = 0;
    for (const [, source, target] of rows) {
      const onTarget = kf(target);
      flags += onTarget.length;
      if (onTarget.length) flaggedSentences++;
      const onSource = kf(source);
      sourceFindings += onSource.length;
      if (source.length !== target.length) continue;
      for (let i = 0; i < source.length; i++) {
        if (source[i] === target[i]) continue;
        typos++;
        if (onSource.some((x) => x.range[0] <= i && i < x.range[1])) typosCaught++;
      }
    }
    console.log(`ECSpell (official documents), key-formulations: false flags on the ${rows.length} correct sentences ${flags} (in ${flaggedSentences}); typos caught in the erroneous ones ${typosCaught}/${typos}; findings on them ${sourceFindings}`);
  }
}

// ---- Short names and citations (issue 17): recall by mutation, per kind -----------------------
// In copies of the finished documents: each real short-name definition is written again at the end
// (defined twice), its short name put before it in its paragraph (used before: with the
// definition's marks, and bare, which the rule leaves alone by design), and its later uses replaced
// by the full name when that is a marked span right before the definition (never used), and that
// full title written again at the end (full title again). Each
// document's own title and number, and each real citation, is cited twice at the end: as written,
// with other brackets and without the issuer (correct, must stay silent), then with the title or
// the number altered. The unmodified corpus must keep the findings inspected (none).
{
  const WORDING_INSPECTED = { abbreviation: 0, 'citation-consistency': 0 };
  const counts = byRule(corpus);
  const unchanged = Object.entries(WORDING_INSPECTED).map(([rule, n]) => `${rule} ${counts[rule] ?? 0}${(counts[rule] ?? 0) === n ? '' : ` (inspected: ${n} — CHANGED)`}`);
  console.log(`wording on the unmodified corpus: ${unchanged.join(', ')}`);
  const has = (text, rule, messageId, from, to) => lint(text).some((f) => f.ruleId === rule && f.messageId === messageId && f.range[0] >= from && f.range[0] <= to);
  const abbreviation = { 'defined twice': [0, 0], 'used before (marked)': [0, 0], 'used before (bare, left alone)': [0, 0], 'never used': [0, 0], 'full title again': [0, 0] };
  const DEFINITION = /[（(](?:以下|下文)?(?:简称|统称|称)([《“][^《》“”\n]{1,30}[》”]|[\u4e00-\u9fff]{2,20})[）)]/g;
  const citation = { 'title, one character changed': [0, 0], 'title, another kind of document': [0, 0], 'number, next serial': [0, 0], 'number, year before': [0, 0] };
  let citationFalse = 0;
  let citationCorrect = 0;
  const KINDS_OF_DOCUMENT = [['通知', '意见'], ['办法', '规定'], ['规划', '方案'], ['方案', '规划'], ['意见', '通知'], ['决定', '通知']];
  for (const file of corpusFiles) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(DEFINITION)) {
      const written = m[1];
      const marked = /^[《“]/.test(written);
      const name = marked ? written.slice(1, -1) : written;
      const clauseStart = Math.max(...['，', '。', '；', '\n'].map((c) => text.lastIndexOf(c, m.index))) + 1;
      const again = `${text.trimEnd()}\n${text.slice(clauseStart, m.index + m[0].length)}负责有关工作。\n`;
      abbreviation['defined twice'][0]++;
      if (has(again, 'abbreviation', 'duplicate', text.trimEnd().length, again.length)) abbreviation['defined twice'][1]++;
      const paragraphStart = text.lastIndexOf('\n', m.index) + 1;
      const before = `${text.slice(0, paragraphStart)}按照${written}的要求，${text.slice(paragraphStart)}`;
      const kind = marked ? 'used before (marked)' : 'used before (bare, left alone)';
      const shift = `按照${written}的要求，`.length;
      abbreviation[kind][0]++;
      if (has(before, 'abbreviation', 'usedBefore', m.index + shift, m.index + shift + m[0].length)) abbreviation[kind][1]++;
      const full = text[m.index - 1] === '》' ? text.slice(text.lastIndexOf('《', m.index), m.index) : undefined;
      const end = m.index + m[0].length;
      if (full) {
        const cited = `${text.trimEnd()}\n落实${full}的要求。\n`;
        abbreviation['full title again'][0]++;
        if (has(cited, 'abbreviation', 'fullName', text.trimEnd().length, cited.length)) abbreviation['full title again'][1]++;
      }
      if (full && marked && text.indexOf(written, end) >= 0) {
        const replaced = text.slice(0, end) + text.slice(end).split(written).join(full);
        abbreviation['never used'][0]++;
        if (has(replaced, 'abbreviation', 'unused', m.index, end)) abbreviation['never used'][1]++;
      }
    }
    // Citations: the document's own title (its lines before the number) with its number, and each real one.
    const sites = [];
    const lines = text.split('\n');
    const numberLine = lines.slice(0, 6).findIndex((l) => /^[\u4e00-\u9fff]{1,12}〔\d{4}〕\d+号$/.test(l.trim()));
    if (numberLine > 0) sites.push([lines.slice(0, numberLine).join('').trim().replace(/《/g, '〈').replace(/》/g, '〉'), lines[numberLine].trim()]);
    for (const c of text.matchAll(/《([^《》\n]{4,80})》（([\u4e00-\u9fff]{1,12}〔\d{4}〕\d+号)）/g)) sites.push([c[1], c[2]]);
    for (const [title, number] of sites) {
      const [, code, year, serial] = number.match(/^(.+)〔(\d{4})〕(\d+)号$/);
      const base = `${text.trimEnd()}\n按照《${title}》（${number}）要求。\n落实`;
      const issuerAt = title.indexOf('关于');
      const correct = [`《${title}》（${number}）`, `《${title}》（${code}[${year}]${serial}号）`, ...(issuerAt > 0 ? [`《${title.slice(issuerAt)}》（${number}）`] : [])];
      for (const again of correct) {
        citationCorrect++;
        if (lint(`${base}${again}。\n`).some((f) => f.ruleId === 'citation-consistency')) citationFalse++;
      }
      const middle = Math.floor(title.length / 2);
      const swap = KINDS_OF_DOCUMENT.find(([from]) => title.endsWith(from));
      const wrong = {
        'title, one character changed': `《${title.slice(0, middle)}${title[middle] === '新' ? '旧' : '新'}${title.slice(middle + 1)}》（${number}）`,
        'title, another kind of document': swap && `《${title.slice(0, -swap[0].length)}${swap[1]}》（${number}）`,
        'number, next serial': `《${title}》（${code}〔${year}〕${Number(serial) + 1}号）`,
        'number, year before': `《${title}》（${code}〔${Number(year) - 1}〕${serial}号）`,
      };
      for (const [kind, cited] of Object.entries(wrong)) {
        if (!cited) continue;
        citation[kind][0]++;
        const mutated = `${base}${cited}。\n`;
        const messageId = kind.startsWith('title') ? 'title' : 'number';
        if (has(mutated, 'citation-consistency', messageId, base.length, mutated.length)) citation[kind][1]++;
      }
    }
  }
  const show = (kinds) => Object.entries(kinds).map(([k, [planted, caught]]) => `${k} ${caught}/${planted}`).join(', ');
  console.log(`recall by mutation, short names: ${show(abbreviation)}`);
  console.log(`recall by mutation, citations: ${show(citation)}; correct citations repeated and flagged: ${citationFalse}/${citationCorrect}`);
}

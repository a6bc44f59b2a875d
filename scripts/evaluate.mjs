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

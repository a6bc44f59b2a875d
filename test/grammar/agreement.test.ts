import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { SourceDocument } from '../../server/src/core/model/document.js';
import { scanFigures } from '../../server/src/core/model/figures.js';
import { headingMarkers } from '../../server/src/core/model/outline.js';
import { scanSeriesMarks } from '../../server/src/core/model/series.js';
import { ROOT } from '../helpers/paths.js';
import { FLAGGED, REAL_TEXT } from '../helpers/placeholder-samples.js';
import { runs, tokenize, type Token } from './textmate.js';

// The grammar colours what the linter recognises: its placeholders, heading markers, series
// markers and figures are found by the linter's own code (server/src/core) and by the grammar's
// regular expressions, and both must find the same ranges in the same documents.

/** Lines that probe the edges of each recogniser; tokenized and linted as one plain document. */
const EDGES = [
  // Placeholders the linter reports and real text it leaves alone (test/core/rules/placeholder.test.ts) …
  ...FLAGGED.map(([text]) => text),
  ...REAL_TEXT,
  // … and a few more of each.
  '会议由【】主持，【 】记录。',
  '负责人：[ ]　［ ］',
  '开工时间（待定）。【请填写单位名称】',
  '印发《》的通知，开展“”行动',
  '开展“X”专项行动，完成X%以上。',
  '建设XML数据交换平台。SpaceX成功发射。',
  '更换X86架构服务器，淘汰Windows XP系统。',
  '配备X光机和X射线检测仪，心电图X线胸片检查，沿X轴方向布设。',
  '加快推进大唐2×66万千瓦发电项目，保障“7×24小时”全天候服务。',
  '深入实施“数据要素×”行动。实施数据要素×行动计划。',
  '确保到二○二○年基本实现工业化。二○○八年八月',
  '推进物流领域1+X证书制度，打造“415X”先进制造业集群，实施“双尖双领+X”项目。',
  // Headings, malformed ones included; and lines that only look like headings.
  '一、总体情况',
  '二. 存在问题',
  '三，下步打算',
  '四　保障措施',
  '十一、其他事项',
  '一、二季度经济运行平稳',
  '（一）、粮食生产',
  '(二)农村环境',
  '（三）项目建设。全年计划实施项目24项。',
  '1.基础还不牢固。',
  '2．群众参与不够',
  '3、抓好秋冬种。',
  '1.5亿元用于基础设施。',
  '（1）加强农机安全检查；',
  '(2)做好冬季防火工作。',
  '3）落实责任',
  '①强化组织领导',
  '　　（四）基层治理不断加强。',
  '第一章　总则　　第一条　为规范政务数据管理，制定本办法。',
  '第二章　附　则',
  '　　第三条　本办法自印发之日起施行。',
  '附件2',
  '附件：',
  // Series markers.
  '一是提高认识，二是压实责任，四是强化督导。',
  '一要抓好统筹，二要抓好落实，三是抓好宣传。',
  '统一是前提，一是一、二是二。',
  '第一，坚持统筹推进；第二，突出重点。',
  '其一，加强领导；其二是完善机制。',
  '首先，统一思想；其次，明确责任；再次，强化保障；最后，严格考核。',
  '首先要统一思想。',
  // Figures, and numbers that are not figures.
  '全镇固定资产投资完成5.2亿元，同比增长8.5%，提高1.3个百分点。',
  '约5.2亿元，近31万人，110万人以上，3.2万余人，五十余万人。',
  '累计1,234.5万元，投资52000万元，改造3100户。',
  '占比百分之十二，百分之七十八以上。',
  '5G基站，PM2.5浓度，H7N9疫情，12345热线，〔2021〕21号。',
  '排名第3名，用时3个月，2025年完成，第一批。',
  '千家万户，万人空巷，一个、一批、一项，三五个人。',
  '三个方面，两家企业，一百多人，十二项任务。',
];

interface Corpus {
  name: string;
  text: string;
}

function corpora(): Corpus[] {
  const fixtures = join(ROOT, 'test/core/fixtures');
  return [
    { name: 'the edge cases', text: EDGES.join('\n') },
    { name: 'samples/speech-draft.txt', text: readFileSync(join(ROOT, 'samples/speech-draft.txt'), 'utf8') },
    { name: 'test/e2e/workspace/highlight.gw', text: readFileSync(join(ROOT, 'test/e2e/workspace/highlight.gw'), 'utf8') },
    ...readdirSync(fixtures)
      .filter((n) => n.endsWith('.txt'))
      .map((n) => ({ name: `test/core/fixtures/${n}`, text: readFileSync(join(fixtures, n), 'utf8').replace(/\s*⟪[\w-]+⟫/g, '') })),
  ];
}

/** `line:text` for a range of the whole text. */
function at(text: string, start: number, end: number): string {
  const line = text.slice(0, start).split('\n').length;
  return `${line}:${text.slice(start, end)}`;
}

/** `line:text` for each run of tokens carrying `prefix`, with `label` added when given. */
function grammarRuns(text: string, tokens: Token[][], prefix: string, label?: (line: readonly Token[], run: [number, number]) => string): string[] {
  const lines = text.split('\n');
  return tokens.flatMap((line, i) =>
    runs(line, prefix).map((run) => `${i + 1}:${lines[i]!.slice(run[0], run[1])}${label ? ` ${label(line, run)}` : ''}`),
  );
}

/** The heading level a marker's tokens carry: 1 … 5, or 章/节/条. */
function levelOf(line: readonly Token[], run: [number, number]): string {
  const token = line.find((t) => t.start === run[0])!;
  const scope = token.scopes.find((s) => s.startsWith('markup.heading.'))!;
  const level = scope.split('.')[2]!;
  return ({ chapter: '章', section: '节', article: '条' } as Record<string, string>)[level] ?? level;
}

describe('the grammar finds what the linter finds', () => {
  for (const { name, text } of corpora()) {
    describe(name, () => {
      const doc = new SourceDocument(text);
      let tokenized: Promise<Token[][]> | undefined;
      const tokens = () => (tokenized ??= tokenize('text.gongwen', text));

      it('placeholders', async () => {
        const expected = doc.placeholders.map((p) => at(text, p.range[0], p.range[1]));
        assert.deepEqual(grammarRuns(text, await tokens(), 'invalid.illegal.placeholder'), expected);
      });

      it('heading markers and their levels', async () => {
        const markers = [
          // Line by line, as written: the outline then sets quotations and attachment notes aside and nests lists.
          ...headingMarkers(doc).map((n) => ({ range: n.marker, level: String(n.level) })),
          ...doc.outline.articles.map((a) => ({ range: a.marker, level: a.unit })),
        ].sort((a, b) => a.range[0] - b.range[0]);
        const expected = markers.map((m) => `${at(text, m.range[0], m.range[1])} ${m.level}`);
        assert.deepEqual(grammarRuns(text, await tokens(), 'keyword.control.ordinal.heading', levelOf), expected);
      });

      it('series markers', async () => {
        const expected = scanSeriesMarks(text, () => false).map((m) => at(text, m.marker[0], m.marker[1]));
        assert.deepEqual(grammarRuns(text, await tokens(), 'keyword.control.ordinal.series'), expected);
      });

      it('figures, without the words before the number (约, 近, 达到)', async () => {
        const expected = scanFigures(text, (s, e) => doc.isIgnored(s, e)).map((f) => {
          const start = text.startsWith('百分之', f.number[0] - 3) ? f.number[0] - 3 : f.number[0];
          return at(text, start, f.range[1]);
        });
        assert.deepEqual(grammarRuns(text, await tokens(), 'constant.numeric.figure'), expected);
      });
    });
  }
});

describe('the Markdown injection finds the placeholders the linter reports in Markdown', () => {
  const text = readFileSync(join(ROOT, 'test/grammar/fixtures/placeholders.md'), 'utf8');
  it('placeholders.md', async () => {
    const doc = new SourceDocument(text, 'markdown');
    const expected = doc.placeholders.map((p) => at(text, p.range[0], p.range[1]));
    const tokens = await tokenize('text.html.markdown', text);
    assert.deepEqual(grammarRuns(text, tokens, 'invalid.illegal.placeholder'), expected);
  });
});

describe('the grammar finds what the linter finds in random text', () => {
  // Characters each recogniser turns on, mixed at random (a fixed seed: the same strings every run);
  // 某, _ and * twice, as they count only in runs.
  const ALPHABET = [
    ...'XＸxｘ×某某○□__＿【】[]（）()《》“”「」 　一二三四五六七八九十百千万亿两零〇第其首先次最后是要、，。；：.．,%％',
    ...'0123456789AaBY+-/年月日个人户元亩光线型待补充定TODO王统①附件章条节',
    // Asterisks and the words that make them blanks; document numbers; slot names.
    ...'**〔〕［］市乡号同志公司集团名称单位日期电话',
  ];
  let state = 1;
  /** mulberry32 */
  const random = (n: number) => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) % n;
  };
  /** Adjacent ranges as one: the editor shows them as one run of colour. */
  const merged = (ranges: readonly (readonly [number, number])[]) => {
    const out: [number, number][] = [];
    for (const [s, e] of [...ranges].sort((a, b) => a[0] - b[0])) {
      const last = out[out.length - 1];
      if (last && last[1] === s) last[1] = e;
      else out.push([s, e]);
    }
    return out.map(([s, e]) => `${s}-${e}`).join(' ');
  };

  it('3000 strings', async () => {
    const differences: string[] = [];
    for (let i = 0; i < 3000; i++) {
      let line = '';
      for (let n = 1 + random(14); n > 0; n--) line += ALPHABET[random(ALPHABET.length)];
      // A line of a document: the linter sees the line break after it, as the grammar does.
      const doc = new SourceDocument(`${line}\n`);
      const [tokens] = await tokenize('text.gongwen', line);
      const grammarSide = (prefix: string) => merged(runs(tokens!, prefix));
      const kinds: [string, string, string][] = [
        ['placeholder', merged(doc.placeholders.map((p) => p.range)), grammarSide('invalid.illegal.placeholder')],
        ['heading', merged([...doc.outline.nodes.map((n) => n.marker), ...doc.outline.articles.map((a) => a.marker)]), grammarSide('keyword.control.ordinal.heading')],
        ['series', merged(scanSeriesMarks(line, () => false).map((m) => m.marker)), grammarSide('keyword.control.ordinal.series')],
        [
          'figure',
          merged(scanFigures(line, () => false).map((f) => [line.startsWith('百分之', f.number[0] - 3) ? f.number[0] - 3 : f.number[0], f.range[1]] as const)),
          grammarSide('constant.numeric.figure'),
        ],
      ];
      // An empty pair whose closing mark also closes a quotation or a title (“【[”, 《月」（》): the grammar
      // reads the quotation first. No real text is written so.
      const quotes = runs(tokens!, 'string.quoted');
      const covers = (r: readonly [number, number], at: number) => r[0] <= at && at < r[1];
      const straddles = doc.placeholders.some((p) =>
        quotes.some(([s, e]) => (covers(p.range, s) || covers(p.range, e - 1)) && !(p.range[0] === s && p.range[1] === e)),
      );
      for (const [kind, linter, grammar] of kinds) {
        if (linter !== grammar && !(kind === 'placeholder' && straddles)) differences.push(`${kind} ${JSON.stringify(line)}: linter ${linter}, grammar ${grammar}`);
      }
    }
    assert.deepEqual(differences, []);
  });
});

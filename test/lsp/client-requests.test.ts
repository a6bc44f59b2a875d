import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { formatSpeechStats, speechStats } from '../../server/src/core/index.js';
import {
  DESCRIBE_BLANKS,
  IS_CHINESE_DRAFT,
  SPEECH_LENGTH,
  VALIDATE_FILL,
  type DiagnosticData,
  type PlaceholderData,
  type Requests,
} from '../../server/src/protocol.js';
import type { Diagnostic, LspClient } from '../helpers/lsp-client.js';
import { openDocument, replaceText, startSession } from '../helpers/lsp-session.js';
import { ROOT } from '../helpers/paths.js';

// What the extension asks the server instead of parsing the document itself.

let client: LspClient;
let settings: Record<string, unknown> = {};

before(async () => {
  client = await startSession({ settings: () => settings });
});

after(async () => {
  await client.shutdown();
});

function ask<M extends keyof Requests>(method: M, params: Requests[M]['params']): Promise<Requests[M]['result']> {
  return client.request<Requests[M]['result']>(method, params);
}

/** The blanks of a text as the client takes them from the diagnostics: offsets and the placeholder's data. */
function blanksOf(text: string, diagnostics: readonly Diagnostic[]) {
  const lineStarts = [0, ...[...text.matchAll(/\n/g)].map((m) => m.index + 1)];
  const offset = (p: { line: number; character: number }) => lineStarts[p.line]! + p.character;
  return diagnostics.map((d) => {
    const { kind, unit, template, slot } = ((d as Diagnostic & { data: DiagnosticData }).data.data as unknown as PlaceholderData);
    return { range: [offset(d.range.start), offset(d.range.end)] as const, kind, unit, template, slot };
  });
}

describe('the speech length', () => {
  const draft = readFileSync(join(ROOT, 'samples/speech-draft.txt'), 'utf8');

  it('is counted on the linted version, at gongwen.speechRate kept within its bounds', async () => {
    const uri = 'untitled:speech-1';
    await openDocument(client, uri, draft);
    const stats = speechStats(draft, 'plain', 220);
    assert.deepEqual(await ask(SPEECH_LENGTH, { uri, rate: undefined }), {
      version: 1,
      characters: stats.characters,
      minutes: stats.minutes,
      rate: 220,
      text: formatSpeechStats(stats, 'zh-CN'),
      count: formatSpeechStats(stats, 'zh-CN').split(' ')[0],
    });
    const at = async (rate: unknown) => (await ask(SPEECH_LENGTH, { uri, rate }))?.rate;
    assert.deepEqual([await at(60), await at(1000), await at(10), await at('fast'), await at(Number.NaN), await at(99.6)], [60, 600, 60, 220, 220, 100]);
    assert.equal((await ask(SPEECH_LENGTH, { uri, rate: 60 }))?.minutes, speechStats(draft, 'plain', 60).minutes);
  });

  it('follows edits, skips what the reading leaves out in Markdown, and is null for a document not linted', async () => {
    const uri = 'untitled:speech-2';
    await openDocument(client, uri, '一、总体情况\n同志们：今年增长6.2%。\n');
    assert.equal((await ask(SPEECH_LENGTH, { uri, rate: 220 }))?.text, '15 字 · 约 1 分钟');
    await replaceText(client, uri, `一、总体情况\n同志们：今年增长6.2%。\n${'这'.repeat(425)}`, 2);
    assert.deepEqual(await ask(SPEECH_LENGTH, { uri, rate: 220 }), { version: 2, characters: 440, minutes: 2, rate: 220, text: '440 字 · 约 2 分钟', count: '440' });

    const markdown = 'untitled:speech-3';
    await openDocument(client, markdown, '# 总体情况\n\n见 https://example.com/a 与 `code`。\n', 'markdown');
    assert.equal((await ask(SPEECH_LENGTH, { uri: markdown, rate: 220 }))?.characters, speechStats('# 总体情况\n\n见 https://example.com/a 与 `code`。\n', 'markdown').characters);

    assert.equal(await ask(SPEECH_LENGTH, { uri: 'untitled:never-opened', rate: 220 }), null);
  });

  it('is null for a document the server skipped', async () => {
    settings = { maxFileSize: 100 };
    try {
      const uri = 'untitled:speech-4';
      await openDocument(client, uri, '这'.repeat(200));
      assert.equal(await ask(SPEECH_LENGTH, { uri, rate: 220 }), null);
    } finally {
      settings = {};
    }
  });
});

describe('the fill prompt', () => {
  it('describes each blank: its sentence with the blank marked, an example, what identical blanks share', async () => {
    const uri = 'untitled:fill-1';
    const text = '全区固定资产投资累计完成X亿元。\n中共X市X区委；X区振兴发展；区委X届X次全会。';
    const blanks = blanksOf(text, await openDocument(client, uri, text));
    assert.equal(blanks.length, 6);
    const described = await ask(DESCRIBE_BLANKS, { uri, version: 1, width: 36, blanks });
    assert.deepEqual(described, [
      { sentence: '全区固定资产投资累计完成【X】亿元。', example: '数字，如 12.5（单位“亿元”会保留）', label: 'X亿元' },
      { sentence: '中共【X】市X区委；', example: '名称（“市”会保留）', label: 'X市' },
      { sentence: '中共X市【X】区委；', example: '名称（“区”会保留）', label: 'X区' },
      { sentence: '【X】区振兴发展；', example: '名称（“区”会保留）', label: 'X区' },
      { sentence: '区委【X】届X次全会。', example: '序数，如 3 或 十九', label: '【X】届X次' },
      { sentence: '区委X届【X】次全会。', example: '序数，如 3 或 十九', label: 'X届【X】次' },
    ]);
    const [narrow] = (await ask(DESCRIBE_BLANKS, { uri, version: 1, width: 8, blanks: blanks.slice(0, 1) }))!;
    assert.equal(narrow!.sentence, '…累计完成【X】亿元。');
  });

  it('answers null for another version: the blanks have moved', async () => {
    const uri = 'untitled:fill-2';
    const text = '完成X亿元。';
    const blanks = blanksOf(text, await openDocument(client, uri, text));
    assert.equal(await ask(DESCRIBE_BLANKS, { uri, version: 2, width: 36, blanks }), null);
    assert.equal(await ask(DESCRIBE_BLANKS, { uri: 'untitled:never-opened', version: 1, width: 36, blanks }), null);
    // A range outside the text (a confused client) gets no sentence, and no crash.
    const [outside] = (await ask(DESCRIBE_BLANKS, { uri, version: 1, width: 36, blanks: [{ ...blanks[0]!, range: [4, 99] }] }))!;
    assert.equal(outside!.sentence, '');
  });

  it('validates and tidies an answer by kind, in the editor’s language', async () => {
    assert.deepEqual(await ask(VALIDATE_FILL, { kind: 'number', unit: '亿元', input: '很多' }), { ok: false, message: '请输入数字，如 12.5、1,234、3.2万' });
    assert.deepEqual(await ask(VALIDATE_FILL, { kind: 'number', unit: '亿元', input: ' 3.5亿元 ' }), { ok: true, text: '3.5' });
    assert.deepEqual(await ask(VALIDATE_FILL, { kind: 'percent', unit: '%', input: '12%' }), { ok: true, text: '12' });
  });
});

describe('telling a Chinese draft', () => {
  it('answers for the text sent', async () => {
    assert.equal(await ask(IS_CHINESE_DRAFT, { text: '关于做好X年秋冬农业生产工作的通知\n各乡镇人民政府：\n' }), true);
    assert.equal(await ask(IS_CHINESE_DRAFT, { text: '[database]\n; 数据库配置\nhost = localhost\n' }), false);
    assert.equal(await ask(IS_CHINESE_DRAFT, { text: 42 as unknown as string }), false);
  });
});

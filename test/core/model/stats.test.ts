import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import {
  DEFAULT_SPEECH_RATE,
  SourceDocument,
  formatSpeechStats,
  groupThousands,
  readingMinutes,
  speechStats,
} from '../../../server/src/core/index.js';
import { ROOT } from '../../helpers/paths.js';

const count = (text: string, format: 'plain' | 'markdown' = 'plain') => speechStats(text, format).characters;

describe('speechStats: what is counted', () => {
  it('counts Chinese characters, not punctuation or whitespace', () => {
    assert.equal(count('同志们：\n　　大家好！今天，我们召开会议。'), 14);
    assert.equal(count('  \t\u3000\u00a0\r\n'), 0);
    assert.equal(count('“”‘’《》（）【】〔〕、，。；：？！…—·'), 0);
  });
  it('counts letters and digits one each, and the spoken % ‰ ℃ and decimal point', () => {
    assert.equal(count('GDP增长6.2%'), 3 + 2 + 4);
    assert.equal(count('降低3‰，气温25℃'), 2 + 2 + 2 + 3);
    assert.equal(count('１２．５％'), 5);
    // A full stop after a number is punctuation, not a decimal point.
    assert.equal(count('共3.'), 2);
    assert.equal(count('第1.2.3项'), 7);
  });
  it('counts 〇 and ○ written for zero, and one character per code point', () => {
    assert.equal(count('二〇二四年'), 5);
    assert.equal(count('二○二○年'), 5);
    assert.equal(count('𠮷𠮷村'), 3);
  });
  it('leaves out symbols that are not read aloud', () => {
    assert.equal(count('2×35万千瓦'), 1 + 2 + 3);
    assert.equal(count('| a | b |'), 2);
    assert.equal(count('\ufeff正文\u200b'), 2);
  });
});

describe('speechStats: headings and ignored text', () => {
  it('leaves out the heading markers of every level, not the headings', () => {
    const text = ['一、总体情况', '（一）粮食生产', '1.夏粮', '（1）小麦', '①早熟品种', '二、下步打算'].join('\n');
    assert.equal(count(text), 4 + 4 + 2 + 2 + 4 + 4);
  });
  it('leaves out 第X章 and 第X条 markers, also an article on the chapter line', () => {
    assert.equal(count('第一章　总则\n第一条　为了规范管理，制定本办法。\n第二条　本办法自公布之日起施行。'), 2 + 11 + 11);
    assert.equal(count('第二章　职责　　第三条　负责日常工作。'), 2 + 6);
  });
  it('counts a run-in enumeration and an ordinal in the text as words', () => {
    assert.equal(count('一是加强领导，二是压实责任。第一，要抓落实。'), 6 + 6 + 2 + 4);
  });
  it('leaves out URLs and e-mail addresses', () => {
    assert.equal(count('详见https://www.gov.cn/zhengce/2024.htm或联系office@example.cn。'), 5);
  });
  it('in Markdown, leaves out code, comments, link targets and front matter, and the # of headings', () => {
    const md = ['---', 'title: 讲话', '---', '# 一、总体情况', '', '正文`代码`继续<!-- 注释 -->。', '', '```', '代码块', '```', '', '[链接](https://x.cn/a)'].join('\n');
    assert.equal(count(md, 'markdown'), 4 + 4 + 2);
    // As plain text the same lines count the code and the comment; only the URL is left out.
    assert.equal(count(md, 'plain'), 'title讲话'.length + '一总体情况'.length + '正文代码继续注释'.length + 3 + 2);
  });
  it('takes a SourceDocument as it is, with its format', () => {
    const doc = new SourceDocument('# 标题\n\n`代码`正文', 'markdown');
    assert.deepEqual(speechStats(doc), { characters: 4, minutes: 1 });
  });
});

describe('speechStats: minutes', () => {
  it('rounds to the nearest minute at 220 characters a minute by default', () => {
    assert.equal(DEFAULT_SPEECH_RATE, 220);
    assert.equal(readingMinutes(8560), 39);
    assert.equal(readingMinutes(330), 2);
    assert.equal(readingMinutes(329), 1);
    assert.deepEqual(speechStats('讲'.repeat(8560)), { characters: 8560, minutes: 39 });
  });
  it('is 0 only for nothing to read, else at least 1', () => {
    assert.deepEqual(speechStats(''), { characters: 0, minutes: 0 });
    assert.deepEqual(speechStats('好'), { characters: 1, minutes: 1 });
  });
  it('uses the rate given', () => {
    assert.deepEqual(speechStats('讲'.repeat(600), 'plain', 150), { characters: 600, minutes: 4 });
    assert.throws(() => speechStats('讲', 'plain', 0), RangeError);
    assert.throws(() => speechStats('讲', 'plain', Number.NaN), RangeError);
  });
  it('counts the sample speech draft', () => {
    const text = readFileSync(join(ROOT, 'samples/speech-draft.txt'), 'utf8');
    assert.deepEqual(speechStats(text), { characters: 811, minutes: 4 });
  });
});

describe('formatSpeechStats', () => {
  it('writes the count with thousands separators, in either language', () => {
    assert.equal(formatSpeechStats({ characters: 8560, minutes: 39 }, 'zh-CN'), '8,560 字 · 约 39 分钟');
    assert.equal(formatSpeechStats({ characters: 8560, minutes: 39 }, 'en'), '8,560 chars · ~39 min');
    assert.deepEqual([0, 999, 1000, 123456, 1234567].map(groupThousands), ['0', '999', '1,000', '123,456', '1,234,567']);
  });
});

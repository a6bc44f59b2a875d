import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { numberedSpeech } from '../helpers/docx.js';
import { writeFileIn } from '../helpers/files.js';
import { unclosedTags } from '../helpers/html.js';
import { runCli } from '../helpers/run.js';

let dir: string;
const file = (name: string, content: string | Uint8Array) => writeFileIn(dir, name, content);
const DRAFT = '关于XX市工作的报告\n一、基本情况\n全区固定资产投资完成5.2亿元。\n二、下一步\n全区固定资产投资完成6.1亿元，会议于3月5日召开,大家发言。\n';

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'gongwen-html-'));
  file('draft.txt', DRAFT);
  file('word/讲话稿.docx', numberedSpeech());
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe('--format html', () => {
  it('writes one page with the draft’s findings, outline, blanks and figures; the exit code is as usual', async () => {
    const r = await runCli(['--format', 'html', 'draft.txt'], { cwd: dir });
    assert.equal(r.code, 1);
    assert.equal(r.stderr, '');
    const html = r.stdout;
    assert.match(html, /^<!DOCTYPE html>/);
    assert.deepEqual(unclosedTags(html), []);
    assert.ok(html.includes('<h2>draft.txt</h2>'));
    assert.ok(html.includes('关于<mark>XX</mark>市工作的报告'), 'the blank, marked');
    assert.ok(html.includes('<code>placeholder</code>'));
    assert.ok(html.includes('全区固定资产投资完成<mark>6.1亿元</mark>'), 'the conflicting figure, marked');
    assert.ok(html.includes('<code>figure-conflict</code>'));
    assert.ok(html.includes('召开<mark>,</mark>大家发言。'));
    assert.ok(html.includes('建议改为「，」'));
    assert.ok(html.includes('<span class="marker">二、</span>下一步<span class="ln">第 4 行</span>'));
    assert.match(html, /全区固定资产投资 <span class="conflict">/);
    assert.match(html, /gongwen-lint \d+\.\d+\.\d+ · 1 个文件 · 共 3 个问题/);
  });
  it('with --fix-dry-run, reports what is left after fixing', async () => {
    const r = await runCli(['--format', 'html', '--fix-dry-run', 'draft.txt'], { cwd: dir });
    assert.ok(r.stdout.includes('共 2 个问题'));
    assert.ok(!r.stdout.includes('punctuation-width'));
    assert.ok(r.stdout.includes('召开，大家发言。'));
    assert.equal(readFileSync(join(dir, 'draft.txt'), 'utf8'), DRAFT);
  });
  it('speaks English with --locale en', async () => {
    const r = await runCli(['--format', 'html', '--locale', 'en', 'draft.txt'], { cwd: dir });
    assert.match(r.stdout, /<html lang="en">/);
    assert.ok(r.stdout.includes('>Findings<'));
    assert.ok(r.stdout.includes('Unfilled placeholder: name'));
  });
  it('a Word document’s places are its paragraphs', async () => {
    const r = await runCli(['--format', 'html', 'word/讲话稿.docx'], { cwd: dir });
    assert.ok(r.stdout.includes('<h2>word/讲话稿.docx</h2>'));
    assert.ok(r.stdout.includes('累计完成<mark>X</mark>亿元'));
    assert.match(r.stdout, /<td class="where">第3段 第\d+字<\/td>/);
    assert.match(r.stdout, /<span class="marker">一、<\/span>总体情况<span class="ln">第 2 段<\/span>/);
  });
  it('is not a format of --stats', async () => {
    const r = await runCli(['--stats', '--format', 'html', 'draft.txt'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--stats 的输出格式为 stylish 或 json（--stats prints stylish or json, not html）/);
  });
});

import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { writeFileIn } from '../helpers/files.js';
import { runCli } from '../helpers/run.js';
import { gongwen, wpsSpeech } from './layout-samples.js';

let dir: string;
const file = (name: string, content: string | Uint8Array) => writeFileIn(dir, name, content);
type JsonReport = { messages: { ruleId: string; message: string; line: number }[] };
const layoutMessages = (stdout: string) => (JSON.parse(stdout) as JsonReport[])[0]!.messages.filter((m) => m.ruleId.startsWith('layout-')).map((m) => `${m.line} ${m.ruleId}`);

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'gongwen-layout-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe('CLI: layout of Word documents', () => {
  it('--layout gbt9704 checks a speech draft; without it, a speech draft gets no layout findings', async () => {
    const speech = file('speech/讲话.docx', wpsSpeech());
    const [asked, auto] = await Promise.all([runCli(['--layout', 'gbt9704', '--format', 'json', speech]), runCli(['--format', 'json', speech])]);
    assert.deepEqual(layoutMessages(asked.stdout), ['1 layout-page', '1 layout-title', '1 layout-title', '1 layout-title', '3 layout-body', '3 layout-body', '3 layout-body', '5 layout-headings']);
    const page = (JSON.parse(asked.stdout) as JsonReport[])[0]!.messages.find((m) => m.ruleId === 'layout-page')!;
    assert.match(page.message, /GB\/T 9704-2012 §5\.2\.1/);
    assert.deepEqual(layoutMessages(auto.stdout), []);
  });

  it('a 公文 is checked by default, and not with --layout off', async () => {
    const wrong = file('notice/通知.docx', gongwen({ titleSize: 18 }));
    const [auto, off] = await Promise.all([runCli(['--format', 'json', wrong]), runCli(['--layout=off', '--format', 'json', wrong])]);
    assert.deepEqual(layoutMessages(auto.stdout), ['5 layout-title']);
    assert.deepEqual(layoutMessages(off.stdout), []);
  });

  it('layout in .gongwenrc.json applies, and the flag beats it', async () => {
    const speech = file('configured/讲话.docx', wpsSpeech());
    file('configured/.gongwenrc.json', '{ "layout": "gbt9704" }');
    const [configured, flagged] = await Promise.all([runCli(['--format', 'json', speech]), runCli(['--layout', 'auto', '--format', 'json', speech])]);
    assert.equal(layoutMessages(configured.stdout).length, 8);
    assert.deepEqual(layoutMessages(flagged.stdout), []);
  });

  it('--annotate comments the layout findings too', async () => {
    const speech = file('annotate/讲话.docx', wpsSpeech());
    const result = await runCli(['--annotate', '--layout', 'gbt9704', '--format', 'json', speech]);
    assert.equal(layoutMessages(result.stdout).length, 8);
    const count = (JSON.parse(result.stdout) as JsonReport[])[0]!.messages.length;
    assert.match(result.stderr, new RegExp(`（${count} 条批注，0 处修订）`));
  });

  it('a wrong value is a usage error', async () => {
    const result = await runCli(['--layout', 'strict', file('bad/x.docx', wpsSpeech())]);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /--layout 应为 auto、gbt9704、off 之一，实际为 "strict"/);
  });
});

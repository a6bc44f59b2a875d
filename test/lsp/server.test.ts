import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { LspClient, type Diagnostic } from '../helpers/lsp-client.js';
import { ROOT } from '../helpers/paths.js';
import { CONFIG_FILE_PROBLEMS } from '../../server/src/protocol.js';

// The rule's page shipped beside dist/, readable offline.
const DOCS = pathToFileURL(join(ROOT, 'docs/rules/placeholder.md')).href;

let dir: string;
let client: LspClient;
let settings: Record<string, unknown> = {};
const configRequests: unknown[] = [];

const uriOf = (name: string) => pathToFileURL(join(dir, name)).href;
const span = (d: Diagnostic) => [d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character];

async function open(name: string, text: string, languageId = 'plaintext', version = 1): Promise<Diagnostic[]> {
  const uri = uriOf(name);
  const from = client.notifications.length;
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  return client.diagnostics(uri, from, version);
}

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'gongwen-lsp-'));
  mkdirSync(join(dir, 'project'));
  client = new LspClient();
  client.onRequest = (method, params) => {
    if (method === 'workspace/configuration') {
      configRequests.push(params);
      return (params as { items: unknown[] }).items.map(() => settings);
    }
    return null;
  };
  const init = await client.request<{ capabilities: { textDocumentSync: { change: number } }; serverInfo: { name: string } }>(
    'initialize',
    {
      processId: process.pid,
      rootUri: pathToFileURL(dir).href,
      locale: 'zh-cn',
      capabilities: { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } } },
    },
  );
  assert.equal(init.capabilities.textDocumentSync.change, 2, 'incremental sync');
  assert.equal(init.serverInfo.name, 'gongwen-lint');
  client.notify('initialized', {});
});

after(async () => {
  const code = await client.shutdown();
  assert.equal(code, 0);
  rmSync(dir, { recursive: true, force: true });
});

describe('language server over stdio', () => {
  it('publishes diagnostics with UTF-16 positions across CRLF and astral characters', async () => {
    const text = '在X区的总结\r\n　　𠮷𠮷村完成投资X亿元，增长X%。\r\n某某同志\r\n';
    const diagnostics = await open('crlf.txt', text);
    assert.deepEqual(diagnostics.map(span), [
      [0, 1, 0, 2],
      [1, 11, 1, 12],
      [1, 17, 1, 18],
      [2, 0, 2, 2],
    ]);
    const first = diagnostics[1]!;
    assert.equal(first.code, 'placeholder');
    assert.equal(first.source, 'gongwen');
    assert.equal(first.severity, 1);
    assert.equal(first.message, '未填写的占位符：数值（亿元）——“…村完成投资X亿元”');
    assert.equal(first.codeDescription?.href, DOCS);
    assert.equal(first.data?.version, 1);
    assert.equal(first.data?.data?.['kind'], 'number');
    assert.ok(configRequests.length > 0, 'settings are pulled with workspace/configuration');
  });

  it('explains a finding on hover, with a link to its rule page', async () => {
    const uri = uriOf('hover.txt');
    await open('hover.txt', '全区投资完成X亿元。\n');
    const hover = await client.request<{ contents: { kind: string; value: string }; range: Diagnostic['range'] } | null>('textDocument/hover', {
      textDocument: { uri },
      position: { line: 0, character: 7 },
    });
    assert.equal(hover?.contents.kind, 'markdown');
    assert.match(hover!.contents.value, /^\*\*公文校对 · 未填写的占位符\*\* `placeholder`　模板里的空没有填/);
    assert.ok(hover!.contents.value.includes(`](${DOCS})`));
    assert.deepEqual(span({ range: hover!.range } as Diagnostic), [0, 6, 0, 7]);
    const none = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 1 } });
    assert.equal(none, null);
  });

  it('tells over the title which document type it was read as', async () => {
    const uri = uriOf('typed.txt');
    await open('typed.txt', '关于增拨防汛经费的请示\n市人民政府：\n　　拟请增拨经费。妥否，请批示。\n');
    const hover = await client.request<{ contents: { value: string }; range: Diagnostic['range'] } | null>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 3 } });
    assert.equal(hover?.contents.value, '**公文校对 · 文种** 请示（从标题读出）');
    assert.deepEqual(span({ range: hover!.range } as Diagnostic), [0, 0, 0, 11]);
    assert.equal(await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 4 } }), null);
  });

  it('follows incremental edits', async () => {
    const uri = uriOf('edit.txt');
    await open('edit.txt', '完成X亿元。\n');
    const from = client.notifications.length;
    // Fill the blank, then open a new one on a new second line starting with an astral character.
    client.notify('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [
        { range: { start: { line: 0, character: 2 }, end: { line: 0, character: 3 } }, text: '3.5' },
        { range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: '𠮷X市\r\n' },
      ],
    });
    const diagnostics = await client.diagnostics(uri, from, 2);
    assert.deepEqual(diagnostics.map(span), [[1, 2, 1, 3]]);
    assert.equal(diagnostics[0]!.message, '未填写的占位符：名称（市）——“𠮷X市”');
  });

  it('lints only the last of a burst of changes it has already received', async () => {
    const uri = uriOf('burst.txt');
    await open('burst.txt', '');
    const from = client.notifications.length;
    for (let version = 2; version <= 21; version++) {
      client.notify('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'X' }],
      });
    }
    const diagnostics = await client.diagnostics(uri, from, 21);
    assert.deepEqual(diagnostics.map(span), [[0, 0, 0, 20]]);
    const published = client.notifications.slice(from).filter((m) => m.method === 'textDocument/publishDiagnostics' && (m.params as { uri: string }).uri === uri);
    assert.ok(published.length < 20, `${published.length} publications for 20 changes received at once`);
  });

  it('lints markdown as markdown and ignores languages it is not asked to lint', async () => {
    const md = await open('notes.md', '```\nX亿元\n```\n完成X亿元。\n', 'markdown');
    assert.deepEqual(md.map(span), [[3, 2, 3, 3]]);
    assert.deepEqual(await open('code.js', 'const X = "X亿元";', 'javascript'), []);
  });

  it('applies settings changes without a restart', async () => {
    const uri = uriOf('crlf.txt');
    // An allow-list entry never silences an administrative division: X区 stays.
    settings = { rules: { placeholder: 'warning' }, placeholder: { allow: ['X区'] } };
    let from = client.notifications.length;
    client.notify('workspace/didChangeConfiguration', { settings: null });
    let diagnostics = await client.diagnostics(uri, from);
    assert.equal(diagnostics.length, 4);
    assert.ok(diagnostics.every((d) => d.severity === 2));

    settings = { enable: false };
    from = client.notifications.length;
    client.notify('workspace/didChangeConfiguration', { settings: null });
    assert.deepEqual(await client.diagnostics(uri, from), []);

    settings = {};
    from = client.notifications.length;
    client.notify('workspace/didChangeConfiguration', { settings: null });
    diagnostics = await client.diagnostics(uri, from);
    assert.equal(diagnostics.length, 4);
  });

  it('reports invalid settings once, keeps running on defaults', async () => {
    const uri = uriOf('crlf.txt');
    settings = { rules: { placeholder: 'loud', nope: 'off' } };
    const from = client.notifications.length;
    client.notify('workspace/didChangeConfiguration', { settings: null });
    const diagnostics = await client.diagnostics(uri, from);
    assert.equal(diagnostics.length, 4);
    assert.ok(diagnostics.every((d) => d.severity === 1));
    settings = {};
    const shown = await client.waitFor((n) => n.method === 'window/showMessageRequest', 10_000, from);
    assert.match((shown.params as { message: string }).message, /gongwen\.rules\.placeholder: 应为 .*实际为 string \("loud"\)（\+1）/);
    await client.diagnostics(uriOf('notes.md'), from);
    await client.diagnostics(uriOf('code.js'), from);
    const messages = client.notifications.slice(from).filter((n) => n.method === 'window/showMessageRequest');
    assert.equal(messages.length, 1, 'shown once, although several documents use these settings');
  });

  it('applies the nearest .gongwenrc.json and re-lints when it changes', async () => {
    const rc = join(dir, 'project/.gongwenrc.json');
    writeFileSync(rc, '{ "rules": { "placeholder": { "severity": "info" } } }');
    const uri = uriOf('project/doc.txt');
    const first = await open('project/doc.txt', '完成X亿元。');
    assert.deepEqual(first.map((d) => d.severity), [3]);

    writeFileSync(rc, '{ "rules": { "placeholder": "off" } }');
    let from = client.notifications.length;
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(rc).href, type: 2 }] });
    assert.deepEqual(await client.diagnostics(uri, from), []);

    // Broken JSON: one message naming the place; linting goes on with the settings and defaults.
    writeFileSync(rc, '{ "rules": ');
    from = client.notifications.length;
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(rc).href, type: 2 }] });
    assert.deepEqual((await client.diagnostics(uri, from)).map((d) => d.severity), [1]);
    const sent = await client.waitFor((n) => n.method === CONFIG_FILE_PROBLEMS, 10_000, from);
    assert.deepEqual(sent.params, { uri: pathToFileURL(rc).href, problems: [{ text: '第 1 行第 12 列：文件意外结束，此处应为值', line: 0, character: 11 }] });
  });

  it('lints untitled documents with the settings alone', async () => {
    const from = client.notifications.length;
    const uri = 'untitled:Untitled-1';
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: 'X月X日' } });
    assert.equal((await client.diagnostics(uri, from)).length, 2);
  });

  it('offers fill, fill-all and allow-list quick fixes with the payload the client commands need', async () => {
    const uri = uriOf('actions.txt');
    const diagnostics = await open('actions.txt', '中共X市X区委；X区振兴发展；购置X号楼设备。', 'plaintext', 7);
    assert.equal(diagnostics.length, 4);
    const district = diagnostics[1]!;
    const actions = await client.request<{ title: string; kind: string; isPreferred?: boolean; command: { command: string; arguments: unknown[] } }[]>(
      'textDocument/codeAction',
      { textDocument: { uri }, range: district.range, context: { diagnostics: [district], only: ['quickfix'] } },
    );
    // X区 is a place to fill in everywhere at once, never a term to allow.
    assert.deepEqual(
      actions.map((a) => [a.title, a.kind, a.command.command]),
      [
        ['填写占位符…', 'quickfix', 'gongwen.fillPlaceholder'],
        ['全部填写“名称（区）”（2 处）…', 'quickfix', 'gongwen.fillAllPlaceholders'],
      ],
    );
    assert.equal(actions[0]!.isPreferred, true);
    assert.deepEqual(actions[0]!.command.arguments, [{ uri, version: 7, range: district.range }]);
    assert.deepEqual(actions[1]!.command.arguments, [
      {
        uri,
        version: 7,
        key: 'name:X区',
        range: district.range,
        ranges: [
          { start: { line: 0, character: 4 }, end: { line: 0, character: 5 } },
          { start: { line: 0, character: 8 }, end: { line: 0, character: 9 } },
        ],
      },
    ]);

    // X号楼 may be a building's name: the allow-list entry is the whole term.
    const building = diagnostics[3]!;
    const buildingActions = await client.request<{ title: string; command: { arguments: unknown[] } }[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: building.range,
      context: { diagnostics: [building] },
    });
    assert.deepEqual(buildingActions.map((a) => a.title), ['填写占位符…', '“X号楼”不是占位符：在本项目中不再报告“X号楼”（加入允许列表）']);
    assert.deepEqual(buildingActions[1]!.command.arguments, [{ uri, text: 'X号楼' }]);
  });

  it('never offers to allow or fill together the blanks of figures, and an allowed term hides nothing else', async () => {
    const uri = uriOf('figures.txt');
    const text = '会场设在X号楼三层。县政发〔2025〕X号。完成投资X亿元，增长X%；新增投资X亿元，增长X%。';
    const diagnostics = await open('figures.txt', text);
    assert.equal(diagnostics.length, 6);
    const titles = async (d: Diagnostic) =>
      (await client.request<{ title: string }[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } })).map((a) => a.title);
    assert.deepEqual(await titles(diagnostics[0]!), ['填写占位符…', '“X号楼”不是占位符：在本项目中不再报告“X号楼”（加入允许列表）']);
    for (const figure of diagnostics.slice(1)) assert.deepEqual(await titles(figure), ['填写占位符…'], figure.message);

    settings = { placeholder: { allow: ['X号楼'] } };
    const from = client.notifications.length;
    client.notify('workspace/didChangeConfiguration', { settings: null });
    const after = await client.diagnostics(uri, from);
    assert.deepEqual(after.map((d) => d.message), diagnostics.slice(1).map((d) => d.message), 'only X号楼 is no longer reported');
    assert.match(after[0]!.message, /〔2025〕X号/);
    settings = {};
    const reset = client.notifications.length;
    client.notify('workspace/didChangeConfiguration', { settings: null });
    await client.diagnostics(uri, reset);
  });

  it('counts in good Chinese: 两 in the message and in the suggested fix', async () => {
    const uri = uriOf('count.txt');
    const diagnostics = await open('count.txt', '我们重点抓了以下三个方面工作。\n一、甲\n二、乙\n');
    const count = diagnostics.find((d) => d.code === 'count-mismatch')!;
    assert.equal(count.message, '前文说“三个方面”，下文列出两个');
    type Action = { title: string; edit: { documentChanges: { edits: { newText: string }[] }[] } };
    const actions = await client.request<Action[]>('textDocument/codeAction', { textDocument: { uri }, range: count.range, context: { diagnostics: [count] } });
    const suggestion = actions.find((a) => a.title === '把“三”改为“两”');
    assert.ok(suggestion, actions.map((a) => a.title).join(' | '));
    assert.deepEqual(suggestion.edit.documentChanges[0]!.edits.map((e) => e.newText), ['两']);
  });

  it('computes quick fixes for the current version only', async () => {
    const uri = uriOf('actions.txt');
    const from = client.notifications.length;
    client.notify('textDocument/didChange', {
      textDocument: { uri, version: 8 },
      contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '𠮷' }],
    });
    const [first] = await client.diagnostics(uri, from, 8);
    const actions = await client.request<{ command: { arguments: { version: number; range: unknown }[] } }[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: first!.range,
      context: { diagnostics: [first] },
    });
    assert.deepEqual(actions[0]!.command.arguments[0], { uri, version: 8, range: { start: { line: 0, character: 4 }, end: { line: 0, character: 5 } } });
  });

  it('gives the heading tree as document symbols and folds each section', async () => {
    const text = '讲话\n一、总体情况\n（一）成绩\n内容\n（二）问题\n二、下步打算\n内容\n\n';
    const uri = uriOf('outline.txt');
    await open('outline.txt', text);
    type Symbol = { name: string; range: { start: { line: number }; end: { line: number } }; selectionRange: unknown; children?: Symbol[] };
    const symbols = await client.request<Symbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    const shape = (list: Symbol[]): unknown => list.map((s) => [s.name, s.range.start.line, s.range.end.line, shape(s.children ?? [])]);
    assert.deepEqual(shape(symbols), [
      ['一、总体情况', 1, 4, [['（一）成绩', 2, 3, []], ['（二）问题', 4, 4, []]]],
      ['二、下步打算', 5, 6, []],
    ]);
    const folds = await client.request<{ startLine: number; endLine: number }[]>('textDocument/foldingRange', { textDocument: { uri } });
    assert.deepEqual(folds.map((f) => [f.startLine, f.endLine]), [[1, 4], [2, 3], [5, 6]]);
  });

  it('answers symbols and folding of the version just linted, and of another document, as a fresh parse does', async () => {
    const uri = uriOf('outline-edited.txt');
    await open('outline-edited.txt', '讲话\n一、总体情况\n内容\n二、下步打算\n内容\n');
    const other = uriOf('outline-other.txt');
    await open('outline-other.txt', '讲话\n一、甲\n内容\n（一）乙\n内容\n');
    // The edit adds a heading: the outline kept from its lint must be this version's, not the opened one's.
    const from = client.notifications.length;
    client.notify('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 5, character: 0 }, end: { line: 5, character: 0 } }, text: '三、保障措施\n内容\n' }],
    });
    await client.diagnostics(uri, from, 2);
    type Symbol = { name: string; children?: Symbol[] };
    const names = (list: Symbol[]): unknown => list.map((s) => [s.name, names(s.children ?? [])]);
    const symbolsOf = async (u: string) => names(await client.request<Symbol[]>('textDocument/documentSymbol', { textDocument: { uri: u } }));
    const foldsOf = async (u: string) =>
      (await client.request<{ startLine: number; endLine: number }[]>('textDocument/foldingRange', { textDocument: { uri: u } })).map((f) => [f.startLine, f.endLine]);
    assert.deepEqual(await symbolsOf(uri), [['一、总体情况', []], ['二、下步打算', []], ['三、保障措施', []]]);
    assert.deepEqual(await foldsOf(uri), [[1, 2], [3, 4], [5, 6]]);
    // Not the last document linted: parsed afresh.
    assert.deepEqual(await symbolsOf(other), [['一、甲', [['（一）乙', []]]]]);
    assert.deepEqual(await foldsOf(other), [[1, 4], [3, 4]]);
  });

  it('leaves the outline of Markdown with # headings to VS Code, which lists them already', async () => {
    type Symbol = { name: string };
    const symbolsOf = async (name: string, text: string) => {
      await open(name, text, 'markdown');
      return (await client.request<Symbol[]>('textDocument/documentSymbol', { textDocument: { uri: uriOf(name) } })).map((s) => s.name);
    };
    assert.deepEqual(await symbolsOf('headed.md', '# 讲话\n\n## 一、总体情况\n\n内容\n\n## 二、下步打算\n\n内容\n'), []);
    assert.deepEqual(await symbolsOf('plain.md', '讲话\n\n一、总体情况\n\n内容\n\n二、下步打算\n\n内容\n'), ['一、总体情况', '二、下步打算']);
  });

  it('offers versioned quick fixes: this one, the whole run, the whole rule', async () => {
    const uri = uriOf('fixes.txt');
    const diagnostics = await open('fixes.txt', '一、甲\n二、乙\n四、丙\n五、丁\n(一)戊\n', 'plaintext', 3);
    const gap = diagnostics.find((d) => d.code === 'heading-sequence')!;
    type Action = { title: string; kind: string; isPreferred?: boolean; edit: { documentChanges: { textDocument: { version: number }; edits: { range: unknown; newText: string }[] }[] } };
    const actions = await client.request<Action[]>('textDocument/codeAction', { textDocument: { uri }, range: gap.range, context: { diagnostics: [gap] } });
    assert.deepEqual(actions.map((a) => [a.title, a.kind, a.isPreferred ?? false]), [
      ['改为「三」', 'quickfix', true],
      ['依次重新编号（2 处）', 'quickfix', false],
      ['修复本文中所有“标题序号顺序”问题（2 处）', 'quickfix', false],
    ]);
    const change = actions[1]!.edit.documentChanges[0]!;
    assert.equal(change.textDocument.version, 3);
    assert.deepEqual(change.edits.map((e) => e.newText), ['三', '四']);
    assert.deepEqual(change.edits[0]!.range, { start: { line: 2, character: 0 }, end: { line: 2, character: 1 } });
  });

  it('in Markdown, offers to silence a rule on one line with a directive comment', async () => {
    const uri = uriOf('silence.md');
    const diagnostics = await open('silence.md', '# 标题\r\n\r\n  完成X亿元。\r\n', 'markdown', 2);
    const blank = diagnostics.find((d) => d.code === 'placeholder')!;
    type Action = { title: string; edit?: { documentChanges: { textDocument: { version: number }; edits: { range: unknown; newText: string }[] }[] } };
    const actions = await client.request<Action[]>('textDocument/codeAction', { textDocument: { uri }, range: blank.range, context: { diagnostics: [blank] } });
    const silence = actions.find((a) => a.title.startsWith('在此行停用“未填写的占位符”检查'));
    assert.ok(silence, actions.map((a) => a.title).join(' | '));
    const change = silence.edit!.documentChanges[0]!;
    assert.equal(change.textDocument.version, 2);
    assert.deepEqual(change.edits, [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, newText: '  <!-- gongwen-disable-next-line placeholder -->\r\n' }]);
    const plain = await client.request<Action[]>('textDocument/codeAction', {
      textDocument: { uri: uriOf('edit.txt') },
      range: blank.range,
      context: { diagnostics: [] },
    });
    assert.ok(!plain.some((a) => a.title.includes('停用')));
  });

  it('source.fixAll.gongwen fixes everything in small edits, only when asked for', async () => {
    const uri = uriOf('fixes.txt');
    const all = await client.request<{ kind: string; edit: { documentChanges: { edits: { range: { start: { line: number } }; newText: string }[] }[] } }[]>(
      'textDocument/codeAction',
      { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll'] } },
    );
    assert.equal(all.length, 1);
    assert.equal(all[0]!.kind, 'source.fixAll.gongwen');
    assert.deepEqual(
      all[0]!.edit.documentChanges[0]!.edits.map((e) => [e.range.start.line, e.newText]),
      [[2, '三'], [3, '四'], [4, '（一）']],
    );
    const none = await client.request<unknown[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.organizeImports'] },
    });
    assert.deepEqual(none, []);
  });

  it('links both places of a figure conflict and offers count suggestions as quick fixes', async () => {
    const uri = uriOf('figures.txt');
    const text = '全县粮食播种面积12.6万亩。\n全县粮食播种面积12.8万亩。\n主要有四个方面：一是抓统筹，二是抓落实，三是抓督导。\n';
    const diagnostics = await open('figures.txt', text);
    const conflict = diagnostics.find((d) => d.code === 'figure-conflict') as (Diagnostic & { relatedInformation?: { location: { uri: string; range: unknown }; message: string }[] }) | undefined;
    assert.ok(conflict);
    assert.deepEqual(conflict.relatedInformation, [
      { location: { uri, range: { start: { line: 0, character: 8 }, end: { line: 0, character: 14 } } }, message: '前文的数字' },
    ]);
    const count = diagnostics.find((d) => d.code === 'count-mismatch')!;
    const actions = await client.request<{ title: string; isPreferred?: boolean; edit: { documentChanges: { edits: { newText: string }[] }[] } }[]>(
      'textDocument/codeAction',
      { textDocument: { uri }, range: count.range, context: { diagnostics: [count] } },
    );
    assert.deepEqual(actions.map((a) => [a.title, a.isPreferred ?? false, a.edit.documentChanges[0]!.edits[0]!.newText]), [['把“四”改为“三”', false, '三']]);
  });

  it('clears diagnostics when a document closes', async () => {
    const uri = uriOf('edit.txt');
    const from = client.notifications.length;
    client.notify('textDocument/didClose', { textDocument: { uri } });
    assert.deepEqual(await client.diagnostics(uri, from), []);
  });
});

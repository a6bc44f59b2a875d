/// <reference types="mocha" />
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { GongwenApi } from '../../../client/src/extension.js';
import { applyFixAll, codeOf, diagnosticsWhen, EXTENSION_ID, open, ours, screenshot, workspaceFile } from './helpers.js';

const placeholders = (list: vscode.Diagnostic[]) => list.filter((d) => codeOf(d) === 'placeholder');

let api: GongwenApi;

before(async () => {
  const extension = vscode.extensions.getExtension<GongwenApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is loaded`);
  api = await extension.activate();
});

describe('diagnostics in the editor', () => {
  it('shows every kind of finding in the sample draft, with codes, ranges and docs links', async () => {
    const editor = await open('speech-draft.txt');
    const diagnostics = await diagnosticsWhen(editor.document.uri, (d) => d.length >= 31);
    const codes = new Set(diagnostics.map(codeOf));
    for (const code of ['placeholder', 'heading-sequence', 'heading-style', 'enumeration-sequence', 'count-mismatch', 'figure-conflict', 'ratio-mismatch', 'share-over-limit']) {
      assert.ok(codes.has(code), `a ${code} finding`);
    }
    const first = diagnostics.find((d) => d.range.start.line === 1 && d.range.start.character === 1);
    assert.ok(first, 'the X of (X年…) on the second line');
    assert.match(first.message, /^未填写的占位符：日期（年）——“[^”]*X年[^”]*”$/);
    assert.equal(first.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(first.range.end.character, 2);
    // The rule's page, shipped with the extension (no network needed), through the read-only viewer.
    const target = typeof first.code === 'object' ? first.code.target : undefined;
    assert.equal(target?.toString(true), 'command:gongwen.showRuleDoc?["placeholder"]');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, first.range.start);
    const hoverText = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.ok(hoverText.includes('模板里的空没有填'), hoverText);
    const conflict = diagnostics.find((d) => codeOf(d) === 'figure-conflict');
    assert.equal(conflict?.relatedInformation?.[0]?.location.range.start.line, 7);

    await vscode.commands.executeCommand('workbench.actions.view.problems');
    await screenshot('problems', '.markers-panel .monaco-list-row');
    editor.selection = new vscode.Selection(first.range.start, first.range.start);
    await vscode.commands.executeCommand('editor.action.showHover');
    await screenshot('hover', '.monaco-hover:not(.hidden)');
    await vscode.commands.executeCommand('workbench.action.closePanel');
  });

  it('lints an untitled document', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'plaintext', content: '请于X月X日前报送。' });
    const diagnostics = await diagnosticsWhen(document.uri, (d) => d.length === 2);
    assert.deepEqual(
      diagnostics.map((d) => d.message.split('——')[0]),
      ['未填写的占位符：日期（月）', '未填写的占位符：日期（日）'],
    );
  });
});

describe('filling placeholders', () => {
  it('the quick fix fills only the blank and the count drops', async () => {
    const editor = await open('speech-draft.txt');
    const uri = editor.document.uri;
    const before = placeholders(await diagnosticsWhen(uri, (d) => placeholders(d).length > 0));
    const target = before.find((d) => d.message.startsWith('未填写的占位符：数值（万吨）——“总产量达到X万吨'));
    assert.ok(target);
    const lineBefore = editor.document.lineAt(target.range.start.line).text;

    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, target.range);
    const fill = actions.find((a) => a.title === '填写占位符…');
    assert.ok(fill?.command, 'the 填写占位符… quick fix');
    const asked: string[] = [];
    // Answer the first question, then press Esc.
    api.setPrompter(async (options) => {
      asked.push(`${options.title ?? ''} | ${options.prompt ?? ''}`);
      return asked.length === 1 ? '12.5' : undefined;
    });
    try {
      await vscode.commands.executeCommand(fill.command.command, ...(fill.command.arguments ?? []));
    } finally {
      api.setPrompter(undefined);
    }
    assert.match(asked[0]!, /^[^|]*总产量达到【X】万吨[^|]* \| 应填：数字，如 12\.5（单位“万吨”会保留）　已填 0，还剩 \d+ · Esc 结束$/);
    assert.equal(asked.length, 2, 'fill mode asked for the next blank');
    const after = await diagnosticsWhen(uri, (d) => placeholders(d).length === before.length - 1);
    assert.equal(placeholders(after).length, before.length - 1);
    const x = target.range.start.character;
    assert.equal(editor.document.lineAt(target.range.start.line).text, `${lineBefore.slice(0, x)}12.5${lineBefore.slice(x + 1)}`);
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.lineAt(target.range.start.line).text, lineBefore);
  });

  it('next and previous placeholder select the blanks in order, wrapping', async () => {
    const editor = await open('speech-draft.txt');
    const blanks = placeholders(await diagnosticsWhen(editor.document.uri, (d) => placeholders(d).length > 3)).sort((a, b) =>
      a.range.start.compareTo(b.range.start),
    );
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('gongwen.nextPlaceholder');
    assert.ok(editor.selection.isEqual(new vscode.Selection(blanks[0]!.range.start, blanks[0]!.range.end)));
    await vscode.commands.executeCommand('gongwen.nextPlaceholder');
    assert.ok(editor.selection.isEqual(new vscode.Selection(blanks[1]!.range.start, blanks[1]!.range.end)));
    await vscode.commands.executeCommand('gongwen.previousPlaceholder');
    assert.ok(editor.selection.isEqual(new vscode.Selection(blanks[0]!.range.start, blanks[0]!.range.end)));
    await vscode.commands.executeCommand('gongwen.previousPlaceholder');
    const last = blanks[blanks.length - 1]!;
    assert.ok(editor.selection.isEqual(new vscode.Selection(last.range.start, last.range.end)), 'wraps to the last blank');
  });

  it('the real input box shows the sentence with the blank marked', async () => {
    const editor = await open('speech-draft.txt');
    const [blank] = placeholders(await diagnosticsWhen(editor.document.uri, (d) => placeholders(d).length > 0)).filter((d) => d.message.includes('亿') || d.message.includes('万吨'));
    assert.ok(blank);
    editor.selection = new vscode.Selection(blank.range.start, blank.range.start);
    const filling = vscode.commands.executeCommand('gongwen.fillPlaceholder');
    await screenshot('fill', '.quick-input-widget .quick-input-message');
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    await filling;
  });
});

describe('outline', () => {
  it('source.fixAll.gongwen repairs the numbering and the marker styles', async () => {
    const editor = await open('outline.txt');
    const uri = editor.document.uri;
    await diagnosticsWhen(uri, (d) => d.some((x) => codeOf(x) === 'heading-sequence'));
    await applyFixAll(uri);
    assert.equal(
      editor.document.getText(),
      [
        '关于做好秋冬季农业生产工作的讲话',
        '一、总体情况',
        '（一）粮食生产总体稳定。',
        '（二）农村环境持续改善。',
        '（三）项目建设有序推进。',
        '（四）基层治理不断加强。',
        '二、存在问题',
        '1.基础还不牢固。',
        '2.群众参与不够。',
        '三、下步打算',
        '　　一是提高认识，二是压实责任，三是强化督导。',
        '',
      ].join('\n'),
    );
    const after = await diagnosticsWhen(uri, (d) => d.length === 0);
    assert.deepEqual(after, []);
  });

  it('gives the heading tree to the Outline view', async () => {
    const editor = await open('outline.txt');
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri);
    assert.deepEqual(
      symbols.map((s) => [s.name, s.children.map((c) => c.name)]),
      [
        ['一、总体情况', ['（一）粮食生产总体稳定。', '（二）农村环境持续改善。', '（三）项目建设有序推进。', '（四）基层治理不断加强。']],
        ['二、存在问题', ['1.基础还不牢固。', '2.群众参与不够。']],
        ['三、下步打算', []],
      ],
    );
    await vscode.commands.executeCommand('outline.focus');
    await screenshot('outline', '.outline-pane .monaco-list-row');
  });
});

describe('configuration', () => {
  afterEach(async () => {
    await vscode.workspace.getConfiguration('gongwen').update('rules', undefined, vscode.ConfigurationTarget.Workspace);
  });

  it('gongwen.rules switches a rule off without a reload', async () => {
    const editor = await open('speech-draft.txt');
    const uri = editor.document.uri;
    await diagnosticsWhen(uri, (d) => placeholders(d).length > 0);
    await vscode.workspace.getConfiguration('gongwen').update('rules', { placeholder: 'off' }, vscode.ConfigurationTarget.Workspace);
    const off = await diagnosticsWhen(uri, (d) => d.length > 0 && placeholders(d).length === 0);
    assert.ok(off.some((d) => codeOf(d) === 'heading-sequence'), 'the other rules still report');
    await vscode.workspace.getConfiguration('gongwen').update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    await diagnosticsWhen(uri, (d) => placeholders(d).length > 0);
  });

  it('an edit of .gongwenrc.json takes effect', async () => {
    const editor = await open('project/report.txt');
    const uri = editor.document.uri;
    const errors = await diagnosticsWhen(uri, (d) => d.length === 2);
    assert.ok(errors.every((d) => d.severity === vscode.DiagnosticSeverity.Error));
    const rc = workspaceFile('project/.gongwenrc.json');
    await vscode.workspace.fs.writeFile(rc, Buffer.from('{ "rules": { "placeholder": "warning" } }\n'));
    const warnings = await diagnosticsWhen(uri, (d) => d.length === 2 && d.every((x) => x.severity === vscode.DiagnosticSeverity.Warning));
    assert.equal(warnings.length, 2);
    assert.equal(ours(uri).length, 2);
  });

});

describe('highlighting', () => {
  const workbench = () => vscode.workspace.getConfiguration('workbench');
  after(async () => {
    await workbench().update('colorTheme', undefined, vscode.ConfigurationTarget.Global);
  });

  it('colours a .gw draft in a dark and a light theme', async () => {
    const editor = await open('highlight.gw');
    assert.equal(editor.document.languageId, 'gongwen');
    await diagnosticsWhen(editor.document.uri, (d) => placeholders(d).length === 10);
    const themes = [
      ['highlight-dark', 'Default Dark Modern', 'dark_modern'],
      ['highlight-light', 'Default Light Modern', 'light_modern'],
    ] as const;
    for (const [name, theme, file] of themes) {
      await workbench().update('colorTheme', theme, vscode.ConfigurationTarget.Global);
      // On screen once the workbench wears the theme and the editor shows tokens (bold: headings,
      // from the grammar) and the squiggles of the diagnostics.
      await screenshot(name, `.monaco-workbench.vscode-theme-defaults-themes-${file}-json .monaco-editor:has(.squiggly-error):has(.view-line .mtkb)`);
    }
  });
});

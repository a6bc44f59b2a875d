/// <reference types="mocha" />
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { diagnosticsWhen, open, workspaceFile } from './helpers.js';

describe('an invalid .gongwenrc.json', () => {
  it('is marked where it is wrong while the drafts are still linted; fixing it clears the marks', async () => {
    const rc = workspaceFile('project/.gongwenrc.json');
    const original = await vscode.workspace.fs.readFile(rc);
    const report = (await open('project/report.txt')).document.uri;
    await diagnosticsWhen(report, (d) => d.length === 2);
    try {
      await vscode.workspace.fs.writeFile(rc, Buffer.from('{\n  "rules": { "placeholder": "loud", "nope": "off" }\n}\n'));
      const marks = await diagnosticsWhen(rc, (d) => d.length === 2);
      assert.deepEqual(
        marks.map((d) => [d.range.start.line, d.range.start.character, d.range.end.character, d.severity]),
        [
          [1, 13, 34, vscode.DiagnosticSeverity.Error],
          [1, 36, 49, vscode.DiagnosticSeverity.Error],
        ],
      );
      assert.match(marks[1]!.message, /^未知规则「nope」/);
      const drafts = await diagnosticsWhen(report, (d) => d.length === 2);
      assert.ok(drafts.every((d) => d.severity === vscode.DiagnosticSeverity.Error), 'the default severity');
    } finally {
      await vscode.workspace.fs.writeFile(rc, original);
    }
    await diagnosticsWhen(rc, (d) => d.length === 0);
  });
});

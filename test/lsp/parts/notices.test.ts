import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CheckedConfigFile } from '../../../server/src/lsp/config-file-check.js';
import { Notices } from '../../../server/src/lsp/notices.js';
import { CONFIG_FILE_PROBLEMS, type ConfigFileProblemsParams } from '../../../server/src/protocol.js';

function recorder() {
  const shown: string[] = [];
  const announced: ConfigFileProblemsParams[] = [];
  const show = (message: string) => {
    shown.push(message);
    return Promise.resolve(undefined);
  };
  const quiet = () => undefined;
  const connection = {
    console: { warn: quiet, error: quiet, info: quiet, log: quiet },
    window: { showWarningMessage: show, showInformationMessage: show },
    sendNotification: (method: string, params: ConfigFileProblemsParams) => {
      assert.equal(method, CONFIG_FILE_PROBLEMS);
      announced.push(params);
      return Promise.resolve();
    },
  };
  return { shown, announced, notices: new Notices(connection as unknown as ConstructorParameters<typeof Notices>[0], 'en') };
}

/** A checked config file with these problems, each on its own line. */
function checked(...problems: string[]): CheckedConfigFile {
  return {
    path: '/work/.gongwenrc.json',
    uri: 'file:///work/.gongwenrc.json',
    raw: {},
    errors: problems.map((p) => ({ path: `rules.${p}`, message: 'unknown rule' })),
    diagnostics: problems.map((_, i) => ({ range: { start: { line: i, character: 2 }, end: { line: i, character: 9 } }, message: 'unknown rule' })),
  };
}

describe('Notices', () => {
  const problem = { path: 'gongwen.enable', message: 'expected true or false' };

  it('settings problems: once while they last, again after they were fixed', () => {
    const { shown, notices } = recorder();
    notices.settingsProblems([problem]);
    notices.settingsProblems([problem]);
    notices.settingsChanged();
    notices.settingsProblems([problem]);
    assert.equal(shown.length, 1, 'still there after an unrelated change');
    notices.settingsChanged();
    notices.settingsProblems([]);
    notices.settingsChanged();
    notices.settingsProblems([problem]);
    assert.equal(shown.length, 2, 'back after a fix');
    assert.equal(shown[1], '公文校对: invalid configuration in settings gongwen.*; the invalid parts are ignored. gongwen.enable: expected true or false');
  });

  it('settings problems: A, then B, then A again while typing is announced once, until the settings are valid', () => {
    const { shown, notices } = recorder();
    const other = { path: 'gongwen.maxFileSize', message: 'expected a positive integer' };
    for (const errors of [[problem], [other], [problem]]) {
      notices.settingsChanged();
      notices.settingsProblems(errors);
    }
    assert.equal(shown.length, 2);
    notices.settingsChanged();
    notices.settingsProblems([]);
    notices.settingsChanged();
    notices.settingsProblems([problem]);
    assert.equal(shown.length, 3);
  });

  it('config file problems go to the client: the new ones first, A → B → A once, again after the file was valid', () => {
    const { shown, announced, notices } = recorder();
    notices.fileProblems(checked('a'));
    notices.fileProblems(checked('a'));
    notices.fileProblems(checked('a', 'b'));
    notices.fileProblems(checked('b'));
    notices.fileProblems(checked('a'));
    assert.deepEqual(
      announced.map((a) => a.problems.map((p) => [p.text, p.line, p.character])),
      [
        [['rules.a: unknown rule', 0, 2]],
        [['rules.b: unknown rule', 1, 2], ['rules.a: unknown rule', 0, 2]],
      ],
    );
    assert.equal(announced[0]!.uri, 'file:///work/.gongwenrc.json');
    notices.fileProblems(checked());
    notices.fileProblems(checked('a'));
    assert.equal(announced.length, 3, 'valid in between: news again');
    assert.deepEqual(shown, [], 'the client shows them');
  });

  it('a document too large: once until it is closed, named without its folder or scheme', () => {
    const { shown, notices } = recorder();
    notices.fileTooLarge('untitled:Untitled-1', 2048, 1024);
    notices.fileTooLarge('untitled:Untitled-1', 4096, 1024);
    notices.documentClosed('untitled:Untitled-1');
    notices.fileTooLarge('file:///tmp/%E8%8D%89%E7%A8%BF.txt', 3 * 1024 * 1024, 1024 * 1024);
    assert.deepEqual(shown, [
      '公文校对: Untitled-1 is 2.0 KB, over the limit of 1.0 KB (setting gongwen.maxFileSize); it is not checked.',
      '公文校对: 草稿.txt is 3.0 MB, over the limit of 1.0 MB (setting gongwen.maxFileSize); it is not checked.',
    ]);
  });

  it('a failing rule: once per rule', () => {
    const { shown, notices } = recorder();
    const failure = (ruleId: string) => ({ ruleId, severity: 'error' as const, message: `rule "${ruleId}" failed internally and was skipped: boom`, range: [0, 0] as const });
    notices.ruleFailed(failure('placeholder'));
    notices.ruleFailed(failure('placeholder'));
    notices.ruleFailed(failure('figure-conflict'));
    assert.equal(shown.length, 2);
  });
});

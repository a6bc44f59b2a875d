import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Notices } from '../../server/src/server/notices.js';

function recorder() {
  const shown: string[] = [];
  const show = (message: string) => {
    shown.push(message);
    return Promise.resolve(undefined);
  };
  const quiet = () => undefined;
  const connection = {
    console: { warn: quiet, error: quiet, info: quiet, log: quiet },
    window: { showWarningMessage: show, showInformationMessage: show, showDocument: () => Promise.resolve({ success: true }) },
  };
  return { shown, notices: new Notices(connection as unknown as ConstructorParameters<typeof Notices>[0], 'en', false) };
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

import * as vscode from 'vscode';
import { SPEECH_LENGTH } from '../../server/src/protocol.js';
import { t } from './i18n.js';
import { observedItem } from './observed-item.js';
import type { PublishedVersions } from './published-versions.js';
import { ask } from './server-requests.js';

export interface SpeechLengthStatus extends vscode.Disposable {
  /** What the item shows now, or undefined while it is hidden (for tests). */
  readonly text: string | undefined;
  /** Fires with each new text (undefined: hidden), so that tests wait on it rather than poll. */
  readonly onDidChange: vscode.Event<string | undefined>;
}

/**
 * The status bar item 「8,560 字 · 约 39 分钟」 for the active linted document: its length and how
 * long it takes to read aloud at `gongwen.speechRate` characters a minute. The language server
 * counts it on the model it lints; the item asks again at each of its publishes for the document.
 * While the user types, the last count stays; a document the server has not linted (not yet, or
 * skipped as too large or garbled) shows none.
 */
export function speechLengthStatus(isLinted: (document: vscode.TextDocument) => boolean, published: PublishedVersions): SpeechLengthStatus {
  const observed = observedItem('gongwen.speechLength', 99);
  const { item, show } = observed;
  item.name = t('gongwen-lint: speech length');
  item.command = { title: t('Set the speaking rate'), command: 'workbench.action.openSettings', arguments: ['gongwen.speechRate'] };
  /** Only the answer to the latest question is shown: answers to earlier ones may come later. */
  let asked = 0;

  const update = async () => {
    const question = ++asked;
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !isLinted(document)) {
      show(undefined);
      return;
    }
    const rate = vscode.workspace.getConfiguration('gongwen', document.uri).get<unknown>('speechRate');
    const length = await ask(SPEECH_LENGTH, { uri: document.uri.toString(), rate });
    if (question !== asked) return;
    if (!length) {
      show(undefined);
      return;
    }
    item.text = length.text;
    item.tooltip = t(
      'About {0} characters: some {1} min read aloud at {2} characters a minute.\nCounts Chinese characters, letters, digits and the spoken % and decimal point; not whitespace, punctuation, heading numbers (一、 （一） 1. （1） ① 第X条), URLs or Markdown code.\nClick to set the rate (gongwen.speechRate).',
      length.count,
      length.minutes,
      length.rate,
    );
    show(item.text);
  };
  const refresh = () => void update();
  const ifActive = (uri: vscode.Uri | undefined) => {
    if (!uri || uri.toString() === vscode.window.activeTextEditor?.document.uri.toString()) refresh();
  };

  refresh();
  const subscriptions = vscode.Disposable.from(
    observed,
    vscode.window.onDidChangeActiveTextEditor(refresh),
    // Each publish of the server (a new count), and its restarts.
    published.onDidChange(ifActive),
    // A change of language closes and reopens the document, with no change of editor.
    vscode.workspace.onDidOpenTextDocument((document) => ifActive(document.uri)),
    vscode.workspace.onDidCloseTextDocument((document) => ifActive(document.uri)),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('gongwen')) refresh();
    }),
  );
  return {
    get text() {
      return observed.text;
    },
    onDidChange: observed.onDidChange,
    dispose() {
      asked++;
      subscriptions.dispose();
    },
  };
}

import * as vscode from 'vscode';
// From the module itself, not the core's index: the bundle then leaves out the rules.
import { DEFAULT_SPEECH_RATE, SPEECH_RATE_RANGE, formatSpeechStats, groupThousands, speechStats } from '../../server/src/core/model/stats.js';
import { locale, t } from './i18n.js';
import { observedItem } from './observed-item.js';

/** How long to wait after the last keystroke before counting again. */
const DEBOUNCE_MS = 300;

export interface SpeechLengthStatus extends vscode.Disposable {
  /** What the item shows now, or undefined while it is hidden (for tests). */
  readonly text: string | undefined;
  /** Fires with each new text (undefined: hidden), so that tests wait on it rather than poll. */
  readonly onDidChange: vscode.Event<string | undefined>;
}

/**
 * The status bar item 「8,560 字 · 约 39 分钟」 for the active linted document: its length and
 * how long it takes to read aloud at `gongwen.speechRate` characters a minute. Counted in the
 * extension host with the lint core's `speechStats`, again shortly after each edit.
 */
export function speechLengthStatus(isLinted: (document: vscode.TextDocument) => boolean): SpeechLengthStatus {
  const observed = observedItem('gongwen.speechLength', 99);
  const { item, show } = observed;
  item.name = t('gongwen-lint: speech length');
  item.command = { title: t('Set the speaking rate'), command: 'workbench.action.openSettings', arguments: ['gongwen.speechRate'] };
  let timer: ReturnType<typeof setTimeout> | undefined;

  const update = () => {
    clearTimeout(timer);
    timer = undefined;
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !isLinted(document)) {
      show(undefined);
      return;
    }
    const rate = speechRate(document);
    const stats = speechStats(document.getText(), document.languageId === 'markdown' ? 'markdown' : 'plain', rate);
    item.text = formatSpeechStats(stats, locale);
    item.tooltip = t(
      'About {0} characters: some {1} min read aloud at {2} characters a minute.\nCounts Chinese characters, letters, digits and the spoken % and decimal point; not whitespace, punctuation, heading numbers (一、 （一） 1. （1） ① 第X条), URLs or Markdown code.\nClick to set the rate (gongwen.speechRate).',
      groupThousands(stats.characters),
      stats.minutes,
      rate,
    );
    show(item.text);
  };
  const ifActive = (document: vscode.TextDocument) => {
    if (document.uri.toString() === vscode.window.activeTextEditor?.document.uri.toString()) update();
  };
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(update, DEBOUNCE_MS);
  };

  update();
  const subscriptions = vscode.Disposable.from(
    observed,
    vscode.window.onDidChangeActiveTextEditor(update),
    // A change of language closes and reopens the document, with no change of editor.
    vscode.workspace.onDidOpenTextDocument(ifActive),
    vscode.workspace.onDidCloseTextDocument(ifActive),
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.document === vscode.window.activeTextEditor?.document) later();
    }),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('gongwen')) update();
    }),
  );
  return {
    get text() {
      return observed.text;
    },
    onDidChange: observed.onDidChange,
    dispose() {
      clearTimeout(timer);
      subscriptions.dispose();
    },
  };
}

/** The setting, kept within its bounds: VS Code shows a bad value as a warning but still hands it over. */
function speechRate(document: vscode.TextDocument): number {
  const value = vscode.workspace.getConfiguration('gongwen', document.uri).get<number>('speechRate', DEFAULT_SPEECH_RATE);
  if (typeof value !== 'number' || !Number.isFinite(value)) return DEFAULT_SPEECH_RATE;
  return Math.min(SPEECH_RATE_RANGE.max, Math.max(SPEECH_RATE_RANGE.min, Math.round(value)));
}

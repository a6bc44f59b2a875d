import * as vscode from 'vscode';
import type { FillAllArgs, FillArgs, LspRange, Range } from '../../server/src/protocol.js';
import { adjacentBlank, blankAt, fillAllEdits, fillEdit, fillRangeOf, identicalBlanks, shiftAfterEdit, type Blank } from './blank-list.js';
import { describeBlanks, freshBlanks, toVsRange, validateFill } from './blanks.js';
import { refuseReadOnly } from './docx-view.js';
import { t } from './i18n.js';
import { noPlaceholders } from './navigation.js';

/** How the fill commands ask for a value; replaceable so that tests can answer without a UI. */
export type Prompter = (options: vscode.InputBoxOptions) => Thenable<string | undefined>;

let prompter: Prompter = (options) => vscode.window.showInputBox(options);

export function setPrompter(next: Prompter | undefined): void {
  prompter = next ?? ((options) => vscode.window.showInputBox(options));
}

/**
 * Fill mode: asks for the blank (from the quick fix, or the one at or after the cursor), writes
 * the answer in place of the blank's characters only, then moves on to the next blank and asks
 * again, until Esc. What was filled stays; each fill is one undo step.
 */
export async function fillPlaceholder(args?: FillArgs): Promise<void> {
  const editor = await editorFor(args?.uri);
  if (!editor || refuseReadOnly(editor.document)) return;
  const document = editor.document;
  let { blanks } = await freshBlanks(document);
  let blank: Blank | undefined;
  if (args) {
    blank = locate(document, blanks, args.range);
    if (!blank) {
      void vscode.window.showWarningMessage(t('The document has changed and this placeholder is gone; please choose again.'));
      return;
    }
  } else {
    const offset = document.offsetAt(editor.selection.start);
    blank = blankAt(blanks, offset) ?? adjacentBlank(blanks, offset, 1, true);
    if (!blank) {
      noPlaceholders();
      return;
    }
  }
  let done = 0;
  // The version `blanks` describes: after our own edit it is one more; anything else means re-reading them.
  let known = document.version;
  while (blank) {
    if (document.version !== known) {
      const text = document.getText(toVsRange(document, blank.range));
      blanks = (await freshBlanks(document)).blanks;
      known = document.version;
      blank = relocate(document, blanks, blank, text);
      if (!blank) break;
    }
    const target = fillRangeOf(blank);
    editor.selection = new vscode.Selection(document.positionAt(target[0]), document.positionAt(target[1]));
    // In the middle of the editor: the input box sits over its first lines.
    editor.revealRange(toVsRange(document, blank.range), vscode.TextEditorRevealType.InCenter);
    const before = document.getText(toVsRange(document, blank.range));
    const value = await ask(document, blank, blanks.length, done);
    if (value === undefined) break;
    // The text may have changed while the box was open (an external edit, a formatter).
    if (document.version !== known) {
      blanks = (await freshBlanks(document)).blanks;
      known = document.version;
      const again = relocate(document, blanks, blank, before);
      if (!again) {
        void vscode.window.showWarningMessage(t('The document changed; this placeholder was not filled.'));
        break;
      }
      blank = again;
    }
    const edit = fillEdit(blank, value);
    const applied = await editor.edit((builder) => builder.replace(toVsRange(document, edit.range), edit.text));
    if (!applied) break;
    done++;
    known++;
    // Go on from the blanks we know, shifted by this edit, without waiting for the server.
    blanks = shiftAfterEdit(blanks, edit);
    if (blanks.length === 0) {
      void vscode.window.showInformationMessage(t('All placeholders are filled in.'));
      break;
    }
    blank = adjacentBlank(blanks, edit.range[0] + edit.text.length, 1, true);
  }
}

/** Fills every blank identical to the chosen one with one answer, as one undoable edit. */
export async function fillAllPlaceholders(args?: FillAllArgs): Promise<void> {
  const editor = await editorFor(args?.uri);
  if (!editor || refuseReadOnly(editor.document)) return;
  const document = editor.document;
  const { blanks } = await freshBlanks(document);
  const here = args ? undefined : blankAt(blanks, document.offsetAt(editor.selection.start));
  if (here && !here.shared) {
    // One value into every `X%` or `X亿元` of a speech is never what the writer means.
    void vscode.window.showWarningMessage(t('Each of these placeholders takes its own value: fill them in one by one with "Fill In Placeholder…".'));
    return;
  }
  const key = args?.key ?? here?.key;
  const targets = key === undefined ? [] : identicalBlanks(blanks, key).filter((b) => b.shared);
  if (targets.length === 0) {
    void vscode.window.showWarningMessage(t('No identical placeholders found.'));
    return;
  }
  // The prompt shows the blank the fix was chosen on, if it is still there.
  const chosen = args?.range && locate(document, targets, args.range);
  const first = chosen ?? targets[0]!;
  const version = document.version;
  editor.selections = targets.map((b) => new vscode.Selection(document.positionAt(fillRangeOf(b)[0]), document.positionAt(fillRangeOf(b)[1])));
  editor.revealRange(toVsRange(document, first.range), vscode.TextEditorRevealType.InCenter);
  const [described] = await describeBlanks(document, [first], TITLE_CHARS / 2);
  const value = await prompter({
    title: `${t('Fill in all {0} of "{1}"', targets.length, described!.label)}　${described!.sentence}`,
    prompt: `${t('expects')}：${described!.example}`,
    placeHolder: described!.example,
    ignoreFocusOut: true,
    validateInput: (input) => refusal(first, input),
  });
  if (value === undefined) return;
  const text = await normalized(first, value);
  if (document.version !== version) {
    void vscode.window.showWarningMessage(t('The document changed; nothing was filled. Please try again.'));
    return;
  }
  const edits = fillAllEdits(targets, text);
  await editor.edit((builder) => {
    for (const edit of edits) builder.replace(toVsRange(document, edit.range), edit.text);
  });
}

/**
 * The input box of fill mode: the sentence with the blank marked is its title, so it stays in view
 * when a refused answer puts the reason below the input, where the expected content was.
 */
async function ask(document: vscode.TextDocument, blank: Blank, total: number, done: number): Promise<string | undefined> {
  const [described] = await describeBlanks(document, [blank], TITLE_CHARS);
  const answer = await prompter({
    title: described!.sentence,
    prompt: `${t('expects')}：${described!.example}　${t('{0} filled, {1} left · Esc to stop', done, total)}`,
    placeHolder: described!.example,
    ignoreFocusOut: true,
    validateInput: (input) => refusal(blank, input),
  });
  return answer === undefined ? undefined : normalized(blank, answer);
}

// The sentence around the blank, cut to what the input box's title shows on one line.
const TITLE_CHARS = 36;

/** Why the server refuses `input` for the blank, or undefined: the input box shows it under the input. */
async function refusal(blank: Blank, input: string): Promise<string | undefined> {
  const r = await validateFill(blank, input);
  return r && !r.ok ? r.message : undefined;
}

/** The answer as the server tidies it (a unit typed again dropped); as typed when it cannot say. */
async function normalized(blank: Blank, input: string): Promise<string> {
  const r = await validateFill(blank, input);
  return r?.ok ? r.text : input.trim();
}

/**
 * The blank a quick fix was made for. When the document has changed since, the fresh diagnostics
 * must still have a blank at exactly that place (an edit elsewhere); otherwise there is none.
 */
function locate(document: vscode.TextDocument, blanks: readonly Blank[], range: LspRange): Blank | undefined {
  const start = document.offsetAt(new vscode.Position(range.start.line, range.start.character));
  const end = document.offsetAt(new vscode.Position(range.end.line, range.end.character));
  return blanks.find((b) => b.range[0] === start && b.range[1] === end);
}

/** After an edit elsewhere: the blank of the same kind and text nearest to where it was. */
function relocate(document: vscode.TextDocument, blanks: readonly Blank[], old: Blank, text: string): Blank | undefined {
  let best: Blank | undefined;
  for (const b of blanks) {
    if (b.key !== old.key || document.getText(toVsRange(document, b.range)) !== text) continue;
    if (!best || distance(b.range, old.range) < distance(best.range, old.range)) best = b;
  }
  return best && distance(best.range, old.range) < 200 ? best : undefined;
}

function distance(a: Range, b: Range): number {
  return Math.abs(a[0] - b[0]);
}

async function editorFor(uri: string | undefined): Promise<vscode.TextEditor | undefined> {
  if (!uri) return vscode.window.activeTextEditor;
  const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri);
  if (visible) return vscode.window.showTextDocument(visible.document, visible.viewColumn);
  return vscode.window.showTextDocument(vscode.Uri.parse(uri));
}

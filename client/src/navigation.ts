import * as vscode from 'vscode';
import { adjacentBlank } from '../../server/src/fill/blanks.js';
import { sentenceAround } from '../../server/src/fill/sentence.js';
import { fillRangeOf, type Blank } from '../../server/src/fill/types.js';
import { freshBlanks, toVsRange } from './blanks.js';
import { t } from './i18n.js';

/** Selects the next (or previous) blank after the selection, wrapping around the document. */
export async function gotoPlaceholder(direction: 1 | -1): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return;
  const document = editor.document;
  const { blanks } = await freshBlanks(document, 1000);
  const offset = document.offsetAt(direction === 1 ? editor.selection.end : editor.selection.start);
  const blank = adjacentBlank(blanks, offset, direction);
  if (!blank) {
    vscode.window.setStatusBarMessage(t('$(check) No placeholders'), 3000);
    return;
  }
  select(editor, blank);
}

/** A quick pick of every remaining blank with its sentence; picking one jumps there. */
export async function listPlaceholders(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return;
  const document = editor.document;
  const { blanks } = await freshBlanks(document, 1000);
  if (blanks.length === 0) {
    void vscode.window.showInformationMessage(t('This document has no unfilled placeholders.'));
    return;
  }
  const text = document.getText();
  type Item = vscode.QuickPickItem & { blank: Blank };
  const items: Item[] = blanks.map((blank) => ({
    label: sentenceAround(text, blank.range, 48),
    description: `${t('line {0}', document.positionAt(blank.range[0]).line + 1)} · ${blank.message}`,
    blank,
  }));
  const original = editor.selection;
  const pick = vscode.window.createQuickPick<Item>();
  pick.title = t('Unfilled placeholders ({0})', blanks.length);
  pick.placeholder = t('Type to filter; Enter to go there');
  pick.items = items;
  pick.matchOnDescription = true;
  pick.onDidChangeActive((active) => {
    const blank = active[0]?.blank;
    if (blank) editor.revealRange(toVsRange(document, blank.range), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  });
  const chosen = await new Promise<Blank | undefined>((resolve) => {
    pick.onDidAccept(() => resolve(pick.selectedItems[0]?.blank));
    pick.onDidHide(() => resolve(undefined));
    pick.show();
  });
  pick.dispose();
  // Opened from the status bar, the focus would stay there: give it back to the editor.
  const focused = await vscode.window.showTextDocument(document, editor.viewColumn);
  if (chosen) select(focused, chosen);
  else focused.revealRange(original, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

function select(editor: vscode.TextEditor, blank: Blank): void {
  const [start, end] = fillRangeOf(blank);
  const document = editor.document;
  editor.selection = new vscode.Selection(document.positionAt(start), document.positionAt(end));
  editor.revealRange(toVsRange(document, blank.range), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

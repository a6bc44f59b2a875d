import * as vscode from 'vscode';
import { adjacentBlank, blankAt, fillRangeOf, type Blank } from './blank-list.js';
import { describeBlanks, freshBlanks, toVsRange } from './blanks.js';
import { t } from './i18n.js';

/** How much of the sentence a row of the placeholder list shows: short enough that the blank stays in sight. */
const ROW_CHARS = 24;

export type PlaceholderItem = vscode.QuickPickItem & { readonly blank: Blank };

const statusMessages = new vscode.EventEmitter<string>();
/** Fires with each message put in the status bar (for tests: VS Code offers no way to read it back). */
export const onDidShowStatusMessage = statusMessages.event;

const listsShown = new vscode.EventEmitter<vscode.QuickPick<PlaceholderItem>>();
/** Fires with the placeholder list once it is shown (for tests, which drive it). */
export const onDidShowPlaceholderList = listsShown.event;

/** Says, for a moment in the status bar, that the document has no blank to go to. */
export function noPlaceholders(): void {
  const message = t('$(check) No placeholders');
  vscode.window.setStatusBarMessage(message, 3000);
  statusMessages.fire(message);
}

/** Selects the next (or previous) blank after the selection, wrapping around the document. */
export async function gotoPlaceholder(direction: 1 | -1): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return;
  const document = editor.document;
  const { blanks } = await freshBlanks(document, 1000);
  const offset = document.offsetAt(direction === 1 ? editor.selection.end : editor.selection.start);
  const blank = adjacentBlank(blanks, offset, direction);
  if (!blank) {
    noPlaceholders();
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
  const { items, active } = await placeholderItems(document, blanks, document.offsetAt(editor.selection.start));
  const original = editor.selection;
  const pick = vscode.window.createQuickPick<PlaceholderItem>();
  pick.title = t('Unfilled placeholders ({0})', blanks.length);
  pick.placeholder = t('Type to filter; Enter to go there');
  pick.items = items;
  pick.activeItems = active ? [active] : [];
  pick.matchOnDescription = true;
  // Rows stay in document order while filtering. The property is in the API of VS Code 1.100
  // (no proposal needed) but not in @types/vscode 1.91.
  (pick as vscode.QuickPick<PlaceholderItem> & { sortByLabel: boolean }).sortByLabel = false;
  pick.onDidChangeActive((rows) => {
    const blank = rows[0]?.blank;
    if (blank) editor.revealRange(toVsRange(document, blank.range), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  });
  const chosen = await new Promise<Blank | undefined>((resolve) => {
    pick.onDidAccept(() => resolve(pick.selectedItems[0]?.blank));
    pick.onDidHide(() => resolve(undefined));
    pick.show();
    listsShown.fire(pick);
  });
  pick.dispose();
  // Opened from the status bar, the focus would stay there: give it back to the editor.
  const focused = await vscode.window.showTextDocument(document, editor.viewColumn);
  if (chosen) select(focused, chosen);
  else focused.revealRange(original, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/**
 * The rows of the placeholder list, in document order: the words around each blank, with the
 * blank marked, and what belongs in it on which line; `active` is the first at or after `offset`.
 */
async function placeholderItems(document: vscode.TextDocument, blanks: readonly Blank[], offset: number): Promise<{ items: PlaceholderItem[]; active: PlaceholderItem | undefined }> {
  const described = await describeBlanks(document, blanks, ROW_CHARS);
  const items = blanks.map((blank, i) => ({
    label: described[i]!.sentence,
    description: `${blank.what} · ${t('line {0}', document.positionAt(blank.range[0]).line + 1)}`,
    blank,
  }));
  const current = blankAt(blanks, offset) ?? adjacentBlank(blanks, offset, 1, true);
  return { items, active: items.find((item) => item.blank === current) };
}

function select(editor: vscode.TextEditor, blank: Blank): void {
  const [start, end] = fillRangeOf(blank);
  const document = editor.document;
  editor.selection = new vscode.Selection(document.positionAt(start), document.positionAt(end));
  editor.revealRange(toVsRange(document, blank.range), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ruleById } from '../../server/src/core/index.js';
import { COMMANDS, DOCX_SCHEME, PLACEHOLDER_CODE } from '../../server/src/protocol.js';
import { ROOT } from '../helpers/paths.js';

describe('the protocol', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    activationEvents: string[];
    contributes: {
      commands: { command: string }[];
      menus: Record<string, { command: string; when?: string }[]>;
      customEditors: { viewType: string; selector: { filenamePattern: string }[]; priority: string }[];
    };
  };
  const client = readdirSync(join(ROOT, 'client/src'))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => readFileSync(join(ROOT, 'client/src', f), 'utf8'))
    .join('\n');

  it('names every command the extension contributes, and no other', () => {
    assert.deepEqual(Object.values(COMMANDS).sort(), pkg.contributes.commands.map((c) => c.command).sort());
  });

  it('has each command registered by the extension, once', () => {
    for (const key of Object.keys(COMMANDS)) {
      assert.equal(client.split(`registerCommand(COMMANDS.${key},`).length - 1, 1, `COMMANDS.${key}`);
    }
  });

  it('opens *.docx in the Word view, restores the view after a reload, and offers its commands where a .docx is', () => {
    const viewType = /export const DOCX_EDITOR = '([\w.]+)'/.exec(client)?.[1];
    assert.ok(viewType && client.includes('registerCustomEditorProvider(DOCX_EDITOR,'));
    assert.deepEqual(pkg.contributes.customEditors, [{ viewType, displayName: '%customEditor.docxView%', selector: [{ filenamePattern: '*.docx' }, { filenamePattern: '*.doc' }, { filenamePattern: '*.wps' }], priority: 'default' }]);
    assert.ok(pkg.activationEvents.includes(`onFileSystem:${DOCX_SCHEME}`), 'a restored view activates the extension');
    const where = (menu: string, command: string) => pkg.contributes.menus[menu]?.filter((m) => m.command === command).map((m) => m.when);
    // .doc and .wps too: the server reads them through LibreOffice, or says how to convert them.
    assert.deepEqual(where('explorer/context', COMMANDS.checkDocx), ['resourceExtname =~ /^\\.(docx|doc|wps)$/i']);
    assert.deepEqual(where('explorer/context', COMMANDS.annotateDocx), ['resourceExtname =~ /^\\.(docx|doc|wps)$/i']);
    assert.deepEqual(where('editor/title', COMMANDS.annotateDocx), [`resourceScheme == ${DOCX_SCHEME}`]);
    assert.deepEqual(where('editor/context', COMMANDS.annotateDocx), [`resourceScheme == ${DOCX_SCHEME}`]);
    // In the palette without a condition: invoked there, they ask for a file.
    assert.deepEqual(where('commandPalette', COMMANDS.checkDocx), []);
  });

  it('names the placeholder rule by its id', () => assert.equal(ruleById(PLACEHOLDER_CODE)?.id, PLACEHOLDER_CODE));
});

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ruleById } from '../../server/src/core/index.js';
import { COMMANDS, PLACEHOLDER_CODE } from '../../server/src/protocol.js';
import { ROOT } from '../helpers/paths.js';

describe('the protocol', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { contributes: { commands: { command: string }[] } };
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

  it('names the placeholder rule by its id', () => assert.equal(ruleById(PLACEHOLDER_CODE)?.id, PLACEHOLDER_CODE));
});

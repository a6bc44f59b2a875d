// The Mocha entry point VS Code calls in the extension host (extensionTestsPath).
import Mocha from 'mocha';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const FIRST = 'extension.e2e.js';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false });
  // The tour of the sample draft goes first: its screenshots show a workbench no other scenario has used.
  const files = readdirSync(__dirname).filter((f) => f.endsWith('.e2e.js')).sort((a, b) => Number(b === FIRST) - Number(a === FIRST) || a.localeCompare(b));
  for (const file of files) mocha.addFile(join(__dirname, file));
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} end-to-end test(s) failed`)) : resolve()));
  });
}

// `npm run package`: the .vsix, built by @vscode/vsce from a minified bundle (vscode:prepublish),
// without node_modules. Fails when it grows past 1 MB or lacks a file the extension needs.
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const { name, version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const out = join(root, `${name}-${version}.vsix`);
const vsce = createRequire(import.meta.url).resolve('@vscode/vsce/vsce');
execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--out', out], { cwd: root, stdio: 'inherit' });

const listing = execFileSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { cwd: root, encoding: 'utf8' }).split('\n').filter(Boolean);
const required = ['dist/client.js', 'dist/server.js', 'package.json', 'README.md', 'LICENSE', 'images/icon.png', 'schemas/gongwenrc.schema.json', 'schemas/gongwenrc.editor.schema.json', 'syntaxes/gongwen.tmLanguage.json'];
const missing = required.filter((f) => !listing.includes(f));
if (missing.length > 0) throw new Error(`the .vsix lacks ${missing.join(', ')}`);
if (listing.some((f) => f.startsWith('node_modules/'))) throw new Error('the .vsix contains node_modules');
const bytes = statSync(out).size;
console.log(`${out}: ${(bytes / 1024).toFixed(0)} KB, ${listing.length} files`);
if (bytes > 1024 * 1024) throw new Error(`the .vsix is ${bytes} bytes, over the 1 MB budget`);

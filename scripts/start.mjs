// `npm start`: build everything, lint the sample draft through the CLI, then say how to use the extension.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const run = (args) => spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });

if (run([join(root, 'scripts/build.mjs')]).status !== 0) process.exit(1);
console.log('$ gongwen-lint samples/speech-draft.txt');
const lint = run([join(root, 'dist/cli.js'), 'samples/speech-draft.txt']);
// Exit code 1 means "findings", which the sample is written to have; 2 is a real failure.
if (lint.status === 2 || lint.status === null) process.exit(1);

console.log(`
构建完成 Built: dist/client.js (extension), dist/server.js (language server), dist/cli.js (CLI).

在 VS Code 中使用 / Use it in VS Code:
  · 用 VS Code 打开本目录，按 F5（“运行扩展”）启动扩展开发宿主；或
    open this folder in VS Code and press F5 (Run Extension); or
  · code --extensionDevelopmentPath="${root.replace(/\/$/, '')}" samples/speech-draft.txt

命令行 / CLI:  node dist/cli.js <文件|目录|glob …>   (npm link 后可直接用 gongwen-lint)
`);

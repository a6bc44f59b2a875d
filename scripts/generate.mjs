// Writes the artifacts derived from the rule registry (scripts/artifacts.ts, rule-docs.ts,
// config-schema.ts) and the usage text of docs/cli.md, taken from the CLI itself (scripts/cli-docs.ts).
import { build } from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
// The generators are TypeScript over the core: bundled once, then loaded.
const scripts = ['artifacts', 'rule-docs', 'config-schema', 'cli-docs'];
await build({
  entryPoints: scripts.map((name) => join(root, `scripts/${name}.ts`)),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  outdir: join(root, 'out/generate'),
  outExtension: { '.js': '.cjs' },
  logLevel: 'warning',
});
const load = createRequire(import.meta.url);
const [
  { manifestContributions, withManifestContributions, withRuleTable, README_PATHS, ruleIndex, RULE_INDEX_PATH },
  { ruleDocPaths, withRuleDocHead },
  { gongwenrcSchema, SCHEMA_PATH, editorSchema, EDITOR_SCHEMA_PATH },
  { CLI_DOC_PATH, withUsage },
] = scripts.map((name) => load(join(root, `out/generate/${name}.cjs`)));
mkdirSync(join(root, 'schemas'), { recursive: true });
writeFileSync(join(root, SCHEMA_PATH), `${JSON.stringify(gongwenrcSchema(), null, 2)}\n`);
writeFileSync(join(root, EDITOR_SCHEMA_PATH), `${JSON.stringify(editorSchema(), null, 2)}\n`);

const pkgPath = join(root, 'package.json');
const pkg = JSON.parse(readFileSync(pkgPath, 'utf8'));
writeFileSync(pkgPath, `${JSON.stringify(withManifestContributions(pkg), null, 2)}\n`);
const { strings } = manifestContributions();
writeFileSync(join(root, 'package.nls.json'), `${JSON.stringify(strings.bundle('en'), null, 2)}\n`);
writeFileSync(join(root, 'package.nls.zh-cn.json'), `${JSON.stringify(strings.bundle('zh'), null, 2)}\n`);

for (const [language, path] of Object.entries(README_PATHS)) {
  const readme = join(root, path);
  writeFileSync(readme, withRuleTable(readFileSync(readme, 'utf8'), language));
}
writeFileSync(join(root, RULE_INDEX_PATH), ruleIndex());
const cliDoc = join(root, CLI_DOC_PATH);
writeFileSync(cliDoc, withUsage(readFileSync(cliDoc, 'utf8')));
for (const { rule, path } of ruleDocPaths()) {
  const file = join(root, path);
  writeFileSync(file, withRuleDocHead(readFileSync(file, 'utf8'), rule));
}
console.log('updated package.json (settings, commands, description), package.nls*.json, schemas/gongwenrc.schema.json and gongwenrc.editor.schema.json, the rule tables of README.md and README.en.md, the index of docs/rules, the usage text in docs/cli.md and the head of each docs/rules page');

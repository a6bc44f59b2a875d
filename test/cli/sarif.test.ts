import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { RULES, docsUrl } from '../../server/src/core/index.js';
import { ROOT } from '../helpers/paths.js';
import { runCli } from '../helpers/run.js';

// The SARIF 2.1.0 JSON schema (draft-04), vendored from the npm package @microsoft/jest-sarif
// 1.0.0-beta.0 (MIT, Microsoft's sarif-js-sdk), lib/schemas/sarif-2.1.0-rtm.5.json, unchanged:
// the schema of SARIF 2.1.0 as published on SchemaStore. See test/cli/sarif-schema-2.1.0.md.
const schema = JSON.parse(readFileSync(join(ROOT, 'test/cli/sarif-schema-2.1.0.json'), 'utf8')) as object;
// Patterns without the `u` flag, as JSON Schema draft-04 means them: this schema's `language` pattern
// has a stray `]` that is a literal there but a syntax error in Unicode mode.
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(schema);

function assertValidSarif(log: unknown): void {
  const ok = validate(log);
  assert.ok(ok, `not valid SARIF 2.1.0: ${JSON.stringify(validate.errors?.slice(0, 5), null, 2)}`);
}

interface Region {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}
interface PhysicalLocation {
  artifactLocation: { uri?: string; uriBaseId?: string; description?: { text: string } };
  region: Region;
}
interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: { physicalLocation: PhysicalLocation }[];
  relatedLocations?: { id: number; physicalLocation: PhysicalLocation; message: { text: string } }[];
  fixes?: { description: { text: string }; artifactChanges: { artifactLocation: object; replacements: { deletedRegion: Region; insertedContent: { text: string } }[] }[] }[];
}
interface SarifLog {
  version: string;
  runs: {
    tool: { driver: { name: string; version: string; informationUri: string; rules: Record<string, any>[] } };
    columnKind: string;
    originalUriBaseIds: Record<string, { uri: string }>;
    results: SarifResult[];
  }[];
}
interface EslintFile {
  filePath: string;
  messages: { ruleId: string; severity: number; message: string; line: number; column: number; endLine: number; endColumn: number; fix?: { range: [number, number]; text: string } }[];
}

const DRAFT = [
  '在X区第X次党代会上的讲话',
  '　　𠮷𠮷村：全县粮食播种面积12.6万亩。我讲以下三个方面。',
  '一、抓生产',
  '（一）、稳面积',
  '　　全县粮食播种面积12.8万亩，满意率达到102%。',
  '二、抓环境',
].join('\r\n');

let dir: string;
let sarif: SarifLog;
let eslint: EslintFile[];
let version: string;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'gongwen-sarif-'));
  writeFileSync(join(dir, '讲话稿.txt'), DRAFT);
  mkdirSync(join(dir, 'sub dir'));
  cpSync(join(ROOT, 'test/cli/golden/notes.md'), join(dir, 'sub dir/notes.md'));
  cpSync(join(ROOT, 'test/cli/golden/gbk.txt'), join(dir, 'gbk.txt'));
  version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  const r = await runCli(['--format', 'sarif', '.'], { cwd: dir });
  assert.equal(r.stderr, '');
  assert.equal(r.code, 1, 'exit 1: there are errors');
  sarif = JSON.parse(r.stdout) as SarifLog;
  eslint = JSON.parse((await runCli(['--format', 'json', '.'], { cwd: dir })).stdout) as EslintFile[];
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe('--format sarif', () => {
  it('validates against the SARIF 2.1.0 schema', () => assertValidSarif(sarif));

  it('the validator is strict enough to catch a broken log', () => {
    const broken = structuredClone(sarif);
    broken.runs[0]!.results[0]!.level = 'warn';
    assert.equal(validate(broken), false);
    const zero = structuredClone(sarif);
    zero.runs[0]!.results[0]!.locations[0]!.physicalLocation.region.startLine = 0;
    assert.equal(validate(zero), false);
    assert.equal(validate({ version: '2.1.0' }), false, 'runs is required');
  });

  it('has one run with the tool, every registered rule and UTF-16 columns', () => {
    assert.equal(sarif.version, '2.1.0');
    assert.equal(sarif.runs.length, 1);
    const run = sarif.runs[0]!;
    const driver = run.tool.driver;
    assert.equal(driver.name, 'gongwen-lint');
    assert.equal(driver.version, version);
    assert.equal(driver.informationUri, 'https://github.com/gongwen-lint/gongwen-lint');
    assert.equal(run.columnKind, 'utf16CodeUnits');
    assert.deepEqual(
      driver.rules.map((r) => r['id']),
      RULES.map((r) => r.id),
    );
    const levels: Record<string, string> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };
    for (const [i, rule] of RULES.entries()) {
      const d = driver.rules[i]!;
      assert.equal(d['helpUri'], docsUrl(rule));
      assert.equal(d['shortDescription'].text, rule.description['zh-CN']);
      assert.equal(d['fullDescription'].text, rule.explanation['zh-CN']);
      assert.equal(d['defaultConfiguration'].level, levels[rule.defaultSeverity]);
      assert.match(d['name'], /^[A-Z][A-Za-z]+$/);
    }
  });

  it('gives files relative to %SRCROOT%, percent-encoded, with the base in originalUriBaseIds', () => {
    const run = sarif.runs[0]!;
    assert.deepEqual(run.originalUriBaseIds, { '%SRCROOT%': { uri: `${pathToFileURL(dir).href}/` } });
    const uris = new Set(run.results.map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri));
    assert.deepEqual([...uris].sort(), ['gbk.txt', 'sub%20dir/notes.md', '%E8%AE%B2%E8%AF%9D%E7%A8%BF.txt'].sort());
    for (const r of run.results) assert.equal(r.locations[0]!.physicalLocation.artifactLocation.uriBaseId, '%SRCROOT%');
  });

  it('has the results of the JSON output: same rules, levels, messages and regions', () => {
    const run = sarif.runs[0]!;
    const fromJson = eslint.flatMap((f) =>
      f.messages.map((m) => [m.ruleId, m.severity, m.message, m.line, m.column, m.endLine, m.endColumn].join('|')),
    );
    const fromSarif = run.results.map((r) => {
      const { startLine, startColumn, endLine, endColumn } = r.locations[0]!.physicalLocation.region;
      return [r.ruleId, r.level === 'error' ? 2 : 1, r.message.text, startLine, startColumn, endLine, endColumn].join('|');
    });
    assert.deepEqual(fromSarif, fromJson);
    assert.ok(fromSarif.length >= 10, `${fromSarif.length} results`);
    for (const r of run.results) assert.equal(run.tool.driver.rules[r.ruleIndex]!['id'], r.ruleId);
  });

  it('counts columns in UTF-16 code units after astral characters', () => {
    // `　　𠮷𠮷村：全县粮食播种面积12.6万亩`: an indent of 2, two surrogate pairs (4 code units, 2 code
    // points) and 10 characters come before the figure: column 17, not 15.
    const figure = sarif.runs[0]!.results.find((r) => r.ruleId === 'figure-conflict')!;
    const related = figure.relatedLocations![0]!.physicalLocation.region;
    assert.deepEqual(related, { startLine: 2, startColumn: 17, endLine: 2, endColumn: 23 });
    const text = DRAFT.split('\r\n')[1]!;
    assert.equal(text.slice(related.startColumn - 1, related.endColumn - 1), '12.6万亩');
  });

  it('carries related locations and fixes; the automatic fix is the one in the JSON output', () => {
    const run = sarif.runs[0]!;
    const count = run.results.find((r) => r.ruleId === 'count-mismatch');
    assert.ok(count?.relatedLocations && count.relatedLocations.length > 0, 'count-mismatch names the items it counted');
    assert.ok(count.fixes?.some((f) => f.description.text.includes('改为')), 'its suggestion is a fix');
    const lines = DRAFT.split('\r\n');
    const offset = (line: number, column: number) => lines.slice(0, line - 1).reduce((n, l) => n + l.length + 2, 0) + column - 1;
    const draftJson = eslint.find((f) => f.filePath.endsWith('讲话稿.txt'))!;
    let checked = 0;
    for (const [i, r] of run.results.filter((x) => x.locations[0]!.physicalLocation.artifactLocation.uri!.startsWith('%E8')).entries()) {
      const jsonFix = draftJson.messages[i]!.fix;
      const auto = r.fixes?.find((f) => f.description.text === '自动修复');
      assert.equal(Boolean(auto), Boolean(jsonFix), `${r.ruleId}: a fix in both outputs or in neither`);
      if (!auto || !jsonFix) continue;
      const [replacement] = auto.artifactChanges[0]!.replacements;
      const { startLine, startColumn, endLine, endColumn } = replacement!.deletedRegion;
      assert.deepEqual([offset(startLine, startColumn), offset(endLine, endColumn)], jsonFix.range);
      assert.equal(replacement!.insertedContent.text, jsonFix.text);
      checked++;
    }
    assert.ok(checked >= 1, 'the heading-style fix was compared');
  });

  it('names a file outside the working directory by its file: URI, and stdin by a description', async () => {
    const outside = await runCli(['--format', 'sarif', '../讲话稿.txt'], { cwd: join(dir, 'sub dir') });
    const log = JSON.parse(outside.stdout) as SarifLog;
    assertValidSarif(log);
    assert.equal(log.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri, pathToFileURL(join(dir, '讲话稿.txt')).href);
    assert.equal(log.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uriBaseId, undefined);

    const stdin = await runCli(['--format', 'sarif', '-'], { cwd: dir, stdin: '完成投资X亿元。' });
    const fromStdin = JSON.parse(stdin.stdout) as SarifLog;
    assertValidSarif(fromStdin);
    assert.deepEqual(fromStdin.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation, { description: { text: '标准输入 standard input' } });
  });

  it('an empty run for a clean file, exit 0; English with --locale en', async () => {
    const clean = await runCli(['--format', 'sarif', '-'], { cwd: dir, stdin: '今年增长6.2%。' });
    assert.equal(clean.code, 0);
    const log = JSON.parse(clean.stdout) as SarifLog;
    assertValidSarif(log);
    assert.deepEqual(log.runs[0]!.results, []);
    assert.equal(log.runs[0]!.tool.driver.rules.length, RULES.length);

    const en = JSON.parse((await runCli(['--format', 'sarif', '--locale', 'en', '讲话稿.txt'], { cwd: dir })).stdout) as SarifLog;
    assertValidSarif(en);
    assert.equal(en.runs[0]!.tool.driver.rules[0]!['shortDescription'].text, RULES[0]!.description.en);
    assert.ok(en.runs[0]!.results.some((r) => /^Unfilled placeholder/.test(r.message.text)), 'the placeholder finding in English');
  });
});

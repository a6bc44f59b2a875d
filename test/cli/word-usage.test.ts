import Ajv from 'ajv';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { EDITOR_SCHEMA_PATH, SCHEMA_PATH } from '../../scripts/config-schema.js';
import { starterConfig } from '../../server/src/cli/init.js';
import { parseJsonc } from '../../server/src/node/jsonc.js';
import { ROOT } from '../helpers/paths.js';
import { runCli } from '../helpers/run.js';

// A user's own word list in .gongwenrc.json (issue 17): the CLI reports and fixes its entries, the
// schemas describe and complete `words` and `allow`, and --init writes both.
const RC = { rules: { 'word-usage': { words: { 协同办: '协同办公' }, allow: ['帐户'] } } };
const DRAFT = '推进协同办建设，开设个人帐户，全面布署。\n';

let dir: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'gongwen-word-usage-'));
  writeFileSync(join(dir, '.gongwenrc.json'), JSON.stringify(RC));
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe('word-usage words in .gongwenrc.json', () => {
  it('the CLI reports a words entry and the built-in list, and leaves an allowed form alone', async () => {
    writeFileSync(join(dir, 'draft.txt'), DRAFT);
    const r = await runCli(['--format', 'json', 'draft.txt'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    const messages = (JSON.parse(r.stdout) as { messages: { ruleId: string; message: string; column: number }[] }[])[0]!.messages;
    assert.deepEqual(
      messages.filter((m) => m.ruleId === 'word-usage').map((m) => [m.column, m.message]),
      [
        [3, '“协同办”应为“协同办公”（项目词表）'],
        [18, '“布署”应为“部署”'],
      ],
    );
  });

  it('--fix writes the right forms', async () => {
    writeFileSync(join(dir, 'fix.txt'), DRAFT);
    const r = await runCli(['--fix', 'fix.txt'], { cwd: dir });
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.equal(readFileSync(join(dir, 'fix.txt'), 'utf8'), '推进协同办公建设，开设个人帐户，全面部署。\n');
  });

  it('an entry mapped to itself is a configuration error, reported with its path', async () => {
    const sub = mkdtempSync(join(dir, 'self-'));
    writeFileSync(join(sub, '.gongwenrc.json'), JSON.stringify({ rules: { 'word-usage': { words: { 布署: '布署' } } } }));
    writeFileSync(join(sub, 'a.txt'), '全面布署。\n');
    const r = await runCli(['--format', 'json', 'a.txt'], { cwd: sub });
    assert.equal(r.code, 2);
    assert.equal(r.stderr, `gongwen-lint: ${join(sub, '.gongwenrc.json')}: rules.word-usage.words: “布署”的正确写法与它本身相同，这一项不起作用；删去它，或写出正确写法\n`);
  });
});

describe('word-usage in the schemas and --init', () => {
  const schema = (path: string) => JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as Record<string, any>;

  it('the strict schema accepts the rc above and rejects a words value that is not a string', () => {
    const validate = new Ajv({ strict: false, allErrors: true }).compile(schema(SCHEMA_PATH));
    assert.ok(validate(RC), JSON.stringify(validate.errors));
    assert.equal(validate({ rules: { 'word-usage': { words: { 协同办: 1 } } } }), false);
    assert.equal(validate({ rules: { 'word-usage': { words: { '': '空' } } } }), false);
  });

  it('the editor schema completes words and allow with their descriptions', () => {
    const own = schema(EDITOR_SCHEMA_PATH)['properties']['rules']['properties']['word-usage'];
    const options = (own['properties'] ?? own['anyOf']?.find((s: any) => s['properties'])?.['properties']) as Record<string, any>;
    assert.deepEqual(options['words']['default'], {});
    assert.match(options['words']['markdownDescription'], /项目自己的词表/);
    assert.deepEqual(options['allow']['default'], []);
    assert.match(options['allow']['markdownDescription'], /不报告的写法/);
  });

  it('--init writes words and allow for word-usage', () => {
    const parsed = parseJsonc(starterConfig());
    assert.ok(parsed.ok);
    const rc = parsed.value as { rules: Record<string, Record<string, unknown>> };
    assert.deepEqual(rc.rules['word-usage'], { severity: 'warning', words: {}, allow: [] });
  });
});

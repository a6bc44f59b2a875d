import Ajv from 'ajv';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { editorSchema, gongwenrcSchema } from '../../../scripts/config-schema.js';
import { ruleDocHead } from '../../../scripts/rule-docs.js';
import { configForFile, defaultConfig, defineRule, lint, normalizeConfig, type Locale } from '../../../server/src/core/index.js';
import { overrideGlobMatches } from '../../../server/src/node/glob.js';
import { testRuleMeta } from '../../helpers/rule-tester.js';

// Enum and map options, which no rule has yet: a rule built here has them, and validation, layering,
// the JSON schemas and the rule page are checked against it.
interface Options {
  readonly style: 'full' | 'half';
  readonly words: Readonly<Record<string, string>>;
}

const rule = defineRule<Options>()({
  ...testRuleMeta('test-options'),
  fixable: false,
  options: {
    style: {
      type: 'enum',
      values: ['full', 'half'],
      valueDescriptions: [
        { 'zh-CN': '全角', en: 'Full-width' },
        { 'zh-CN': '半角', en: 'Half-width' },
      ],
      default: 'full',
      description: { 'zh-CN': '标点宽度', en: 'Punctuation width' },
    },
    words: { type: 'map', default: { 截止目前: '截至目前' }, description: { 'zh-CN': '用词替换', en: 'Replacements' } },
  },
  messages: { found: { 'zh-CN': '「{word}」应为「{right}」（{style}）', en: '"{word}" should be "{right}" ({style})' } },
  check(ctx) {
    for (const [word, right] of Object.entries(ctx.options.words)) {
      const at = ctx.doc.text.indexOf(word);
      if (at >= 0) ctx.report({ range: [at, at + word.length], messageId: 'found', params: { word, right, style: ctx.options.style } });
    }
  },
});
const rules = [rule];
const normalize = (raw: unknown, locale: Locale = 'zh-CN') => normalizeConfig(raw, defaultConfig(rules), locale, {}, rules);
const optionsOf = (raw: unknown) => {
  const result = normalize({ rules: { 'test-options': raw } });
  assert.ok(result.ok, JSON.stringify(!result.ok && result.errors));
  return result.config.rules['test-options']!.options;
};

describe('enum and map options', () => {
  it('have their defaults, and reach the rule typed', () => {
    assert.deepEqual(defaultConfig(rules).rules['test-options']!.options, { style: 'full', words: { 截止目前: '截至目前' } });
    const config = normalize({ rules: { 'test-options': { style: 'half', words: { 其它: '其他' } } } });
    assert.ok(config.ok);
    assert.deepEqual(
      lint('截止目前，其它', config.config, { rules }).map((f) => f.message),
      ['「截止目前」应为「截至目前」（half）', '「其它」应为「其他」（half）'],
    );
  });

  it('an enum takes one of its values, a map adds its entries over the layer below', () => {
    assert.deepEqual(optionsOf({ style: 'half' })['style'], 'half');
    assert.deepEqual(optionsOf({ words: { 其它: '其他' } })['words'], { 截止目前: '截至目前', 其它: '其他' });
    const settings = normalize({ rules: { 'test-options': { words: { 其它: '其他' } } } }).config;
    const rc = normalizeConfig({ rules: { 'test-options': { words: { 其它: '其它', 必须: '必需' } } } }, settings, 'zh-CN', {}, rules);
    assert.ok(rc.ok);
    assert.deepEqual(rc.config.rules['test-options']!.options['words'], { 截止目前: '截至目前', 其它: '其它', 必须: '必需' });
  });

  // [raw option values, path, zh message, en message]
  const invalid: [unknown, string, string, string][] = [
    [{ style: 'ful' }, 'rules.test-options.style', '应为 "full"、"half" 之一，实际为 string ("ful")，是否要写 "full"？', 'expected one of "full"、"half", got string ("ful"); did you mean "full"?'],
    [{ style: 'none' }, 'rules.test-options.style', '应为 "full"、"half" 之一，实际为 string ("none")', 'expected one of "full"、"half", got string ("none")'],
    [{ style: 1 }, 'rules.test-options.style', '应为 "full"、"half" 之一，实际为 number (1)', 'expected one of "full"、"half", got number (1)'],
    [{ words: ['截止目前'] }, 'rules.test-options.words', '应为对象（字符串 → 字符串），实际为 array', 'expected an object of strings (key → value), got array'],
    [{ words: '截至目前' }, 'rules.test-options.words', '应为对象（字符串 → 字符串），实际为 string ("截至目前")', 'expected an object of strings (key → value), got string ("截至目前")'],
    [{ words: { 其它: '其他', 截止: 1 } }, 'rules.test-options.words.截止', '应为字符串，实际为 number (1)', 'expected a string, got number (1)'],
    [{ words: { '': '空' } }, 'rules.test-options.words', '键不能为空字符串 ""', 'a key must not be the empty string ""'],
    [{ wrods: {} }, 'rules.test-options.wrods', '规则「test-options」没有选项「wrods」，是否要写「words」？', 'rule "test-options" has no option "wrods"; did you mean "words"?'],
  ];
  for (const [raw, path, zh, en] of invalid) {
    it(`reports ${JSON.stringify(raw)} at ${path} and keeps the value below`, () => {
      for (const [locale, message] of [['zh-CN', zh], ['en', en]] as const) {
        const result = normalize({ rules: { 'test-options': raw } }, locale);
        assert.ok(!result.ok);
        assert.deepEqual(result.errors, [{ path, message }]);
        assert.deepEqual(result.config.rules['test-options'], defaultConfig(rules).rules['test-options']);
      }
    });
  }

  it('validates against the rules given: ids, did-you-mean and overrides', () => {
    const unknown = normalize({ rules: { 'test-option': 'off', placeholder: 'off' } });
    assert.ok(!unknown.ok);
    assert.deepEqual(unknown.errors.map((e) => e.path), ['rules.test-option', 'rules.placeholder']);
    assert.equal(unknown.errors[0]!.message, '未知规则「test-option」，是否要写「test-options」？');
    const withOverride = normalizeConfig({ overrides: [{ files: '*.md', rules: { 'test-options': { style: 'half' } } }] }, defaultConfig(rules), 'zh-CN', { dir: '/d' }, rules);
    assert.ok(withOverride.ok, JSON.stringify(!withOverride.ok && withOverride.errors));
    assert.equal(configForFile(withOverride.config, '/d/a.md', overrideGlobMatches, rules).rules['test-options']!.options['style'], 'half');
  });
});

describe('enum and map options in the JSON schemas and on the rule page', () => {
  const schema = gongwenrcSchema(rules) as { properties: { rules: { properties: Record<string, { anyOf: { properties?: Record<string, unknown> }[] }> } } };
  const options = schema.properties.rules.properties['test-options']!.anyOf[1]!.properties!;

  it('the strict schema gives an enum its values and their meanings, a map string values under non-empty keys', () => {
    assert.deepEqual(options['style'], {
      type: 'string',
      enum: ['full', 'half'],
      enumDescriptions: ['全角 Full-width', '半角 Half-width'],
      default: 'full',
      markdownDescription: '标点宽度\n\nPunctuation width',
    });
    assert.deepEqual(options['words'], {
      type: 'object',
      propertyNames: { minLength: 1 },
      additionalProperties: { type: 'string' },
      default: { 截止目前: '截至目前' },
      markdownDescription: '用词替换\n\nReplacements',
    });
  });

  it('the strict schema and the linter agree', () => {
    const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);
    const valid = [{ style: 'half' }, { words: {} }, { words: { 其它: '其他' } }, { severity: 'off', style: 'full', words: { a: 'b' } }];
    const invalid = [{ style: 'ful' }, { style: 1 }, { words: [] }, { words: { a: 1 } }, { words: { '': 'x' } }, { words: 'x' }];
    for (const value of valid) {
      const raw = { rules: { 'test-options': value } };
      assert.ok(validate(raw), JSON.stringify([value, validate.errors]));
      assert.ok(normalize(raw).ok, JSON.stringify(value));
    }
    for (const value of invalid) {
      const raw = { rules: { 'test-options': value } };
      assert.equal(validate(raw), false, JSON.stringify(value));
      assert.equal(normalize(raw).ok, false, JSON.stringify(value));
    }
  });

  it('the editor schema rejects nothing but offers the enum values with their meanings', () => {
    const editor = editorSchema(rules) as { properties: { rules: { properties: Record<string, { properties: Record<string, Record<string, unknown>> }> } } };
    const own = editor.properties.rules.properties['test-options']!.properties;
    assert.deepEqual(own['style']!['defaultSnippets'], [
      { body: 'full', description: '全角 Full-width' },
      { body: 'half', description: '半角 Half-width' },
    ]);
    assert.equal(own['style']!['enum'], undefined);
    assert.deepEqual(Object.keys(own['words']!).sort(), ['default', 'markdownDescription']);
  });

  it('the rule page lists the enum values and names the map type', () => {
    const head = ruleDocHead(rule);
    assert.ok(head.includes('| `style` | 枚举 enum：`"full"` `"half"` | `"full"` | 标点宽度<br>Punctuation width<br>`"full"`：全角 Full-width<br>`"half"`：半角 Half-width |'), head);
    assert.ok(head.includes('| `words` | 字符串映射 string → string | `{"截止目前":"截至目前"}` |'), head);
  });
});

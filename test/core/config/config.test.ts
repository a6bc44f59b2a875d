import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { configForFile, DOCS_BASE_URL, defaultConfig, normalizeConfig } from '../../../server/src/core/index.js';
import { overrideGlobMatches } from '../../../server/src/node/glob.js';

describe('normalizeConfig', () => {
  it('returns the defaults for an empty object', () => {
    const result = normalizeConfig({});
    assert.ok(result.ok);
    assert.deepEqual(result.config, defaultConfig());
    assert.equal(result.config.rules['placeholder']!.severity, 'error');
  });

  it('accepts a severity string and an object with options', () => {
    const result = normalizeConfig({ rules: { placeholder: { severity: 'warning', allow: ['X光机'] } } });
    assert.ok(result.ok);
    assert.equal(result.config.rules['placeholder']!.severity, 'warning');
    assert.deepEqual(result.config.rules['placeholder']!.options['allow'], ['X光机']);
  });

  it('layers: a later layer wins, string lists add up', () => {
    const settings = normalizeConfig({ rules: { placeholder: { allow: ['甲'] } } }).config;
    const rc = normalizeConfig({ rules: { placeholder: { severity: 'info', allow: ['乙', '甲'] } } }, settings);
    assert.ok(rc.ok);
    assert.equal(rc.config.rules['placeholder']!.severity, 'info');
    assert.deepEqual(rc.config.rules['placeholder']!.options['allow'], ['甲', '乙']);
  });

  const invalid: [string, unknown, string, RegExp][] = [
    ['a non-object', [1, 2], '', /配置应为 JSON 对象，实际为 array/],
    ['an unknown top-level key', { rules: {}, rul: {} }, 'rul', /^未知的配置项「rul」，是否要写「rules」？$/],
    ['an unknown top-level key like none', { extends: 'x' }, 'extends', /^未知的配置项「extends」；可用：\$schema, locale, rules, overrides, documentDate, documentType, layout$/],
    ['an unknown rule', { rules: { placeholders: 'off' } }, 'rules.placeholders', /^未知规则「placeholders」，是否要写「placeholder」？$/],
    ['a bad severity', { rules: { placeholder: 'warn' } }, 'rules.placeholder', /应为 "off"、"hint"、"info"、"warning"、"error" 之一，实际为 string \("warn"\)/],
    ['a bad rule value', { rules: { placeholder: 3 } }, 'rules.placeholder', /实际为 number \(3\)/],
    ['a wrong option type', { rules: { placeholder: { allow: 'X光' } } }, 'rules.placeholder.allow', /应为字符串数组，实际为 string \("X光"\)/],
    ['a wrong list item', { rules: { placeholder: { allow: ['a', 2] } } }, 'rules.placeholder.allow[1]', /应为字符串，实际为 number \(2\)/],
    ['an unknown option', { rules: { placeholder: { alow: [] } } }, 'rules.placeholder.alow', /^规则「placeholder」没有选项「alow」，是否要写「allow」？$/],
    ['an unknown option like none', { rules: { placeholder: { ignore: [] } } }, 'rules.placeholder.ignore', /没有选项「ignore」；可用选项：severity, allow, patterns, regexPatterns$/],
    ['an unsafe regex', { rules: { placeholder: { regexPatterns: ['(a+)+b'] } } }, 'rules.placeholder.regexPatterns', /灾难性回溯/],
    ['an invalid regex', { rules: { placeholder: { regexPatterns: ['(abc'] } } }, 'rules.placeholder.regexPatterns', /不是有效的正则表达式/],
    ['a bad locale', { locale: 'fr' }, 'locale', /应为 "zh-CN" 或 "en"/],
  ];
  for (const [name, raw, path, message] of invalid) {
    it(`reports ${name} with its path and keeps the defaults`, () => {
      const result = normalizeConfig(raw);
      assert.equal(result.ok, false);
      assert.ok(!result.ok);
      assert.equal(result.errors.length, 1, JSON.stringify(result.errors));
      assert.equal(result.errors[0]!.path, path);
      assert.match(result.errors[0]!.message, message);
      assert.deepEqual(result.config.rules['placeholder'], defaultConfig().rules['placeholder']);
    });
  }

  it('keeps the valid parts of a partly invalid config', () => {
    const result = normalizeConfig({ rules: { placeholder: { severity: 'warning', allow: 5 } }, extra: 1 });
    assert.ok(!result.ok);
    assert.equal(result.errors.length, 2);
    assert.equal(result.config.rules['placeholder']!.severity, 'warning');
  });

  it('reports in English when the config asks for it', () => {
    const result = normalizeConfig({ locale: 'en', rules: { nope: 'off', 'heading-sequnce': 'off', placeholder: { severity: 'warn', patern: [] } }, overides: [] });
    assert.ok(!result.ok);
    assert.deepEqual(
      result.errors.map((e) => e.message),
      [
        `unknown rule "nope"; the rules are described at ${DOCS_BASE_URL}`,
        'unknown rule "heading-sequnce"; did you mean "heading-sequence"?',
        'expected one of "off"、"hint"、"info"、"warning"、"error", got string ("warn"); did you mean "warning"?',
        'rule "placeholder" has no option "patern"; did you mean "patterns"?',
        'unknown key "overides"; did you mean "overrides"?',
      ],
    );
    assert.equal(result.config.locale, 'en');
  });

  describe('did you mean', () => {
    const suggested = (raw: unknown) => normalizeConfig(raw, defaultConfig(), 'zh-CN');
    it('a rule written by its title, in Chinese or English, or a part of it that names one rule', () => {
      const result = suggested({ rules: { 未填写的占位符: 'off', 'Conflicting figures': 'off', 占比: 'off', 占位符: 'off', 同一指标数值: 'off' } });
      assert.ok(!result.ok);
      assert.deepEqual(result.errors.map((e) => e.message), [
        '未知规则「未填写的占位符」，是否要写「placeholder」？',
        '未知规则「Conflicting figures」，是否要写「figure-conflict」？',
        `未知规则「占比」；各规则见 ${DOCS_BASE_URL}`,
        '未知规则「占位符」，是否要写「placeholder」？',
        '未知规则「同一指标数值」，是否要写「figure-conflict」？',
      ]);
    });
    it('case, hyphens and underscores do not matter; a swap of two letters is one typo', () => {
      const result = suggested({ rules: { Placeholder: 'off', heading_level: 'off', countmismatch: 'off', 'ratio-mimsatch': 'off' } });
      assert.ok(!result.ok);
      assert.deepEqual(result.errors.map((e) => e.message.match(/是否要写「(.*)」/)?.[1]), ['placeholder', 'heading-level', 'count-mismatch', 'ratio-mismatch']);
    });
    it('no guess when nothing is close or several names are equally likely, and never the list of every rule', () => {
      const result = suggested({ rules: { nope: 'off', heading: 'off', x: 'off' } });
      assert.ok(!result.ok);
      for (const e of result.errors) {
        assert.doesNotMatch(e.message, /是否要写/);
        assert.doesNotMatch(e.message, /placeholder/, 'no list of rule ids');
      }
    });
    it('in overrides entries and their rules, and for severities', () => {
      const result = suggested({ overrides: [{ file: 'a.md', excludeFiles: 'b.md', files: 'c.md', rules: { placehodler: 'eror' } }] });
      assert.ok(!result.ok);
      assert.deepEqual(result.errors.map((e) => [e.path, e.message]), [
        ['overrides[0].file', '未知的配置项「file」，是否要写「files」？'],
        ['overrides[0].excludeFiles', '未知的配置项「excludeFiles」，是否要写「excludedFiles」？'],
        ['overrides[0].rules.placehodler', '未知规则「placehodler」，是否要写「placeholder」？'],
      ]);
      const severity = suggested({ rules: { placeholder: 'eror', 'heading-level': { severity: 'information' }, 'figure-conflict': 'loud' } });
      assert.ok(!severity.ok);
      assert.deepEqual(severity.errors.map((e) => e.message.match(/是否要写 "(.*)"/)?.[1]), ['error', 'info', undefined]);
    });
  });
});

describe('overrides', () => {
  const raw = {
    rules: { 'figure-conflict': 'warning' },
    overrides: [
      { files: ['附件/**'], rules: { 'heading-sequence': 'off' } },
      { files: '*.md', excludedFiles: ['README.md'], rules: { placeholder: { severity: 'hint', allow: ['X号楼'] } } },
    ],
  };
  const config = normalizeConfig(raw, defaultConfig(), 'zh-CN', { dir: '/drafts' });

  it('applies the entries whose globs match the path relative to the config folder, in order', () => {
    assert.ok(config.ok);
    const attachment = configForFile(config.config, '/drafts/附件/附件1.txt', overrideGlobMatches);
    assert.equal(attachment.rules['heading-sequence']!.severity, 'off');
    assert.equal(attachment.rules['figure-conflict']!.severity, 'warning');
    const markdown = configForFile(config.config, '/drafts/sub/notes.md', overrideGlobMatches);
    assert.equal(markdown.rules['placeholder']!.severity, 'hint');
    assert.deepEqual(markdown.rules['placeholder']!.options['allow'], ['X号楼']);
    assert.equal(markdown.rules['heading-sequence']!.severity, 'error');
  });

  it('leaves other files, excluded files and files outside the folder alone', () => {
    assert.ok(config.ok);
    for (const path of ['/drafts/讲话稿.txt', '/drafts/README.md', '/other/附件/a.txt', 'C:\\drafts\\附件\\a.txt']) {
      assert.deepEqual(configForFile(config.config, path, overrideGlobMatches).rules, config.config.rules, path);
    }
    const windows = normalizeConfig(raw, defaultConfig(), 'zh-CN', { dir: 'C:\\drafts' });
    assert.equal(configForFile(windows.config, 'C:\\drafts\\附件\\a.txt', overrideGlobMatches).rules['heading-sequence']!.severity, 'off');
  });

  it('reports mistakes in entries where they are written', () => {
    const result = normalizeConfig(
      { overrides: [{ files: [], rules: { nope: 'off' } }, { files: 'a.md', rules: { placeholder: 'loud' }, when: 1 }, 'x'] },
      defaultConfig(),
      'en',
    );
    assert.ok(!result.ok);
    assert.deepEqual(
      result.errors.map((e) => e.path),
      ['overrides[0].files', 'overrides[0].rules.nope', 'overrides[1].when', 'overrides[1].rules.placeholder', 'overrides[2]'],
    );
    assert.equal(normalizeConfig({ overrides: {} }).ok, false);
  });
});

describe('documentDate', () => {
  it('takes a real date written YYYY-MM-DD, and a later layer replaces it', () => {
    const file = normalizeConfig({ documentDate: '2025-10-15' });
    assert.ok(file.ok);
    assert.equal(file.config.documentDate, '2025-10-15');
    assert.equal(normalizeConfig({ locale: 'en' }, file.config).config.documentDate, '2025-10-15');
    assert.equal(normalizeConfig({ documentDate: '2024-02-29' }, file.config).config.documentDate, '2024-02-29');
    assert.equal(normalizeConfig({}).config.documentDate, undefined);
  });

  for (const [name, value, actual] of [
    ['a date that does not exist', '2025-02-29', 'string ("2025-02-29")'],
    ['a date written otherwise', '2025/10/15', 'string ("2025/10/15")'],
    ['a date without leading zeros', '2025-1-5', 'string ("2025-1-5")'],
    ['a number', 20251015, 'number (20251015)'],
  ] as const) {
    it(`rejects ${name} with a precise message and keeps the layer below`, () => {
      const result = normalizeConfig({ documentDate: value }, normalizeConfig({ documentDate: '2020-01-01' }).config);
      assert.ok(!result.ok);
      assert.deepEqual(result.errors, [{ path: 'documentDate', message: `应为 "YYYY-MM-DD" 形式的真实日期，如 "2025-10-15"，实际为 ${actual}` }]);
      assert.equal(result.config.documentDate, '2020-01-01');
    });
  }

  it('in English', () => {
    const result = normalizeConfig({ locale: 'en', documentDate: 'today' });
    assert.ok(!result.ok);
    assert.equal(result.errors[0]!.message, 'expected a real date written "YYYY-MM-DD", such as "2025-10-15", got string ("today")');
  });
});

describe('layout', () => {
  it('is "auto", "gbt9704" or "off", unset by default (auto), layered like documentType', () => {
    assert.equal(normalizeConfig({}).config.layout, undefined);
    const file = normalizeConfig({ layout: 'gbt9704' });
    assert.ok(file.ok);
    assert.equal(file.config.layout, 'gbt9704');
    assert.equal(normalizeConfig({ locale: 'en' }, file.config).config.layout, 'gbt9704');
    assert.equal(normalizeConfig({ layout: 'off' }, file.config).config.layout, 'off');
    const wrong = normalizeConfig({ layout: 'GB9704' }, file.config);
    assert.equal(wrong.config.layout, 'gbt9704');
    assert.deepEqual(!wrong.ok && wrong.errors, [{ path: 'layout', message: '应为 "auto"、"gbt9704"、"off" 之一（"auto" 只检查公文，"gbt9704" 检查所有 Word 文档，"off" 不检查），实际为 string ("GB9704")' }]);
  });
});

describe('documentType', () => {
  it('takes one of the document types, keeps the layer below otherwise, with a precise message', () => {
    const file = normalizeConfig({ documentType: '请示' });
    assert.equal(file.ok, true);
    assert.equal(file.config.documentType, '请示');
    assert.equal(normalizeConfig({ locale: 'en' }, file.config).config.documentType, '请示');
    const wrong = normalizeConfig({ documentType: '汇报' }, file.config);
    assert.equal(wrong.config.documentType, '请示');
    assert.deepEqual(!wrong.ok && wrong.errors.map((e) => e.path), ['documentType']);
    assert.match(!wrong.ok ? wrong.errors[0]!.message : '', /^应为文种之一：决议、决定、.*、纪要、讲话，实际为 string \("汇报"\)$/);
  });
});

import { DOCUMENT_TYPES } from '../server/src/core/model/document-type.js';
import { LAYOUT_MODES } from '../server/src/core/model/layout.js';
// The JSON schemas of `.gongwenrc.json`, generated from the rule registry (as the settings block of
// package.json is). `npm run generate` writes two:
// - schemas/gongwenrc.schema.json, the strict schema, for other editors and CI: it rejects what the
//   linter rejects (test/config-schema.test.ts checks that they agree);
// - schemas/gongwenrc.editor.schema.json, which the extension registers through
//   `contributes.jsonValidation`: the same names, descriptions, defaults and completions, but nothing
//   that rejects a value. In VS Code the language server reports each mistake — in the user's
//   language, with "did you mean" — and the JSON language service would report it a second time.
import { docsUrl, optionEntries, RULES, SEVERITY_SETTINGS, type AnyRule, type OptionSpec, type RuleSet } from '../server/src/core/index.js';
import { SEVERITY_TEXT } from './manifest-strings.js';

/** What each value of `layout` means, in the order of LAYOUT_MODES. */
export const LAYOUT_DESCRIPTIONS: readonly (readonly [zh: string, en: string])[] = [
  ['只检查公文（有发文机关标志或发文字号的文档），讲话稿等不检查', 'Official documents only (those with an issuing body’s mark or a document number), not speech drafts'],
  ['所有 Word 文档都按 GB/T 9704-2012 检查', 'Every Word document, by GB/T 9704-2012'],
  ['不检查版式', 'No layout checks'],
];

export const SCHEMA_PATH = 'schemas/gongwenrc.schema.json';
export const EDITOR_SCHEMA_PATH = 'schemas/gongwenrc.editor.schema.json';


/** A severity of one rule, as the settings and the config file both write it. */
export function severitySchema(rule: AnyRule): Record<string, unknown> {
  return {
    type: 'string',
    enum: SEVERITY_SETTINGS,
    enumDescriptions: SEVERITY_SETTINGS.map((s) => `${SEVERITY_TEXT[s]!.zh} ${SEVERITY_TEXT[s]!.en}`),
    default: rule.defaultSeverity,
    markdownDescription: `${rule.description['zh-CN']}\n\n${rule.description.en}\n\n[${rule.id}](${docsUrl(rule)})`,
  };
}

/** One option's value: what the linter accepts (see `typeProblem` in core/config/config.ts). */
export function optionSchema(spec: OptionSpec): Record<string, unknown> {
  return { ...valueSchema(spec), default: spec.default, markdownDescription: `${spec.description['zh-CN']}\n\n${spec.description.en}` };
}

function valueSchema(spec: OptionSpec): Record<string, unknown> {
  switch (spec.type) {
    case 'string[]':
      return { type: 'array', items: { type: 'string' }, uniqueItems: true };
    case 'enum':
      return {
        type: 'string',
        enum: spec.values,
        ...(spec.valueDescriptions && { enumDescriptions: spec.valueDescriptions.map((d) => `${d['zh-CN']} ${d.en}`) }),
      };
    case 'map':
      return { type: 'object', propertyNames: { minLength: 1 }, additionalProperties: { type: 'string' } };
    default:
      return { type: spec.type };
  }
}

function ruleSettingSchema(rule: AnyRule): Record<string, unknown> {
  const options = optionEntries(rule);
  const object = {
    type: 'object',
    additionalProperties: false,
    properties: { severity: severitySchema(rule), ...Object.fromEntries(options.map(([key, spec]) => [key, optionSchema(spec)])) },
    defaultSnippets: [{ label: `{ severity, …options }`, body: { severity: rule.defaultSeverity, ...Object.fromEntries(options.map(([k, s]) => [k, s.default])) } }],
  };
  const severity = severitySchema(rule);
  return { default: severity['default'], markdownDescription: severity['markdownDescription'], anyOf: [severity, object] };
}

function rulesSchema(rules: RuleSet): Record<string, unknown> {
  return {
    type: 'object',
    additionalProperties: false,
    markdownDescription: '各规则的级别（`off`、`hint`、`info`、`warning`、`error`）或 `{"severity": …, 选项}`。\n\nEach rule: a severity, or an object with `severity` and the rule\'s options.',
    properties: Object.fromEntries(rules.map((rule) => [rule.id, ruleSettingSchema(rule)])),
  };
}

const GLOBS = {
  anyOf: [
    { type: 'string', minLength: 1 },
    { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 },
  ],
};

export function gongwenrcSchema(rules: RuleSet = RULES): Record<string, unknown> {
  return JSON.parse(
    JSON.stringify({
      $schema: 'http://json-schema.org/draft-07/schema#',
      title: '.gongwenrc.json — 公文校对 gongwen-lint',
      type: 'object',
      additionalProperties: false,
      properties: {
        $schema: { type: 'string' },
        locale: {
          enum: ['zh-CN', 'en'],
          default: 'zh-CN',
          markdownDescription: '诊断消息的语言。\n\nThe language of the messages.',
        },
        documentDate: {
          type: 'string',
          pattern: '^\\d{4}-\\d{2}-\\d{2}$',
          markdownDescription:
            '文稿的日期（`YYYY-MM-DD`），用于文稿本身没有写明日期（成文日期、带日期的副标题或标题）时判断提法是否已过时。\n\n' +
            'The date of the documents (`YYYY-MM-DD`), used to tell outdated formulations when a document does not state its own date (a signature date, a dated subtitle or title).',
        },
        documentType: {
          enum: [...DOCUMENT_TYPES],
          markdownDescription:
            '文稿的文种，用于标题没有写明文种（如“关于…的请示”“在…上的讲话”）的稿件；标题写明的文种优先。\n\n' +
            'The document type, for drafts whose title does not state it (关于…的请示, 在…上的讲话); a type the title states wins.',
        },
        layout: {
          enum: [...LAYOUT_MODES],
          enumDescriptions: LAYOUT_DESCRIPTIONS.map(([zh, en]) => `${zh} ${en}`),
          default: 'auto',
          markdownDescription:
            'Word 文档（.docx）何时做版式检查（GB/T 9704-2012）：`auto` 只查公文（有发文机关标志或发文字号），`gbt9704` 都查，`off` 不查。\n\n' +
            'When Word documents (.docx) get the layout checks of GB/T 9704-2012: `auto` official documents only (with an issuing body’s mark or a document number), `gbt9704` all, `off` none.',
        },
        rules: rulesSchema(rules),
        overrides: {
          type: 'array',
          markdownDescription:
            '按文件设置规则：`files` 中的 glob 相对于本文件所在目录，不含 `/` 的匹配任何目录中的文件名。\n\n' +
            'Rule settings per file: globs in `files` are relative to this file\'s folder; one without `/` matches a file name in any folder.',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['files'],
            properties: {
              files: { ...GLOBS, markdownDescription: '适用的文件，如 `"附件/**"`、`["*.md"]`。\n\nThe files it applies to.' },
              excludedFiles: { ...GLOBS, markdownDescription: '除外的文件。\n\nFiles excluded.' },
              rules: rulesSchema(rules),
            },
            defaultSnippets: [{ label: '{ files, rules }', body: { files: ['$1'], rules: {} } }],
          },
        },
      },
    }),
  ) as Record<string, unknown>;
}

type Schema = Record<string, any>;

/** The JSON Schema keywords that reject a value (all of them, not only those the strict schema uses now). */
export const VALIDATION_KEYWORDS: readonly string[] = [
  'type', 'enum', 'const', 'required', 'additionalProperties', 'patternProperties', 'propertyNames', 'dependencies',
  'minProperties', 'maxProperties', 'minItems', 'maxItems', 'uniqueItems', 'contains', 'additionalItems',
  'minLength', 'maxLength', 'pattern', 'format', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum',
  'multipleOf', 'not', 'anyOf', 'oneOf', 'allOf', 'if', 'then', 'else',
];

/** The strict schema without its validation, for the editor (see the top of this file). */
export function editorSchema(rules: RuleSet = RULES): Record<string, unknown> {
  // Our parser accepts comments and trailing commas; the JSON language service should too.
  return { ...forEditor(gongwenrcSchema(rules)), allowComments: true, allowTrailingCommas: true };
}

/**
 * Drops the validation keywords and keeps the completions they gave: an enum's values (with their
 * descriptions) and true/false become `defaultSnippets`, which vscode-json-languageservice offers
 * like enum values; the alternatives of an `anyOf` merge their properties and completions.
 */
function forEditor(schema: Schema): Schema {
  const alternatives = [...(schema['anyOf'] ?? []), ...(schema['oneOf'] ?? [])].map(forEditor);
  const out: Schema = {};
  for (const [key, value] of Object.entries(schema)) {
    if (VALIDATION_KEYWORDS.includes(key) || key === 'enumDescriptions' || key === 'defaultSnippets') continue;
    if (key === 'properties') out[key] = Object.fromEntries(Object.entries(value as Schema).map(([k, v]) => [k, forEditor(v)]));
    else if (key === 'items') out[key] = forEditor(value);
    else out[key] = value;
  }
  const properties = Object.assign({}, ...alternatives.map((a) => a['properties'] ?? {}), out['properties']);
  if (Object.keys(properties).length > 0) out['properties'] = properties;
  if (out['items'] && Object.keys(out['items']).length === 0) delete out['items'];
  const snippets = [...valueSnippets(schema), ...(schema['defaultSnippets'] ?? []), ...alternatives.flatMap((a) => a['defaultSnippets'] ?? [])];
  if (snippets.length > 0) out['defaultSnippets'] = snippets;
  return out;
}

function valueSnippets(schema: Schema): Schema[] {
  if (Array.isArray(schema['enum'])) {
    const descriptions: string[] = schema['enumDescriptions'] ?? [];
    return schema['enum'].map((body: unknown, i: number) => ({ body, ...(descriptions[i] !== undefined && { description: descriptions[i] }) }));
  }
  return schema['type'] === 'boolean' ? [{ body: true }, { body: false }] : [];
}

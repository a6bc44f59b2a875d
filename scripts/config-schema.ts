// The JSON schema of `.gongwenrc.json`, generated from the rule registry (as the settings block of
// package.json is): `npm run generate` writes schemas/gongwenrc.schema.json, which the extension
// registers through `contributes.jsonValidation` so the editor completes and checks the file.
import { docsUrl, RULES, SEVERITY_SETTINGS, type AnyRule, type OptionSpec } from '../server/src/core/index.js';
import { SEVERITY_TEXT } from './manifest-strings.js';

export const SCHEMA_PATH = 'schemas/gongwenrc.schema.json';


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

function optionSchema(spec: OptionSpec): Record<string, unknown> {
  const type = spec.type === 'string[]' ? { type: 'array', items: { type: 'string' }, uniqueItems: true } : { type: spec.type };
  return { ...type, default: spec.default, markdownDescription: `${spec.description['zh-CN']}\n\n${spec.description.en}` };
}

function ruleSettingSchema(rule: AnyRule): Record<string, unknown> {
  const options = Object.entries(rule.options as Record<string, OptionSpec>);
  const object = {
    type: 'object',
    additionalProperties: false,
    properties: { severity: severitySchema(rule), ...Object.fromEntries(options.map(([key, spec]) => [key, optionSchema(spec)])) },
    defaultSnippets: [{ label: `{ severity, …options }`, body: { severity: rule.defaultSeverity, ...Object.fromEntries(options.map(([k, s]) => [k, s.default])) } }],
  };
  const severity = severitySchema(rule);
  return { default: severity['default'], markdownDescription: severity['markdownDescription'], anyOf: [severity, object] };
}

function rulesSchema(): Record<string, unknown> {
  return {
    type: 'object',
    additionalProperties: false,
    markdownDescription: '各规则的级别（`off`、`hint`、`info`、`warning`、`error`）或 `{"severity": …, 选项}`。\n\nEach rule: a severity, or an object with `severity` and the rule\'s options.',
    properties: Object.fromEntries(RULES.map((rule) => [rule.id, ruleSettingSchema(rule)])),
  };
}

const GLOBS = {
  anyOf: [
    { type: 'string', minLength: 1 },
    { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 },
  ],
};

export function gongwenrcSchema(): Record<string, unknown> {
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
        rules: rulesSchema(),
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
              rules: rulesSchema(),
            },
            defaultSnippets: [{ label: '{ files, rules }', body: { files: ['$1'], rules: {} } }],
          },
        },
      },
    }),
  ) as Record<string, unknown>;
}

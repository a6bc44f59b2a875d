import type { Locale } from '../core/index.js';
import { isBlankJsonc, parseJsoncTree, type JsonNode } from './jsonc.js';

export type EditResult =
  | { readonly ok: true; readonly text: string; readonly changed: boolean }
  | { readonly ok: false; readonly message: string };

const MESSAGES = {
  'zh-CN': { notObject: '{path} 不是对象，无法加入允许列表', invalid: '配置文件有误，请先修正：{detail}' },
  en: { notObject: '{path} is not an object; cannot add to the allow-list', invalid: 'the configuration file is invalid; fix it first: {detail}' },
} as const;

/**
 * Adds `entry` to `rules.placeholder.allow` of a `.gongwenrc.json`, changing only what it must:
 * comments, order, indentation and the other settings stay as written. An empty source (or one
 * of comments only) gets new content. A broken file is left alone and the reason returned.
 */
export function addToAllowList(source: string, entry: string, locale: Locale = 'zh-CN'): EditResult {
  const t = MESSAGES[locale];
  const item = JSON.stringify(entry);
  if (isBlankJsonc(source)) {
    // A file of comments only is no configuration yet: its comments stay above the new one.
    const kept = source.trim() === '' ? '' : `${source.trimEnd()}\n`;
    return { ok: true, changed: true, text: `${kept}{\n  "rules": {\n    "placeholder": {\n      "allow": [${item}]\n    }\n  }\n}\n` };
  }
  const parsed = parseJsoncTree(source, locale);
  if (!parsed.ok) return { ok: false, message: t.invalid.replace('{detail}', () => parsed.error.message) };
  const root = parsed.node;
  if (root.type !== 'object') return { ok: false, message: t.notObject.replace('{path}', '/') };
  const unit = indentUnit(source, root);

  const rules = root.properties.find((p) => p.key === 'rules')?.value;
  if (!rules) return done(insertProperty(source, root, 'rules', `{ "placeholder": { "allow": [${item}] } }`, unit));
  if (rules.type !== 'object') return { ok: false, message: t.notObject.replace('{path}', 'rules') };

  const placeholder = rules.properties.find((p) => p.key === 'placeholder')?.value;
  if (!placeholder) return done(insertProperty(source, rules, 'placeholder', `{ "allow": [${item}] }`, unit));
  if (placeholder.type === 'scalar') {
    const severity = JSON.stringify(placeholder.value);
    return done(splice(source, placeholder.start, placeholder.end, `{ "severity": ${severity}, "allow": [${item}] }`));
  }
  if (placeholder.type !== 'object') return { ok: false, message: t.notObject.replace('{path}', 'rules.placeholder') };

  const allow = placeholder.properties.find((p) => p.key === 'allow')?.value;
  if (!allow) return done(insertProperty(source, placeholder, 'allow', `[${item}]`, unit));
  if (allow.type !== 'array') return done(splice(source, allow.start, allow.end, `[${item}]`));
  if (allow.items.some((i) => i.type === 'scalar' && i.value === entry)) return { ok: true, changed: false, text: source };
  return done(appendItem(source, allow, item));
}

function done(text: string): EditResult {
  return { ok: true, changed: true, text };
}

function splice(source: string, start: number, end: number, text: string): string {
  return source.slice(0, start) + text + source.slice(end);
}

function insertProperty(source: string, object: Extract<JsonNode, { type: 'object' }>, key: string, value: string, unit: string): string {
  const property = `${JSON.stringify(key)}: ${value}`;
  const last = object.properties[object.properties.length - 1];
  if (!last) {
    const indent = lineIndent(source, object.start);
    return splice(source, object.start, object.end, `{\n${indent}${unit}${property}\n${indent}}`);
  }
  const sameLine = !source.slice(object.start, last.keyStart).includes('\n');
  return insertAfter(source, last.value.end, sameLine ? ` ${property}` : `\n${lineIndent(source, last.keyStart)}${property}`);
}

function appendItem(source: string, array: Extract<JsonNode, { type: 'array' }>, item: string): string {
  const last = array.items[array.items.length - 1];
  if (!last) return splice(source, array.start, array.end, `[${item}]`);
  const sameLine = !source.slice(array.start, last.start).includes('\n');
  return insertAfter(source, last.end, sameLine ? ` ${item}` : `\n${lineIndent(source, last.start)}${item}`);
}

/**
 * Inserts a new member after the member ending at `end`, keeping a trailing comma if there was one
 * and a line comment with the member it belongs to.
 */
function insertAfter(source: string, end: number, member: string): string {
  let i = end;
  while (i < source.length && /[ \t]/.test(source[i]!)) i++;
  if (source[i] === ',') return splice(source, i + 1, i + 1, `${member},`);
  if (source.startsWith('//', i) && member.startsWith('\n')) {
    const lineEnd = source.indexOf('\n', i);
    const at = lineEnd < 0 ? source.length : lineEnd;
    return splice(splice(source, at, at, member), end, end, ',');
  }
  return splice(source, end, end, `,${member}`);
}

function lineIndent(source: string, offset: number): string {
  const lineStart = source.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(source.slice(lineStart, offset))![0];
}

/** The file's indentation step, from its first nested line; two spaces by default. */
function indentUnit(source: string, root: Extract<JsonNode, { type: 'object' }>): string {
  const first = root.properties[0];
  if (!first || !source.slice(root.start, first.keyStart).includes('\n')) return '  ';
  return lineIndent(source, first.keyStart).slice(lineIndent(source, root.start).length) || '  ';
}

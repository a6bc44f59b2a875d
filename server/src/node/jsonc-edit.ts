import { applyEdits, type Edit } from 'jsonc-parser';
import { isBlankJsonc, isScalar, parseJsoncTree, propertiesOf, propertyValue, type JsoncLocale, type JsonNode } from './jsonc.js';

export type EditResult =
  | { readonly ok: true; readonly text: string; readonly changed: boolean }
  | { readonly ok: false; readonly message: string };

const MESSAGES = {
  'zh-CN': {
    notObject: (path: string) => `${path} 不是对象，无法加入允许列表`,
    invalid: (detail: string) => `配置文件有误，请先修正：${detail}`,
  },
  en: {
    notObject: (path: string) => `${path} is not an object; cannot add to the allow-list`,
    invalid: (detail: string) => `the configuration file is invalid; fix it first: ${detail}`,
  },
} satisfies Record<JsoncLocale, unknown>;

/**
 * Adds `entry` to `rules.placeholder.allow` of a `.gongwenrc.json`, changing only what it must:
 * comments, order, indentation, line endings and the other settings stay as written. An empty
 * source (or one of comments only) gets new content. A broken file is left alone and the reason returned.
 *
 * jsonc-parser parses and applies the edits; where they go is decided here, because its `modify`
 * reformats the lines it touches: a one-line list would be spread over lines, and a new item would
 * land before the line comment of the item it follows.
 */
export function addToAllowList(source: string, entry: string, locale: JsoncLocale = 'zh-CN'): EditResult {
  const t = MESSAGES[locale];
  const item = JSON.stringify(entry);
  if (isBlankJsonc(source)) {
    // A file of comments only is no configuration yet: its comments stay above the new one.
    const kept = source.trim() === '' ? '' : `${source.trimEnd()}\n`;
    return { ok: true, changed: true, text: `${kept}{\n  "rules": {\n    "placeholder": {\n      "allow": [${item}]\n    }\n  }\n}\n` };
  }
  const parsed = parseJsoncTree(source, locale);
  if (!parsed.ok) return { ok: false, message: t.invalid(parsed.error.message) };
  const root = parsed.node;
  if (root.type !== 'object') return { ok: false, message: t.notObject('/') };
  const layout = { eol: source.includes('\r\n') ? '\r\n' : '\n', unit: indentUnit(source, root) };
  const edit = (edits: Edit[]): EditResult => ({ ok: true, changed: true, text: applyEdits(source, edits) });

  const rules = propertyValue(root, 'rules');
  if (!rules) return edit(insertProperty(source, root, 'rules', `{ "placeholder": { "allow": [${item}] } }`, layout));
  if (rules.type !== 'object') return { ok: false, message: t.notObject('rules') };

  const placeholder = propertyValue(rules, 'placeholder');
  if (!placeholder) return edit(insertProperty(source, rules, 'placeholder', `{ "allow": [${item}] }`, layout));
  if (isScalar(placeholder)) {
    const severity = JSON.stringify(placeholder.value);
    return edit([replace(placeholder, `{ "severity": ${severity}, "allow": [${item}] }`)]);
  }
  if (placeholder.type !== 'object') return { ok: false, message: t.notObject('rules.placeholder') };

  const allow = propertyValue(placeholder, 'allow');
  if (!allow) return edit(insertProperty(source, placeholder, 'allow', `[${item}]`, layout));
  if (allow.type !== 'array') return edit([replace(allow, `[${item}]`)]);
  if (allow.children?.some((i) => i.type === 'string' && i.value === entry)) return { ok: true, changed: false, text: source };
  return edit(appendItem(source, allow, item, layout.eol));
}

interface Layout {
  readonly eol: string;
  readonly unit: string;
}

function replace(node: JsonNode, content: string): Edit {
  return { offset: node.offset, length: node.length, content };
}

function insertProperty(source: string, object: JsonNode, key: string, value: string, { eol, unit }: Layout): Edit[] {
  const property = `${JSON.stringify(key)}: ${value}`;
  const last = propertiesOf(object).at(-1);
  if (!last) {
    const indent = lineIndent(source, object.offset);
    return [replace(object, `{${eol}${indent}${unit}${property}${eol}${indent}}`)];
  }
  const keyStart = last.keyNode.offset;
  const sameLine = !source.slice(object.offset, keyStart).includes('\n');
  return insertAfter(source, end(last.value), sameLine ? ` ${property}` : `${eol}${lineIndent(source, keyStart)}${property}`);
}

function appendItem(source: string, array: JsonNode, item: string, eol: string): Edit[] {
  const last = array.children?.at(-1);
  if (!last) return [replace(array, `[${item}]`)];
  const sameLine = !source.slice(array.offset, last.offset).includes('\n');
  return insertAfter(source, end(last), sameLine ? ` ${item}` : `${eol}${lineIndent(source, last.offset)}${item}`);
}

/**
 * Inserts a new member after the member ending at `after`, keeping a trailing comma if there was
 * one and a line comment with the member it belongs to.
 */
function insertAfter(source: string, after: number, member: string): Edit[] {
  let i = after;
  while (i < source.length && /[ \t]/.test(source[i]!)) i++;
  if (source[i] === ',') return [{ offset: i + 1, length: 0, content: `${member},` }];
  if (source.startsWith('//', i) && /^\r?\n/.test(member)) {
    const lineEnd = source.indexOf('\n', i);
    const at = lineEnd < 0 ? source.length : source[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd;
    return [
      { offset: after, length: 0, content: ',' },
      { offset: at, length: 0, content: member },
    ];
  }
  return [{ offset: after, length: 0, content: `,${member}` }];
}

function end(node: JsonNode): number {
  return node.offset + node.length;
}

function lineIndent(source: string, offset: number): string {
  const lineStart = source.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(source.slice(lineStart, offset))![0];
}

/** The file's indentation step, from its first nested line; two spaces by default. */
function indentUnit(source: string, root: JsonNode): string {
  const first = propertiesOf(root)[0];
  if (!first || !source.slice(root.offset, first.keyNode.offset).includes('\n')) return '  ';
  return lineIndent(source, first.keyNode.offset).slice(lineIndent(source, root.offset).length) || '  ';
}

import { createScanner, parseTree, printParseErrorCode, type Node, type ParseError, type ParseOptions } from 'jsonc-parser';

/**
 * JSON with comments and trailing commas — the dialect of VS Code's settings and of
 * `.gongwenrc.json` — parsed by jsonc-parser, as VS Code parses it. What this file adds: error
 * messages that name the line, the column, what was found and what was expected, in Chinese or
 * English; a nesting limit; a BOM; and values whose `__proto__` keys stay plain keys.
 *
 * It imports nothing from the core: the extension host (the allow-list command) uses it too.
 */

export interface JsoncError {
  /** 1-based line and UTF-16 column of the problem. */
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

/** A parsed value with where it stands in the source (offsets into it, a BOM included), so that edits can keep the rest as written. */
export type JsonNode = Node;

type Expected = 'value' | 'key' | 'colon' | 'commaOrBrace' | 'commaOrBracket' | 'end' | 'quote' | 'commentEnd' | 'shallower';

const EXPECTED = {
  'zh-CN': {
    value: '值',
    key: '带引号的属性名',
    colon: '“:”',
    commaOrBrace: '“,”或“}”',
    commaOrBracket: '“,”或“]”',
    end: '文件结尾',
    quote: '字符串结束的“"”',
    commentEnd: '注释结束的“*/”',
    shallower: '更少的嵌套（最多 64 层）',
  },
  en: {
    value: 'a value',
    key: 'a quoted property name',
    colon: '":"',
    commaOrBrace: '"," or "}"',
    commaOrBracket: '"," or "]"',
    end: 'the end of the file',
    quote: 'a closing \'"\'',
    commentEnd: 'the closing "*/" of a comment',
    shallower: 'less nesting (at most 64 levels)',
  },
} as const satisfies Record<string, Record<Expected, string>>;

/** The message languages: the core's `Locale`, kept out of node/jsonc*.ts and config-file.ts, which the extension host loads. */
export type JsoncLocale = keyof typeof EXPECTED;

/** jsonc-parser's parser recurses once per level: far deeper input would overflow the stack. */
const MAX_DEPTH = 64;

const OPTIONS: ParseOptions = { allowTrailingComma: true, disallowComments: false, allowEmptyContent: false };

/**
 * jsonc-parser's `SyntaxKind` values read here. Its types declare a `const enum`, which code
 * compiled one module at a time cannot inline.
 */
const TOKEN = { openBrace: 1, closeBrace: 2, openBracket: 3, closeBracket: 4, eof: 17 } as const;

/** Parses JSONC into a plain value. On failure the message names the line, the column, what was found and what was expected. */
export function parseJsonc(source: string, locale: JsoncLocale = 'zh-CN'): { ok: true; value: unknown } | { ok: false; error: JsoncError } {
  const tree = parseJsoncTree(source, locale);
  return tree.ok ? { ok: true, value: valueOf(tree.node) } : tree;
}

/** Like `parseJsonc`, but keeps the positions (offsets into `source`, a BOM included). */
export function parseJsoncTree(source: string, locale: JsoncLocale = 'zh-CN'): { ok: true; node: JsonNode } | { ok: false; error: JsoncError } {
  const text = withoutBom(source);
  const deep = tooDeepAt(text);
  if (deep !== undefined) return { ok: false, error: describe(source, deep, 'shallower', locale) };
  const errors: ParseError[] = [];
  const node = parseTree(text, errors, OPTIONS);
  const first = errors[0];
  if (!first) return { ok: true, node: node! };
  const code = printParseErrorCode(first.error);
  // The scanner reports an unterminated string or comment at its start; the problem is at its end.
  if (code === 'UnexpectedEndOfString') return { ok: false, error: describe(source, first.offset + first.length, 'quote', locale) };
  if (code === 'UnexpectedEndOfComment') return { ok: false, error: describe(source, first.offset + first.length, 'commentEnd', locale) };
  return { ok: false, error: describe(source, first.offset, expectedAt(text, first.offset), locale) };
}

/** Whether `source` holds no value at all: nothing but whitespace, comments and a BOM. An unclosed comment is an error, not blank. */
export function isBlankJsonc(source: string): boolean {
  const text = withoutBom(source);
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, OPTIONS);
  const first = errors[0];
  return root === undefined && errors.length === 1 && printParseErrorCode(first!.error) === 'ValueExpected' && first!.offset === text.length;
}

/** The plain value of a node; a key named `__proto__` becomes an own property, not the prototype. Repeated keys: the last wins. */
export function valueOf(node: JsonNode): unknown {
  switch (node.type) {
    case 'array':
      return (node.children ?? []).map(valueOf);
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const property of node.children ?? []) {
        const [key, value] = property.children ?? [];
        if (!key || !value) continue;
        Object.defineProperty(out, key.value as string, { value: valueOf(value), enumerable: true, writable: true, configurable: true });
      }
      return out;
    }
    case 'property':
      return node.children?.[1] ? valueOf(node.children[1]) : undefined;
    default:
      return node.value as unknown;
  }
}

export interface JsonProperty {
  readonly key: string;
  /** The key as written: its offset is where the property starts. */
  readonly keyNode: JsonNode;
  readonly value: JsonNode;
}

/** The properties of an object node, in the order written. */
export function propertiesOf(node: JsonNode): JsonProperty[] {
  if (node.type !== 'object') return [];
  return (node.children ?? []).flatMap((p) => {
    const [keyNode, value] = p.children ?? [];
    return keyNode && value ? [{ key: keyNode.value as string, keyNode, value }] : [];
  });
}

/** The value of the property `key` of an object node, the last one if repeated (as parsing keeps it). */
export function propertyValue(node: JsonNode, key: string): JsonNode | undefined {
  return propertiesOf(node).findLast((p) => p.key === key)?.value;
}

export function isScalar(node: JsonNode): boolean {
  return node.type !== 'object' && node.type !== 'array' && node.type !== 'property';
}

/** A BOM becomes a space: jsonc-parser rejects it, and a space keeps every offset where it was. */
function withoutBom(source: string): string {
  return source.startsWith('\uFEFF') ? ` ${source.slice(1)}` : source;
}

/** The offset of the first `{` or `[` nested deeper than `MAX_DEPTH`, found with the scanner alone. */
function tooDeepAt(text: string): number | undefined {
  const scanner = createScanner(text, true);
  let depth = 0;
  for (let token = scanner.scan() as number; token !== TOKEN.eof; token = scanner.scan() as number) {
    if (token === TOKEN.openBrace || token === TOKEN.openBracket) {
      if (++depth > MAX_DEPTH) return scanner.getTokenOffset();
    } else if (token === TOKEN.closeBrace || token === TOKEN.closeBracket) {
      depth--;
    }
  }
  return undefined;
}

/**
 * What was expected at `offset`: the text cut there is parsed, and what it lacks at its end is what
 * belonged here. Nothing lacking means a complete value was already there.
 */
function expectedAt(text: string, offset: number): Expected {
  const prefix = text.slice(0, offset);
  const errors: ParseError[] = [];
  parseTree(prefix, errors, OPTIONS);
  const missing = errors.find((e) => e.offset >= prefix.length);
  if (!missing) return errors.length === 0 ? 'end' : 'value';
  switch (printParseErrorCode(missing.error)) {
    case 'PropertyNameExpected':
      return 'key';
    case 'ColonExpected':
      return 'colon';
    // Right after the opening bracket, the first member was due, not a separator.
    case 'CloseBraceExpected':
      return lastToken(prefix) === TOKEN.openBrace ? 'key' : 'commaOrBrace';
    case 'CloseBracketExpected':
      return lastToken(prefix) === TOKEN.openBracket ? 'value' : 'commaOrBracket';
    case 'EndOfFileExpected':
      return 'end';
    default:
      return 'value';
  }
}

function lastToken(text: string): number | undefined {
  const scanner = createScanner(text, true);
  let last: number | undefined;
  for (let token = scanner.scan() as number; token !== TOKEN.eof; token = scanner.scan() as number) last = token;
  return last;
}

function describe(source: string, offset: number, expected: Expected, locale: JsoncLocale): JsoncError {
  const base = source.startsWith('\uFEFF') ? 1 : 0;
  const before = source.slice(base, offset);
  const line = before.split('\n').length;
  const column = offset - base - before.lastIndexOf('\n');
  const found = offset < source.length ? source[offset]! : '';
  const what = EXPECTED[locale][expected];
  const message =
    locale === 'en'
      ? `line ${line}, column ${column}: ${found ? `unexpected "${found}"` : 'unexpected end of file'}, expected ${what}`
      : `第 ${line} 行第 ${column} 列：${found ? `意外的“${found}”` : '文件意外结束'}，此处应为${what}`;
  return { line, column, message };
}

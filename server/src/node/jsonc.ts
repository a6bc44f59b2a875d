import type { Locale } from '../core/index.js';

export interface JsoncError {
  /** 1-based line and UTF-16 column of the problem. */
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

/** A parsed value with where it stands in the source, so that edits can keep the rest as written. */
export type JsonNode =
  | { readonly type: 'object'; readonly start: number; readonly end: number; readonly properties: readonly JsonProperty[] }
  | { readonly type: 'array'; readonly start: number; readonly end: number; readonly items: readonly JsonNode[] }
  | { readonly type: 'scalar'; readonly start: number; readonly end: number; readonly value: string | number | boolean | null };

export interface JsonProperty {
  readonly key: string;
  readonly keyStart: number;
  readonly value: JsonNode;
}

type Expected = 'value' | 'key' | 'colon' | 'commaOrBrace' | 'commaOrBracket' | 'end' | 'quote' | 'commentEnd' | 'shallower';

const EXPECTED: Readonly<Record<Locale, Readonly<Record<Expected, string>>>> = {
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
};

const MAX_DEPTH = 64;

class ParseError extends Error {
  constructor(
    readonly offset: number,
    readonly expected: Expected,
  ) {
    super(expected);
  }
}

/**
 * Parses JSON with comments and trailing commas — the dialect of VS Code's settings and of
 * `.gongwenrc.json`. On failure the message names the line, the column, what was found and what
 * was expected.
 */
export function parseJsonc(
  source: string,
  locale: Locale = 'zh-CN',
): { ok: true; value: unknown } | { ok: false; error: JsoncError } {
  const tree = parseJsoncTree(source, locale);
  return tree.ok ? { ok: true, value: valueOf(tree.node) } : tree;
}

/** Like `parseJsonc`, but keeps the positions (offsets into `source`, a BOM included). */
export function parseJsoncTree(
  source: string,
  locale: Locale = 'zh-CN',
): { ok: true; node: JsonNode } | { ok: false; error: JsoncError } {
  const parser = new Parser(source, source.startsWith('\uFEFF') ? 1 : 0);
  try {
    return { ok: true, node: parser.document() };
  } catch (e) {
    if (!(e instanceof ParseError)) throw e;
    return { ok: false, error: describeError(source, e, locale) };
  }
}

/** Whether `source` holds no value at all: nothing but whitespace, comments and a BOM. */
export function isBlankJsonc(source: string): boolean {
  return new Parser(source, source.startsWith('\uFEFF') ? 1 : 0).atEnd();
}

export function valueOf(node: JsonNode): unknown {
  switch (node.type) {
    case 'scalar':
      return node.value;
    case 'array':
      return node.items.map(valueOf);
    case 'object': {
      const out: Record<string, unknown> = {};
      // A key named __proto__ must become an own property, not the prototype.
      for (const p of node.properties) {
        Object.defineProperty(out, p.key, { value: valueOf(p.value), enumerable: true, writable: true, configurable: true });
      }
      return out;
    }
  }
}

function describeError(source: string, e: ParseError, locale: Locale): JsoncError {
  const base = source.startsWith('\uFEFF') ? 1 : 0;
  const before = source.slice(base, e.offset);
  const line = before.split('\n').length;
  const column = e.offset - base - before.lastIndexOf('\n');
  const found = e.offset < source.length ? source[e.offset]! : '';
  const expected = EXPECTED[locale][e.expected];
  const message =
    locale === 'en'
      ? `line ${line}, column ${column}: ${found ? `unexpected "${found}"` : 'unexpected end of file'}, expected ${expected}`
      : `第 ${line} 行第 ${column} 列：${found ? `意外的“${found}”` : '文件意外结束'}，此处应为${expected}`;
  return { line, column, message };
}

class Parser {
  private depth = 0;

  constructor(
    private readonly text: string,
    private i: number,
  ) {}

  document(): JsonNode {
    const node = this.value();
    this.skip();
    if (this.i < this.text.length) throw new ParseError(this.i, 'end');
    return node;
  }

  /** Whether only whitespace and comments are left; false for an unclosed comment, which is an error. */
  atEnd(): boolean {
    try {
      this.skip();
    } catch (e) {
      if (!(e instanceof ParseError)) throw e;
      return false;
    }
    return this.i >= this.text.length;
  }

  private value(): JsonNode {
    this.skip();
    const c = this.text[this.i];
    if (c === '{' || c === '[') {
      if (++this.depth > MAX_DEPTH) throw new ParseError(this.i, 'shallower');
      const node = c === '{' ? this.object() : this.array();
      this.depth--;
      return node;
    }
    const start = this.i;
    if (c === '"') {
      const value = this.string();
      return { type: 'scalar', start, end: this.i, value };
    }
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(this.text.slice(start, start + 64));
    if (!literal) throw new ParseError(start, 'value');
    this.i += literal[0].length;
    return { type: 'scalar', start, end: this.i, value: JSON.parse(literal[0]) as string | number | boolean | null };
  }

  private object(): JsonNode {
    const start = this.i;
    const properties: JsonProperty[] = [];
    this.i++;
    for (;;) {
      this.skip();
      if (this.text[this.i] === '}') {
        this.i++; // also after a trailing comma
        return { type: 'object', start, end: this.i, properties };
      }
      if (this.text[this.i] !== '"') throw new ParseError(this.i, 'key');
      const keyStart = this.i;
      const key = this.string();
      this.skip();
      if (this.text[this.i] !== ':') throw new ParseError(this.i, 'colon');
      this.i++;
      properties.push({ key, keyStart, value: this.value() });
      this.skip();
      const c = this.text[this.i];
      this.i++;
      if (c === '}') return { type: 'object', start, end: this.i, properties };
      if (c !== ',') throw new ParseError(this.i - 1, 'commaOrBrace');
    }
  }

  private array(): JsonNode {
    const start = this.i;
    const items: JsonNode[] = [];
    this.i++;
    for (;;) {
      this.skip();
      if (this.text[this.i] === ']') {
        this.i++;
        return { type: 'array', start, end: this.i, items };
      }
      items.push(this.value());
      this.skip();
      const c = this.text[this.i];
      this.i++;
      if (c === ']') return { type: 'array', start, end: this.i, items };
      if (c !== ',') throw new ParseError(this.i - 1, 'commaOrBracket');
    }
  }

  private string(): string {
    const start = this.i;
    this.i++;
    while (this.i < this.text.length) {
      const c = this.text[this.i];
      if (c === '"') {
        this.i++;
        try {
          return JSON.parse(this.text.slice(start, this.i)) as string;
        } catch {
          throw new ParseError(start, 'value');
        }
      }
      if (c === '\n') break;
      this.i += c === '\\' ? 2 : 1;
    }
    throw new ParseError(this.i, 'quote');
  }

  /** Skips whitespace and comments. */
  private skip(): void {
    const text = this.text;
    for (;;) {
      while (this.i < text.length && /\s/.test(text[this.i]!)) this.i++;
      if (text[this.i] === '/' && text[this.i + 1] === '/') {
        const end = text.indexOf('\n', this.i);
        this.i = end < 0 ? text.length : end;
      } else if (text[this.i] === '/' && text[this.i + 1] === '*') {
        const end = text.indexOf('*/', this.i + 2);
        if (end < 0) throw new ParseError(text.length, 'commentEnd');
        this.i = end + 2;
      } else {
        return;
      }
    }
  }
}

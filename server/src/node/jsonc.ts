import type { Locale } from '../core/index.js';

export interface JsoncError {
  /** 1-based line and UTF-16 column of the problem. */
  readonly line: number;
  readonly column: number;
  readonly message: string;
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
  const text = source.startsWith('\uFEFF') ? source.slice(1) : source;
  const parser = new Parser(text);
  try {
    const value = parser.document();
    return { ok: true, value };
  } catch (e) {
    if (!(e instanceof ParseError)) throw e;
    const before = text.slice(0, e.offset);
    const line = before.split('\n').length;
    const column = e.offset - before.lastIndexOf('\n');
    const found = e.offset < text.length ? text[e.offset]! : '';
    const expected = EXPECTED[locale][e.expected];
    const message =
      locale === 'en'
        ? `line ${line}, column ${column}: ${found ? `unexpected "${found}"` : 'unexpected end of file'}, expected ${expected}`
        : `第 ${line} 行第 ${column} 列：${found ? `意外的“${found}”` : '文件意外结束'}，此处应为${expected}`;
    return { ok: false, error: { line, column, message } };
  }
}

class Parser {
  private i = 0;
  private depth = 0;

  constructor(private readonly text: string) {}

  document(): unknown {
    const value = this.value();
    this.skip();
    if (this.i < this.text.length) throw new ParseError(this.i, 'end');
    return value;
  }

  private value(): unknown {
    this.skip();
    const c = this.text[this.i];
    if (c === '{' || c === '[') {
      if (++this.depth > 64) throw new ParseError(this.i, 'shallower');
      const value = c === '{' ? this.object() : this.array();
      this.depth--;
      return value;
    }
    if (c === '"') return this.string();
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(
      this.text.slice(this.i, this.i + 64),
    );
    if (!literal) throw new ParseError(this.i, 'value');
    this.i += literal[0].length;
    return JSON.parse(literal[0]) as unknown;
  }

  private object(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    this.i++;
    this.skip();
    if (this.text[this.i] === '}') {
      this.i++;
      return out;
    }
    for (;;) {
      this.skip();
      if (this.text[this.i] === '}') {
        this.i++; // trailing comma
        return out;
      }
      if (this.text[this.i] !== '"') throw new ParseError(this.i, 'key');
      const key = this.string();
      this.skip();
      if (this.text[this.i] !== ':') throw new ParseError(this.i, 'colon');
      this.i++;
      // A key named __proto__ must become an own property, not the prototype.
      Object.defineProperty(out, key, { value: this.value(), enumerable: true, writable: true, configurable: true });
      this.skip();
      const c = this.text[this.i];
      this.i++;
      if (c === '}') return out;
      if (c !== ',') throw new ParseError(this.i - 1, 'commaOrBrace');
    }
  }

  private array(): unknown[] {
    const out: unknown[] = [];
    this.i++;
    for (;;) {
      this.skip();
      if (this.text[this.i] === ']') {
        this.i++;
        return out;
      }
      out.push(this.value());
      this.skip();
      const c = this.text[this.i];
      this.i++;
      if (c === ']') return out;
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

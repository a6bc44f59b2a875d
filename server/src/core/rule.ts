import type { CategoryId } from './categories.js';
import type { SourceDocument } from './model/document.js';
import { toChineseCount } from './text/numerals.js';
import { format } from './text/format.js';

export { format };
import type { Fix, Locale, Localized, Range, Severity } from './types.js';

/** The type of an option value; also what the settings schema and config validation are derived from. */
export type OptionType = OptionSpec['type'];

interface OptionBase<T> {
  readonly default: T;
  readonly description: Localized;
  /** Extra validation of a value already of the right type; returns what is wrong, or undefined. */
  readonly validate?: (value: unknown) => Localized | undefined;
  /** The strings are compiled as regular expressions: an untrusted workspace may not set them. */
  readonly regex?: boolean;
}

/** A list of strings; a later configuration layer adds to the earlier one's list. */
export interface StringListOption extends OptionBase<readonly string[]> {
  readonly type: 'string[]';
}
export interface BooleanOption extends OptionBase<boolean> {
  readonly type: 'boolean';
}
export interface NumberOption extends OptionBase<number> {
  readonly type: 'number';
}
export interface StringOption extends OptionBase<string> {
  readonly type: 'string';
}
/** One of a fixed set of strings. */
export interface EnumOption<V extends string = string> extends OptionBase<V> {
  readonly type: 'enum';
  readonly values: readonly V[];
  /** What each value means, in the order of `values`: editors show it beside the value. */
  readonly valueDescriptions?: readonly Localized[];
}
/** Strings to strings (a user dictionary: `{"截止目前": "截至目前"}`); a later layer's entries win, the rest stay. */
export interface MapOption extends OptionBase<Readonly<Record<string, string>>> {
  readonly type: 'map';
}

export type OptionSpec = StringListOption | BooleanOption | NumberOption | StringOption | EnumOption | MapOption;

/** The spec an option of value type `T` needs: a union of string literals is an enum, a record of strings a map. */
export type OptionSpecFor<T> = 0 extends 1 & T
  ? OptionSpec
  : [T] extends [readonly string[]]
    ? StringListOption
    : [T] extends [boolean]
      ? BooleanOption
      : [T] extends [number]
        ? NumberOption
        : [T] extends [string]
          ? string extends T
            ? StringOption
            : EnumOption<T>
          : [T] extends [Readonly<Record<string, string>>]
            ? MapOption
            : never;

export type OptionSpecs<O> = { readonly [K in keyof O]-?: OptionSpecFor<O[K]> };

/** The options of a rule that has none. */
export type NoOptions = Record<string, never>;

/**
 * A value for a `{name}` slot of a message: text or a number as it is; another message of the
 * rule's table (a kind's name, a direction word), formatted with its own params; or a count, which
 * Chinese says with 两 before a measure word (两个, 十二项) and English in digits.
 */
export type MessageParam<M extends string = string> = string | number | MessageRef<M> | Count;

export interface MessageRef<M extends string = string> {
  readonly messageId: M;
  readonly params?: MessageParams<M>;
}

export interface Count {
  readonly count: number;
}

export type MessageParams<M extends string = string> = Readonly<Record<string, MessageParam<M>>>;

/** A rule's messages by id, each in every locale, with `{name}` slots for its params. */
export type Messages<M extends string = string> = { readonly [K in M]: Localized };

export interface SuggestionReport<M extends string = string> {
  readonly messageId: M;
  readonly params?: MessageParams<M>;
  readonly fix: Fix;
}

export interface RelatedReport<M extends string = string> {
  readonly range: Range;
  readonly messageId: M;
  readonly params?: MessageParams<M>;
}

export interface Report<D = never, M extends string = string> {
  readonly range: Range;
  readonly messageId: M;
  readonly params?: MessageParams<M>;
  /** Applied by fix-all; only a rule declared `fixable` may give one. */
  readonly fix?: Fix;
  /** Offered, never applied by fix-all: the writer decides. */
  readonly suggestions?: readonly SuggestionReport<M>[];
  readonly related?: readonly RelatedReport<M>[];
  /** Findings whose fixes belong together (a renumbered run): the editor offers them as one. */
  readonly group?: string;
  /** What the editor needs beyond the message, of the rule's declared type. */
  readonly data?: D;
  /** A convention rather than a requirement: reported as a hint whatever the rule's severity. */
  readonly convention?: boolean;
}

export interface RuleContext<O, D = never, M extends string = string> {
  readonly doc: SourceDocument;
  readonly options: O;
  /** One of the rule's messages in the user's language: for text a finding's data carries. */
  format(messageId: M, params?: MessageParams<M>): string;
  report(report: Report<D, M>): void;
}

/**
 * A rule: `O` its options, `D` the type of its findings' data (`never`: it has none), `M` its
 * message ids and `Id` its id, both taken from the definition.
 */
export interface Rule<O = NoOptions, D = never, M extends string = string, Id extends string = string> {
  /** Stable kebab-case id: the diagnostic code, the config key and the docs anchor. */
  readonly id: Id;
  readonly category: CategoryId;
  /** A short name (a few characters) for titles, menus and messages: 「未填写的占位符」. */
  readonly title: Localized;
  readonly description: Localized;
  /** Why it matters and what to do, in a sentence or two: shown on hover, and on the rule's page. */
  readonly explanation: Localized;
  readonly defaultSeverity: Severity;
  readonly fixable: boolean;
  readonly options: OptionSpecs<O>;
  readonly messages: Messages<M>;
  check(ctx: RuleContext<O, D, M>): void;
}

// Rules are stored type-erased in the registry; each rule's own `check` sees its typed options.
export type AnyRule = Rule<any, any, any>;

/** The data type of a rule's findings. */
export type DataOf<R> = R extends Rule<any, infer D, any, any> ? D : never;

/**
 * `defineRule<Options, Data>()({ id, …, messages, check })`: the options and data types are given,
 * the message ids and the id are taken from the definition (so a report with an unknown message id
 * does not compile).
 */
export function defineRule<O = NoOptions, D = never>() {
  return <M extends string, Id extends string>(rule: Rule<O, D, M, Id>): Rule<O, D, M, Id> => rule;
}

export function optionEntries(rule: AnyRule): [string, OptionSpec][] {
  return Object.entries(rule.options as Record<string, OptionSpec>);
}

/**
 * Fills the messages of one table in one locale: the only place a rule's message becomes text. An
 * unknown message id or a slot without its param is a bug of the rule: it throws, as a rule that
 * fails does, so that no test can miss it. One formatter per table and locale, kept: each template
 * is split into its text and slots once, not at every report.
 */
export function messageFormatter<M extends string>(messages: Messages<M>, locale: Locale): (messageId: M, params?: MessageParams<M>) => string {
  let byLocale = FORMATTERS.get(messages);
  if (!byLocale) FORMATTERS.set(messages, (byLocale = {}));
  return (byLocale[locale] ??= newFormatter(messages, locale)) as (messageId: M, params?: MessageParams<M>) => string;
}

const FORMATTERS = new WeakMap<object, Partial<Record<Locale, (messageId: never, params?: never) => string>>>();

/** A template cut at its `{name}` slots: `texts` has one more entry than `slots`. */
interface Compiled {
  readonly texts: readonly string[];
  readonly slots: readonly string[];
}

function compile(template: string): Compiled {
  const texts: string[] = [];
  const slots: string[] = [];
  let from = 0;
  for (const m of template.matchAll(/\{(\w+)\}/g)) {
    texts.push(template.slice(from, m.index));
    slots.push(m[1]!);
    from = m.index + m[0].length;
  }
  texts.push(template.slice(from));
  return { texts, slots };
}

function newFormatter<M extends string>(messages: Messages<M>, locale: Locale): (messageId: M, params?: MessageParams<M>) => string {
  const compiled = new Map<string, Compiled>();
  const text = (messageId: M, params?: MessageParams<M>): string => {
    let c = compiled.get(messageId);
    if (!c) {
      const template = (messages[messageId] as Localized | undefined)?.[locale];
      if (template === undefined) throw new Error(`no message "${messageId}"`);
      compiled.set(messageId, (c = compile(template)));
    }
    let out = c.texts[0]!;
    for (let i = 0; i < c.slots.length; i++) {
      const name = c.slots[i]!;
      if (params === undefined || !(name in params)) throw new Error(`message "${messageId}" has no param "${name}"`);
      out += String(value(params[name as keyof typeof params] as MessageParam<M>)) + c.texts[i + 1]!;
    }
    return out;
  };
  const value = (param: MessageParam<M>): string | number => {
    if (typeof param !== 'object') return param;
    if ('count' in param) return locale === 'en' ? param.count : toChineseCount(param.count);
    return text(param.messageId, param.params);
  };
  return text;
}

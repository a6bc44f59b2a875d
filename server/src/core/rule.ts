import type { SourceDocument } from './model/document.js';
import type { Fix, Locale, Localized, Range, RelatedLocation, Severity, Suggestion } from './types.js';

export type RuleCategory = 'placeholder' | 'outline' | 'figures';

/** The type of an option value; also what the settings schema and config validation are derived from. */
export type OptionType = 'string[]' | 'boolean' | 'number' | 'string';

export interface OptionSpec {
  readonly type: OptionType;
  readonly default: unknown;
  readonly description: Localized;
  /** Extra validation of a value of the right type; returns what is wrong, or undefined. */
  readonly validate?: (value: unknown) => Localized | undefined;
  /** The strings are compiled as regular expressions: an untrusted workspace may not set them. */
  readonly regex?: boolean;
}

export interface Report {
  readonly range: Range;
  readonly message: string;
  readonly fix?: Fix;
  readonly suggestions?: readonly Suggestion[];
  readonly related?: readonly RelatedLocation[];
  readonly data?: Readonly<Record<string, unknown>>;
}

export interface RuleContext<O> {
  readonly doc: SourceDocument;
  readonly options: O;
  readonly locale: Locale;
  report(report: Report): void;
}

export interface Rule<O = Record<string, unknown>> {
  /** Stable kebab-case id: the diagnostic code, the config key and the docs anchor. */
  readonly id: string;
  readonly category: RuleCategory;
  /** A short name (a few characters) for titles, menus and messages: 「未填写的占位符」. */
  readonly title: Localized;
  readonly description: Localized;
  /** Why it matters and what to do, in a sentence or two: shown on hover, and on the rule's page. */
  readonly explanation: Localized;
  readonly defaultSeverity: Severity;
  readonly fixable: boolean;
  readonly options: { readonly [K in keyof O]: OptionSpec };
  check(ctx: RuleContext<O>): void;
}

// Rules are stored type-erased in the registry; each rule's own `check` sees its typed options.
export type AnyRule = Rule<any>;

export function defineRule<O>(rule: Rule<O>): Rule<O> {
  return rule;
}

/** Fills `{name}` slots of a message template. */
export function format(template: string, params: Readonly<Record<string, string | number>> = {}): string {
  // By hand, not a replace callback: thousands of findings in a long draft each format a message.
  let out = '';
  let from = 0;
  for (let open = template.indexOf('{'); open >= 0; open = template.indexOf('{', open + 1)) {
    const close = template.indexOf('}', open + 1);
    if (close < 0) break;
    const name = template.slice(open + 1, close);
    if (!/^\w+$/.test(name) || !(name in params)) continue;
    out += template.slice(from, open) + String(params[name]);
    from = close + 1;
    open = close;
  }
  return out + template.slice(from);
}

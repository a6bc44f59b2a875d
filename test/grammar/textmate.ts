// The real TextMate engine of VS Code (vscode-textmate with Oniguruma compiled to WebAssembly, the
// versions VS Code 1.100 ships), loaded with the grammars this extension contributes in
// package.json and, from fixtures/, the Markdown grammar and default themes of VS Code 1.100.3.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, parseRawGrammar, Registry, type IGrammar, type IRawTheme, type StateStack } from 'vscode-textmate';
import { ROOT } from '../helpers/paths.js';

export const VSCODE_FIXTURES = join(ROOT, 'test/grammar/fixtures/vscode-1.100.3');

interface GrammarContribution {
  language?: string;
  scopeName: string;
  path: string;
  injectTo?: string[];
}

/** `contributes.grammars` of package.json: the registration is part of what is tested. */
export const contributedGrammars: readonly GrammarContribution[] = (
  JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { contributes: { grammars: GrammarContribution[] } }
).contributes.grammars;

/** Grammar files by scope name: ours, then the Markdown grammar VS Code ships. */
const grammarFiles = new Map<string, string>([
  ...contributedGrammars.map((g) => [g.scopeName, join(ROOT, g.path)] as const),
  ['text.html.markdown', join(VSCODE_FIXTURES, 'markdown.tmLanguage.json')],
]);

let onig: Promise<void> | undefined;
/** Oniguruma from node_modules, loaded once. */
export function loadOniguruma(): Promise<void> {
  onig ??= oniguruma.loadWASM(readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm')).buffer as ArrayBuffer);
  return onig;
}

/** A registry as VS Code builds one: grammars found by scope name, injections from `injectTo`. */
export function createRegistry(theme?: IRawTheme): Registry {
  return new Registry({
    onigLib: loadOniguruma().then(() => ({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    })),
    ...(theme && { theme }),
    loadGrammar: async (scopeName) => {
      const path = grammarFiles.get(scopeName);
      if (path) return parseRawGrammar(readFileSync(path, 'utf8'), path);
      // Markdown's front matter embeds YAML, and without a YAML grammar the rule does not apply at
      // all; in VS Code there is one. An empty stand-in is enough: YAML's own scopes do not matter here.
      if (scopeName === 'source.yaml') return parseRawGrammar(JSON.stringify({ scopeName, patterns: [] }), 'yaml.json');
      return null;
    },
    getInjections: (scopeName) => contributedGrammars.filter((g) => g.injectTo?.includes(scopeName)).map((g) => g.scopeName),
  });
}

export interface Token {
  readonly text: string;
  /** UTF-16 offsets in the line. */
  readonly start: number;
  readonly end: number;
  /** Outermost first, as VS Code's "Inspect Editor Tokens and Scopes" lists them reversed. */
  readonly scopes: readonly string[];
}

const grammars = new Map<string, Promise<IGrammar>>();
/** The grammar of `scopeName` from a shared registry without a theme. */
export function grammar(scopeName: string): Promise<IGrammar> {
  let g = grammars.get(scopeName);
  if (!g) {
    const registry = createRegistry();
    g = registry.loadGrammar(scopeName).then((loaded) => {
      if (!loaded) throw new Error(`no grammar for ${scopeName}`);
      return loaded;
    });
    grammars.set(scopeName, g);
  }
  return g;
}

/** Tokens of each line of `text`, lines tokenized in order as an editor does. */
export async function tokenize(scopeName: string, text: string): Promise<Token[][]> {
  const g = await grammar(scopeName);
  let state: StateStack = INITIAL;
  return text.split(/\r?\n/).map((line) => {
    const result = g.tokenizeLine(line, state);
    state = result.ruleStack;
    return result.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), start: t.startIndex, end: t.endIndex, scopes: t.scopes }));
  });
}

/** Whether some scope of the token starts with `prefix` as a whole segment: `markup.heading` matches `markup.heading.1.gongwen`. */
export function hasScope(token: Token, prefix: string): boolean {
  return token.scopes.some((s) => s === prefix || s.startsWith(`${prefix}.`));
}

/**
 * The ranges `[start, end)` of the line covered by tokens carrying `prefix`, adjacent tokens
 * merged: one range per highlighted run.
 */
export function runs(line: readonly Token[], prefix: string): [number, number][] {
  const out: [number, number][] = [];
  for (const t of line) {
    if (!hasScope(t, prefix)) continue;
    const last = out[out.length - 1];
    if (last && last[1] === t.start) last[1] = t.end;
    else out.push([t.start, t.end]);
  }
  return out;
}

/** The texts of the runs carrying `prefix` in `text`, line by line, in order. */
export async function highlighted(scopeName: string, text: string, prefix: string): Promise<string[]> {
  const lines = text.split(/\r?\n/);
  const tokens = await tokenize(scopeName, text);
  return tokens.flatMap((line, i) => runs(line, prefix).map(([s, e]) => lines[i]!.slice(s, e)));
}

// ---- Themes ----

interface ThemeFile {
  include?: string;
  colors?: Record<string, string>;
  tokenColors?: { scope?: string | string[]; settings: { foreground?: string; background?: string; fontStyle?: string } }[];
}

/**
 * A default theme as VS Code hands it to vscode-textmate: the editor's foreground and background
 * first, then the token colours of the included themes, then the theme's own.
 */
export function loadTheme(file: string): IRawTheme {
  const chain: ThemeFile[] = [];
  for (let name: string | undefined = file; name; ) {
    const theme = JSON.parse(readFileSync(join(VSCODE_FIXTURES, name), 'utf8')) as ThemeFile;
    chain.unshift(theme);
    name = theme.include?.replace(/^\.\//, '');
  }
  const colors = Object.assign({}, ...chain.map((t) => t.colors ?? {})) as Record<string, string>;
  return {
    name: file,
    settings: [
      { settings: { foreground: colors['editor.foreground'], background: colors['editor.background'] } },
      ...chain.flatMap((t) => t.tokenColors ?? []),
    ],
  };
}

export interface Style {
  /** `#rrggbb`, upper case, as vscode-textmate's colour map has it. */
  readonly foreground: string;
  readonly bold: boolean;
  readonly italic: boolean;
  readonly underline: boolean;
}

/** The style of the token that covers `needle` (its first character) in `line`, in `theme`. */
export async function styleOf(theme: IRawTheme, scopeName: string, line: string, needle: string): Promise<Style> {
  const registry = createRegistry(theme);
  const g = await registry.loadGrammar(scopeName);
  if (!g) throw new Error(`no grammar for ${scopeName}`);
  const at = line.indexOf(needle);
  if (at < 0) throw new Error(`${needle} is not in ${line}`);
  const { tokens } = g.tokenizeLine2(line, INITIAL);
  let metadata = 0;
  for (let i = 0; i < tokens.length; i += 2) if (tokens[i]! <= at) metadata = tokens[i + 1]!;
  // vscode-textmate's EncodedTokenAttributes: font style in bits 11–14, foreground id in bits 15–23.
  const fontStyle = (metadata >>> 11) & 0b1111;
  const foreground = (metadata >>> 15) & 0b111111111;
  return {
    foreground: registry.getColorMap()[foreground]!.toUpperCase(),
    bold: (fontStyle & 2) !== 0,
    italic: (fontStyle & 1) !== 0,
    underline: (fontStyle & 4) !== 0,
  };
}

export { INITIAL };

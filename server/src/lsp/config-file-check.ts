import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import { defaultConfig, normalizeConfig, ruleById, type ConfigError, type Locale, type OptionSpec } from '../core/index.js';
import { readConfigFile } from '../node/config-file.js';
import { isScalar, propertiesOf, type JsonNode, type JsonProperty } from '../node/jsonc.js';
import { DIAGNOSTIC_SOURCE, type ConfigDiagnosticData } from '../protocol.js';
import { withoutPatterns } from './trust.js';

/** A `.gongwenrc.json` as the server uses it, with what is wrong in it placed in the file. */
export interface CheckedConfigFile {
  readonly path: string;
  readonly uri: string;
  /** The layer to apply over the settings; undefined when the file is blank or could not be read or parsed. */
  readonly raw: unknown;
  /** What is wrong, for the notification (`path` empty for a read or syntax error). */
  readonly errors: readonly ConfigError[];
  /**
   * The same problems, in the same order, then the options an untrusted workspace may not use, at
   * their places in the file. A syntax error's has `data: {syntax: true}` (see `SYNTAX_ERROR`).
   */
  readonly diagnostics: readonly Diagnostic[];
}

export const CONFIG_DIAGNOSTIC_CODE = 'config';

/**
 * The `data` of the diagnostic of a JSON syntax error, which VS Code's JSON language service also
 * reports while the file is in an editor: the extension shows one of the two.
 */
const SYNTAX_ERROR: ConfigDiagnosticData = { syntax: true };

const UNTRUSTED = {
  'zh-CN': '此工作区不受信任，这里的正则表达式不会使用；信任此工作区后生效。',
  en: 'This workspace is not trusted: these regular expressions are not used until you trust it.',
} as const;

/**
 * Reads, parses and validates a config file. JSON only: nothing in it is ever executed. In an
 * untrusted workspace its regular-expression options are left out and marked as such.
 */
export function checkConfigFile(path: string, options: { readonly locale: Locale; readonly trusted: boolean }): CheckedConfigFile {
  const uri = pathToFileURL(path).href;
  const file = readConfigFile(path, options.locale);
  if (!file.ok) {
    const line = (file.syntax?.line ?? 1) - 1;
    const column = (file.syntax?.column ?? 1) - 1;
    const range = { start: { line, character: column }, end: { line, character: column + 1 } };
    const problem = diagnostic(range, file.message, DiagnosticSeverity.Error);
    return { path, uri, raw: undefined, errors: [{ path: '', message: file.message }], diagnostics: [file.syntax ? { ...problem, data: SYNTAX_ERROR } : problem] };
  }
  const { source, tree } = file;
  if (!tree) return { path, uri, raw: undefined, errors: [], diagnostics: [] };

  const text = TextDocument.create(uri, 'jsonc', 0, source);
  const at = (path: string, message: string, severity: DiagnosticSeverity): Diagnostic => {
    const [start, end] = locate(tree, source, path, severity === DiagnosticSeverity.Error);
    return diagnostic({ start: text.positionAt(start), end: text.positionAt(end) }, message, severity);
  };
  const { raw, removed } = options.trusted ? { raw: file.raw, removed: [] } : withoutPatterns(file.raw);
  const result = normalizeConfig(raw, defaultConfig(), options.locale);
  const errors = result.ok ? [] : result.errors;
  return {
    path,
    uri,
    raw,
    errors,
    diagnostics: [
      ...errors.map((e) => at(e.path, e.message, DiagnosticSeverity.Error)),
      ...removed.map((p) => at(p, UNTRUSTED[options.locale], DiagnosticSeverity.Information)),
    ],
  };
}

function diagnostic(range: Diagnostic['range'], message: string, severity: DiagnosticSeverity): Diagnostic {
  return { range, message, severity, source: DIAGNOSTIC_SOURCE, code: CONFIG_DIAGNOSTIC_CODE };
}

/**
 * Where a config path (`rules.placeholder.allow[2]`) is written: an array item; a property from its
 * key to its scalar value, or just the key of an object or array; for the root, its first line.
 * Where the path leads nowhere, the deepest part found. For an error in a list that the option's
 * own check rejects as a whole, `invalidItem` narrows it to the item that check fails on.
 */
export function locate(root: JsonNode, source: string, path: string, invalidItem = false): [number, number] {
  let node = root;
  let range: [number, number] = [root.offset, lineEnd(source, root.offset, end(root))];
  let rest = path;
  while (rest.length > 0) {
    if (node.type === 'array') {
      const m = /^\[(\d+)\]/.exec(rest);
      const item = m ? node.children?.[Number(m[1])] : undefined;
      if (!m || !item) break;
      node = item;
      range = [item.offset, end(item)];
      rest = rest.slice(m[0].length);
    } else if (node.type === 'object') {
      const name = rest.startsWith('.') ? rest.slice(1) : rest;
      const property = propertyStarting(propertiesOf(node), name);
      if (!property) break;
      node = property.value;
      range = [property.keyNode.offset, isScalar(node) ? end(node) : end(property.keyNode)];
      rest = name.slice(property.key.length);
    } else {
      break;
    }
  }
  const item = invalidItem && node.type === 'array' ? firstInvalid(node, path) : undefined;
  return item ? [item.offset, end(item)] : range;
}

/** The property the path goes on with: the longest key (keys may contain dots), the last written if repeated, as parsing keeps it. */
function propertyStarting(properties: readonly JsonProperty[], name: string): JsonProperty | undefined {
  let best: JsonProperty | undefined;
  for (const p of properties) {
    if (!name.startsWith(p.key) || !/^(?:$|\.|\[)/.test(name.slice(p.key.length))) continue;
    if (!best || p.key.length >= best.key.length) best = p;
  }
  return best;
}

/** A list option's own check names the whole list; the item it rejects is the better place. */
function firstInvalid(node: JsonNode, path: string): JsonNode | undefined {
  const m = /^rules\.([^.[\]]+)\.([^.[\]]+)$/.exec(path);
  const spec = m ? (ruleById(m[1]!)?.options as Record<string, OptionSpec> | undefined)?.[m[2]!] : undefined;
  if (!spec?.validate) return undefined;
  return node.children?.find((item) => item.type === 'string' && spec.validate!([item.value as string]) !== undefined);
}

function end(node: JsonNode): number {
  return node.offset + node.length;
}

function lineEnd(source: string, start: number, end: number): number {
  const newline = source.indexOf('\n', start);
  return newline < 0 ? end : Math.min(newline, end);
}

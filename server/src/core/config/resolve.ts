import { defaultConfig, normalizeConfig, type Config, type ConfigError } from './config.js';
import { overrideApplies, type GlobMatcher } from './overrides.js';
import type { Locale } from '../types.js';

/**
 * The layers of a file's configuration, each as written (parsed JSON), later winning:
 * built-in defaults < VS Code's `gongwen.*` settings (server) < the nearest `.gongwenrc.json`
 * < its `overrides` that match the file < command-line flags (CLI).
 */
export interface ConfigLayers {
  /** The language of the messages, and of the findings unless a layer sets `locale`. */
  readonly locale: Locale;
  readonly settings?: unknown;
  /** The config file's content and its folder, which its `overrides` patterns are relative to. */
  readonly file?: { readonly raw: unknown; readonly dir: string };
  readonly flags?: unknown;
}

export interface ResolvedConfig {
  readonly config: Config;
  /** What is wrong in each layer; those parts were left out and the layer below applies there. */
  readonly errors: { readonly settings: readonly ConfigError[]; readonly file: readonly ConfigError[]; readonly flags: readonly ConfigError[] };
}

/** The configuration of the file at `path` (undefined: no file, so no overrides), from its layers. */
export function resolveConfig(layers: ConfigLayers, path: string | undefined, matches: GlobMatcher): ResolvedConfig {
  const { locale } = layers;
  const settings = normalizeConfig(layers.settings, { ...defaultConfig(), locale }, locale);
  const file = normalizeConfig(layers.file?.raw, settings.config, locale, { dir: layers.file?.dir ?? '' });
  const overridden = path === undefined ? file.config : configForFile(file.config, path, matches);
  const flags = normalizeConfig(layers.flags, overridden, locale);
  return { config: flags.config, errors: { settings: errorsOf(settings), file: errorsOf(file), flags: errorsOf(flags) } };
}

/** `config` with the overrides that apply to `path` laid over it, in order. */
export function configForFile(config: Config, path: string, matches: GlobMatcher): Config {
  let result = config;
  for (const o of config.overrides) {
    if (overrideApplies(o, path, matches)) result = normalizeConfig({ rules: o.rules }, result, result.locale).config;
  }
  return result;
}

function errorsOf(result: ReturnType<typeof normalizeConfig>): readonly ConfigError[] {
  return result.ok ? [] : result.errors;
}

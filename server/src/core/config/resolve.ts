import { defaultConfig, normalizeConfig, type Config, type ConfigError, type RuleSet } from './config.js';
import { RULES } from '../registry.js';
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

/** What is wrong in each layer; those parts were left out and the layer below applies there. */
export interface LayerErrors {
  readonly settings: readonly ConfigError[];
  readonly file: readonly ConfigError[];
  readonly flags: readonly ConfigError[];
}

/** The layers laid once, for every file they serve: only the overrides depend on the file. */
export interface LayeredConfig {
  readonly errors: LayerErrors;
  /** Defaults < settings < file, with the file's overrides not yet applied. */
  readonly base: Config;
  readonly flags: unknown;
  /** `base` with the flags: the configuration of every file no override matches. */
  readonly plain: Config;
}

export interface ResolvedConfig {
  readonly config: Config;
  readonly errors: LayerErrors;
}

/** The configuration of the file at `path` (undefined: no file, so no overrides), from its layers. */
export function resolveConfig(layers: ConfigLayers, path: string | undefined, matches: GlobMatcher): ResolvedConfig {
  const layered = layerConfig(layers);
  return { config: configAt(layered, path, matches), errors: layered.errors };
}

export function layerConfig(layers: ConfigLayers): LayeredConfig {
  const { locale } = layers;
  const settings = normalizeConfig(layers.settings, { ...defaultConfig(), locale }, locale);
  const file = normalizeConfig(layers.file?.raw, settings.config, locale, { dir: layers.file?.dir ?? '' });
  const flags = normalizeConfig(layers.flags, file.config, locale);
  return { errors: { settings: errorsOf(settings), file: errorsOf(file), flags: errorsOf(flags) }, base: file.config, flags: layers.flags, plain: flags.config };
}

/** The configuration of the file at `path`: the overrides that match it, then the flags, over the base. */
export function configAt(layered: LayeredConfig, path: string | undefined, matches: GlobMatcher): Config {
  if (path === undefined) return layered.plain;
  const overridden = configForFile(layered.base, path, matches);
  return overridden === layered.base ? layered.plain : normalizeConfig(layered.flags, overridden, overridden.locale).config;
}

/** `config` with the overrides that apply to `path` laid over it, in order. */
export function configForFile(config: Config, path: string, matches: GlobMatcher, ruleSet: RuleSet = RULES): Config {
  let result = config;
  for (const o of config.overrides) {
    if (overrideApplies(o, path, matches)) result = normalizeConfig({ rules: o.rules }, result, result.locale, {}, ruleSet).config;
  }
  return result;
}

function errorsOf(result: ReturnType<typeof normalizeConfig>): readonly ConfigError[] {
  return result.ok ? [] : result.errors;
}

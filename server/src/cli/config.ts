import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { configForFile, defaultConfig, normalizeConfig, type Config, type Locale } from '../core/index.js';
import { findConfigFile, readConfigFile } from '../node/config-file.js';
import type { CliOptions } from './args.js';

export type Resolved = { ok: true; config: Config } | { ok: false; errors: string[] };

/**
 * Config layers, later wins: defaults < nearest `.gongwenrc.json` (or `--config`) < its `overrides`
 * matching the file < `--rule` flags. Each config file is read and validated once.
 */
export class ConfigResolver {
  readonly locale: Locale;
  private readonly base: Config;
  private readonly byConfigFile = new Map<string, Resolved>();
  private readonly configFileByDir = new Map<string, string | undefined>();

  constructor(
    private readonly options: CliOptions,
    private readonly cwd: string,
  ) {
    this.locale = options.locale;
    this.base = normalizeConfig({ locale: options.locale }, defaultConfig()).config;
  }

  forFile(filePath: string): Resolved {
    const configPath = this.options.config ? resolve(this.cwd, this.options.config) : this.nearestConfigFile(filePath);
    const key = configPath ?? '';
    let resolved = this.byConfigFile.get(key);
    if (!resolved) {
      resolved = this.resolve(configPath);
      this.byConfigFile.set(key, resolved);
    }
    // The file's `overrides`, then the command-line flags, which beat everything in files.
    if (!resolved.ok || resolved.config.overrides.length === 0) return resolved;
    return { ok: true, config: this.withFlags(configForFile(resolved.config, filePath)) };
  }

  private withFlags(config: Config): Config {
    // The locale flag beats a config file's locale.
    const flags: Record<string, unknown> = { locale: this.locale, rules: Object.fromEntries(this.options.rules) };
    return normalizeConfig(flags, config, this.locale).config;
  }

  private nearestConfigFile(filePath: string): string | undefined {
    const dir = filePath.startsWith('<') ? this.cwd : dirname(filePath);
    if (!this.configFileByDir.has(dir)) this.configFileByDir.set(dir, findConfigFile(dir, existsSync));
    return this.configFileByDir.get(dir);
  }

  private resolve(configPath: string | undefined): Resolved {
    let config = this.base;
    if (configPath) {
      const file = readConfigFile(configPath, this.locale);
      if (!file.ok) return { ok: false, errors: [`${configPath}: ${file.message}`] };
      const result = normalizeConfig(file.raw, config, this.locale, { dir: dirname(configPath) });
      if (!result.ok) return { ok: false, errors: result.errors.map((e) => `${configPath}: ${e.path}: ${e.message}`) };
      config = result.config;
    }
    // Kept without the flags while overrides are still to be applied per file.
    return { ok: true, config: config.overrides.length > 0 ? config : this.withFlags(config) };
  }
}

/**
 * A configuration in the shape of a `.gongwenrc.json` — `{"locale", "rules": {"<id>": {"severity", …options}}}` —
 * so that what `--print-config` prints can itself be used as a config file.
 */
export function configAsFile(config: Config): { locale: Locale; rules: Record<string, Record<string, unknown>> } {
  const rules: Record<string, Record<string, unknown>> = {};
  for (const [id, rule] of Object.entries(config.rules)) rules[id] = { severity: rule.severity, ...rule.options };
  return { locale: config.locale, rules };
}

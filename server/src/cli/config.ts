import { dirname, resolve } from 'node:path';
import type { Config, LayeredConfig, Locale } from '../core/index.js';
import { readConfigFile, type ConfigFileRead } from '../node/config-file.js';
import { ConfigFileResolver } from '../node/config-resolver.js';
import type { CliOptions } from './args.js';

export type Resolved = { ok: true; config: Config } | { ok: false; errors: string[] };

/**
 * Config layers, later wins: defaults < nearest `.gongwenrc.json` (or `--config`) < its `overrides`
 * matching the file < `--locale`, `--rule` and `--layout` flags. A config file with a problem stops the run:
 * the CLI never lints with a configuration other than the one written.
 */
export class ConfigResolver {
  readonly locale: Locale;
  private readonly files: ConfigFileResolver<ConfigFileRead>;
  private readonly flags: { locale: Locale; rules: Record<string, string>; layout?: string };
  /** By config file path ('' for none): the flags are the same for every file, so only overrides differ. */
  private readonly layered = new Map<string, LayeredConfig>();

  constructor(
    options: CliOptions,
    private readonly cwd: string,
  ) {
    this.locale = options.locale;
    this.files = new ConfigFileResolver((path) => readConfigFile(path, this.locale), options.config ? resolve(cwd, options.config) : undefined);
    // The locale flag beats a config file's locale.
    this.flags = { locale: options.locale, rules: Object.fromEntries(options.rules), ...(options.layout && { layout: options.layout }) };
  }

  forFile(filePath: string): Resolved {
    const named = !filePath.startsWith('<');
    const file = this.files.fileFor(named ? dirname(filePath) : this.cwd);
    if (file && !file.ok) return { ok: false, errors: [`${file.path}: ${file.message}`] };
    const key = file?.path ?? '';
    let layered = this.layered.get(key);
    if (!layered) {
      layered = this.files.layer(file, { locale: this.locale, flags: this.flags });
      this.layered.set(key, layered);
    }
    if (file && layered.errors.file.length > 0) return { ok: false, errors: layered.errors.file.map((e) => `${file.path}: ${e.path}: ${e.message}`) };
    return { ok: true, config: this.files.configAt(layered, named ? filePath : undefined) };
  }
}

/**
 * A configuration in the shape of a `.gongwenrc.json` — `{"locale", "rules": {"<id>": {"severity", …options}}}` —
 * so that what `--print-config` prints can itself be used as a config file.
 */
export function configAsFile(config: Config): { locale: Locale; rules: Record<string, Record<string, unknown>>; documentDate?: string; documentType?: string; layout?: string } {
  const rules: Record<string, Record<string, unknown>> = {};
  for (const [id, rule] of Object.entries(config.rules)) rules[id] = { severity: rule.severity, ...rule.options };
  return {
    locale: config.locale,
    rules,
    ...(config.documentDate !== undefined && { documentDate: config.documentDate }),
    ...(config.documentType !== undefined && { documentType: config.documentType }),
    ...(config.layout !== undefined && { layout: config.layout }),
  };
}

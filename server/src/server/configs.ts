import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { configForFile, defaultConfig, normalizeConfig, type Config, type ConfigError, type Locale } from '../core/index.js';
import { findConfigFile, readConfigFile, type ConfigFileResult } from '../node/config-file.js';
import { readSettings, type Settings } from './settings.js';

export interface DocumentConfig {
  readonly settings: Settings;
  readonly config: Config;
}

/** A problem in one configuration source (the settings or a config file), to be shown to the user. */
export interface ConfigProblem {
  readonly source: string;
  readonly errors: readonly ConfigError[];
}

/**
 * Resolves each document's configuration — defaults < `gongwen.*` settings < nearest
 * `.gongwenrc.json` — and caches it until settings or config files change. Invalid parts are
 * reported through `onProblem` and replaced by the layer below; nothing here throws.
 */
export class ConfigStore {
  private readonly byUri = new Map<string, Promise<DocumentConfig>>();
  private readonly rcByDir = new Map<string, string | undefined>();
  private readonly rcFiles = new Map<string, ConfigFileResult>();

  constructor(
    private readonly fetchSettings: (uri: string) => Promise<unknown>,
    private readonly locale: Locale,
    private readonly onProblem: (problem: ConfigProblem) => void,
  ) {}

  forDocument(uri: string): Promise<DocumentConfig> {
    let entry = this.byUri.get(uri);
    if (!entry) {
      entry = this.resolve(uri);
      this.byUri.set(uri, entry);
    }
    return entry;
  }

  forget(uri: string): void {
    this.byUri.delete(uri);
  }

  /** After a settings change. */
  settingsChanged(): void {
    this.byUri.clear();
  }

  /** After a `.gongwenrc.json` was created, changed or deleted. */
  filesChanged(): void {
    this.rcByDir.clear();
    this.rcFiles.clear();
    this.byUri.clear();
  }

  private async resolve(uri: string): Promise<DocumentConfig> {
    let rawSettings: unknown;
    try {
      rawSettings = await this.fetchSettings(uri);
    } catch {
      rawSettings = undefined;
    }
    const { settings, errors: settingErrors } = readSettings(rawSettings);
    let config = normalizeConfig({ locale: this.locale }, defaultConfig()).config;
    const fromSettings = normalizeConfig(settings.layer, config, this.locale);
    const settingsProblems = [...settingErrors, ...(fromSettings.ok ? [] : fromSettings.errors.map(prefix('gongwen.')))];
    if (settingsProblems.length > 0) this.onProblem({ source: 'settings', errors: settingsProblems });
    config = fromSettings.config;

    const rcPath = this.configFileFor(uri);
    if (rcPath) {
      const file = this.readConfigFile(rcPath);
      if (!file.ok) {
        this.onProblem({ source: rcPath, errors: [{ path: '', message: file.message }] });
      } else {
        const fromFile = normalizeConfig(file.raw, config, this.locale, { dir: dirname(rcPath) });
        if (!fromFile.ok) this.onProblem({ source: rcPath, errors: fromFile.errors });
        config = configForFile(fromFile.config, fileURLToPath(uri));
      }
    }
    return { settings, config };
  }

  private configFileFor(uri: string): string | undefined {
    if (!uri.startsWith('file:')) return undefined;
    let dir: string;
    try {
      dir = dirname(fileURLToPath(uri));
    } catch {
      return undefined;
    }
    if (!this.rcByDir.has(dir)) this.rcByDir.set(dir, findConfigFile(dir, existsSync));
    return this.rcByDir.get(dir);
  }

  private readConfigFile(path: string): ConfigFileResult {
    let file = this.rcFiles.get(path);
    if (!file) {
      file = readConfigFile(path, this.locale);
      this.rcFiles.set(path, file);
    }
    return file;
  }
}

function prefix(p: string) {
  return (e: ConfigError): ConfigError => ({ ...e, path: p + e.path });
}

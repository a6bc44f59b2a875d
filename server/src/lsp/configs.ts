import { existsSync } from 'node:fs';
import { dirname, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { configForFile, defaultConfig, normalizeConfig, type Config, type ConfigError, type Locale } from '../core/index.js';
import { findConfigFile } from '../node/config-file.js';
import { checkConfigFile, type CheckedConfigFile } from './config-file-check.js';
import { readSettings, type Settings } from './settings.js';
import { withoutPatterns } from './trust.js';

export interface DocumentConfig {
  readonly settings: Settings;
  readonly config: Config;
}

export interface ConfigStoreOptions {
  readonly fetchSettings: (uri: string) => Promise<unknown>;
  readonly locale: Locale;
  /** Whether the workspace is trusted to run its own regular expressions. */
  readonly trusted: boolean;
  /** The problems of the settings a document was resolved with (empty when there are none). */
  readonly onSettingsProblems: (errors: readonly ConfigError[]) => void;
  /** A config file was read, or found gone (no diagnostics then): its diagnostics replace the previous ones. */
  readonly onFileChecked: (file: CheckedConfigFile) => void;
}

/**
 * Resolves each document's configuration — defaults < `gongwen.*` settings < nearest
 * `.gongwenrc.json` — and caches it until settings, config files or trust change. Invalid parts
 * are reported and replaced by the layer below; nothing here throws.
 */
export class ConfigStore {
  private readonly byUri = new Map<string, Promise<DocumentConfig>>();
  private readonly rcByDir = new Map<string, string | undefined>();
  private readonly rcFiles = new Map<string, CheckedConfigFile>();
  private trusted: boolean;

  constructor(private readonly options: ConfigStoreOptions) {
    this.trusted = options.trusted;
  }

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

  /**
   * After config files were created, changed or deleted. The files named and those read before
   * are checked again at once, so that a fixed or deleted file's diagnostics clear even when no
   * open document uses it any more.
   */
  filesChanged(uris: readonly string[] = []): void {
    const paths = new Set([...this.rcFiles.keys(), ...uris.flatMap((uri) => pathOf(uri) ?? [])]);
    this.rcByDir.clear();
    this.rcFiles.clear();
    this.byUri.clear();
    for (const path of paths) this.recheck(path);
  }

  /** Whether a config file read so far lies inside the folder `uri` (when that folder is deleted, it went too). */
  readFileUnder(uri: string): boolean {
    const folder = pathOf(uri);
    if (!folder) return false;
    const prefix = folder.endsWith(sep) ? folder : folder + sep;
    for (const path of this.rcFiles.keys()) if (path.startsWith(prefix)) return true;
    return false;
  }

  /** The user trusted (or stopped trusting) the workspace: its patterns apply (or not) from now on. */
  setTrusted(trusted: boolean): void {
    if (trusted === this.trusted) return;
    this.trusted = trusted;
    this.filesChanged();
  }

  private recheck(path: string): void {
    if (existsSync(path)) {
      this.checkFile(path);
    } else {
      this.options.onFileChecked({ path, uri: pathToFileURL(path).href, raw: undefined, errors: [], diagnostics: [] });
    }
  }

  private async resolve(uri: string): Promise<DocumentConfig> {
    const { locale } = this.options;
    let rawSettings: unknown;
    try {
      rawSettings = await this.options.fetchSettings(uri);
    } catch {
      rawSettings = undefined;
    }
    const { settings, errors: settingErrors } = readSettings(rawSettings, locale);
    const layer = this.trusted ? settings.layer : withoutPatterns(settings.layer).raw;
    let config = normalizeConfig({ locale }, defaultConfig()).config;
    const fromSettings = normalizeConfig(layer, config, locale);
    this.options.onSettingsProblems([...settingErrors, ...(fromSettings.ok ? [] : fromSettings.errors.map(prefix('gongwen.')))]);
    config = fromSettings.config;

    const rcPath = this.configFileFor(uri);
    if (rcPath) {
      const file = this.checkFile(rcPath);
      // Its errors were reported when it was checked; here only the valid parts apply, then the
      // overrides that match this document.
      if (file.raw !== undefined) config = configForFile(normalizeConfig(file.raw, config, locale, { dir: dirname(rcPath) }).config, fileURLToPath(uri));
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

  private checkFile(path: string): CheckedConfigFile {
    let file = this.rcFiles.get(path);
    if (!file) {
      file = checkConfigFile(path, { locale: this.options.locale, trusted: this.trusted });
      this.rcFiles.set(path, file);
      this.options.onFileChecked(file);
    }
    return file;
  }
}

function pathOf(uri: string): string | undefined {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
}

function prefix(p: string) {
  return (e: ConfigError): ConfigError => ({ ...e, path: p + e.path });
}

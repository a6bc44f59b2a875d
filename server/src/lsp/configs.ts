import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Config, ConfigError, Locale } from '../core/index.js';
import { ConfigFileResolver } from '../node/config-resolver.js';
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
 * Each document's configuration — defaults < `gongwen.*` settings < nearest `.gongwenrc.json` <
 * its overrides — laid by the resolver the CLI uses too, and cached until settings, config files
 * or trust change. Invalid parts are reported and replaced by the layer below; nothing here throws.
 */
export class ConfigStore {
  private readonly byUri = new Map<string, Promise<DocumentConfig>>();
  private readonly files: ConfigFileResolver<CheckedConfigFile>;
  private trusted: boolean;

  constructor(private readonly options: ConfigStoreOptions) {
    this.trusted = options.trusted;
    // Each file is checked, and its diagnostics sent, once until the files change.
    this.files = new ConfigFileResolver((path) => {
      const file = checkConfigFile(path, { locale: this.options.locale, trusted: this.trusted });
      this.options.onFileChecked(file);
      return file;
    });
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
    const paths = new Set([...this.files.invalidate(), ...uris.flatMap((uri) => pathOf(uri) ?? [])]);
    this.byUri.clear();
    for (const path of paths) {
      if (existsSync(path)) this.files.file(path);
      else this.options.onFileChecked({ path, uri: pathToFileURL(path).href, raw: undefined, errors: [], diagnostics: [] });
    }
  }

  /** Whether a config file read so far lies inside the folder `uri` (when that folder is deleted, it went too). */
  readFileUnder(uri: string): boolean {
    const folder = pathOf(uri);
    return folder !== undefined && this.files.loadedUnder(folder);
  }

  /** The user trusted (or stopped trusting) the workspace: its patterns apply (or not) from now on. */
  setTrusted(trusted: boolean): void {
    if (trusted === this.trusted) return;
    this.trusted = trusted;
    this.filesChanged();
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
    const path = pathOf(uri);
    // The file's problems were reported when it was checked; here only its valid parts apply.
    const file = path === undefined ? undefined : this.files.fileFor(dirname(path));
    const layered = this.files.layer(file, { locale, settings: layer });
    this.options.onSettingsProblems([...settingErrors, ...layered.errors.settings.map(prefix('gongwen.'))]);
    return { settings, config: this.files.configAt(layered, path) };
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

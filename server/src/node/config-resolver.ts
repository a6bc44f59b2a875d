import { existsSync } from 'node:fs';
import { dirname, sep } from 'node:path';
import { configAt, layerConfig, type Config, type ConfigLayers, type LayeredConfig } from '../core/index.js';
import { findConfigFile } from './config-file.js';
import { overrideGlobMatches } from './glob.js';

/** A config file as a user of the resolver loads it: `raw` is its layer, undefined when it has none (blank, unreadable, broken). */
export interface LoadedConfigFile {
  readonly path: string;
  readonly raw?: unknown;
}

/**
 * The file-system side of configuration, for the CLI and the language server alike: finds the
 * `.gongwenrc.json` that applies to a file (the nearest one above it, or one given), loads each
 * once — so that its problems are reported once — until told the files changed, and lays the
 * layers with the core's `resolveConfig`. How a file is loaded and reported is the user's `load`.
 */
export class ConfigFileResolver<F extends LoadedConfigFile> {
  private readonly nearestByDir = new Map<string, string | undefined>();
  private readonly loaded = new Map<string, F>();

  constructor(
    private readonly load: (path: string) => F,
    /** `--config`: this file for every document instead of the nearest one. */
    private readonly fixedFile?: string,
  ) {}

  /** The config file for documents in `dir`, loaded; undefined when there is none. */
  fileFor(dir: string): F | undefined {
    let path = this.fixedFile;
    if (path === undefined) {
      if (!this.nearestByDir.has(dir)) this.nearestByDir.set(dir, findConfigFile(dir, existsSync));
      path = this.nearestByDir.get(dir);
    }
    return path === undefined ? undefined : this.file(path);
  }

  /** The config file at `path`, loaded now unless it was already. */
  file(path: string): F {
    let file = this.loaded.get(path);
    if (!file) {
      file = this.load(path);
      this.loaded.set(path, file);
    }
    return file;
  }

  /** `layers` over the defaults, with `file`'s content: what every document using that file shares. */
  layer(file: F | undefined, layers: Omit<ConfigLayers, 'file'>): LayeredConfig {
    return layerConfig({ ...layers, file: file?.raw === undefined ? undefined : { raw: file.raw, dir: dirname(file.path) } });
  }

  /** The configuration of the document at `path` (undefined for one without, such as stdin without a name): with the overrides that match it. */
  configAt(layered: LayeredConfig, path: string | undefined): Config {
    return configAt(layered, path, overrideGlobMatches);
  }

  /** Whether a config file loaded so far lies inside `folder`. */
  loadedUnder(folder: string): boolean {
    const prefix = folder.endsWith(sep) ? folder : folder + sep;
    for (const path of this.loaded.keys()) if (path.startsWith(prefix)) return true;
    return false;
  }

  /** Config files were created, changed or deleted: everything is found and loaded again. Returns the paths loaded before. */
  invalidate(): string[] {
    const paths = [...this.loaded.keys()];
    this.nearestByDir.clear();
    this.loaded.clear();
    return paths;
  }
}

import { isAbsolute, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPOSITORY_URL, RULES, docsUrl, type AnyRule, type Locale, type Severity } from '../core/index.js';
import type { FileReport, LocatedMessage, Region } from './report.js';

/** The project's home page: the rule docs' base without `/blob/<branch>/docs/rules`. */
export const INFORMATION_URI = REPOSITORY_URL;
export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
const SRCROOT = '%SRCROOT%';

type SarifLevel = 'error' | 'warning' | 'note';

const LEVELS: Readonly<Record<Severity, SarifLevel>> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

/**
 * A SARIF 2.1.0 log of one run, for GitHub code scanning and other SARIF viewers.
 *
 * - `tool.driver.rules` lists every registered rule, in registry order; each result names its rule
 *   by `ruleId` and `ruleIndex`.
 * - Files under `cwd` are given relative to `%SRCROOT%` (the run's `originalUriBaseIds` says
 *   where that is); others by absolute `file:` URI; standard input by a description only.
 * - Regions are 1-based, columns in UTF-16 code units (`columnKind`), the end column exclusive,
 *   exactly as in the JSON output.
 * - A finding's automatic fix and its suggestions become `fixes`; its related places `relatedLocations`.
 */
export function formatSarif(reports: readonly FileReport[], options: { cwd: string; version: string; locale: Locale }): string {
  const { cwd, locale } = options;
  const ruleIndex = new Map(RULES.map((rule, i) => [rule.id, i]));
  const results = reports.flatMap((report) => {
    const artifactLocation = artifactLocationOf(report.filePath, cwd);
    return report.messages.map((m) => result(m, artifactLocation, ruleIndex, locale));
  });
  const log = {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'gongwen-lint',
            version: options.version,
            semanticVersion: options.version,
            informationUri: INFORMATION_URI,
            rules: RULES.map((rule) => ruleDescriptor(rule, locale)),
          },
        },
        language: locale,
        columnKind: 'utf16CodeUnits',
        originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(cwd) } },
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2);
}

function ruleDescriptor(rule: AnyRule, locale: Locale) {
  const url = docsUrl(rule);
  const explanation = rule.explanation[locale];
  return {
    id: rule.id,
    name: pascalCase(rule.id),
    shortDescription: { text: rule.description[locale] },
    fullDescription: { text: explanation },
    help: { text: `${explanation}\n${url}`, markdown: `${explanation}\n\n[${rule.id}](${url})` },
    helpUri: url,
    defaultConfiguration: { level: LEVELS[rule.defaultSeverity] },
    properties: { tags: ['gongwen', rule.category] },
  };
}

type ArtifactLocation = { uri: string; uriBaseId?: string } | { description: { text: string } };

function result(m: LocatedMessage, artifactLocation: ArtifactLocation, ruleIndex: ReadonlyMap<string, number>, locale: Locale) {
  const index = ruleIndex.get(m.ruleId);
  return {
    ruleId: m.ruleId,
    ...(index !== undefined && { ruleIndex: index }),
    level: LEVELS[m.level],
    message: { text: m.message },
    locations: [{ physicalLocation: { artifactLocation, region: region(m) } }],
    ...(m.related && {
      relatedLocations: m.related.map((r, i) => ({ id: i + 1, physicalLocation: { artifactLocation, region: region(r) }, message: { text: r.message } })),
    }),
    ...(m.edits && {
      fixes: m.edits.map((edit) => ({
        description: { text: edit.title ?? (locale === 'en' ? 'Automatic fix' : '自动修复') },
        artifactChanges: [{ artifactLocation, replacements: [{ deletedRegion: region(edit), insertedContent: { text: edit.text } }] }],
      })),
    }),
  };
}

function region(r: Region) {
  return { startLine: r.line, startColumn: r.column, endLine: r.endLine, endColumn: r.endColumn };
}

/** Relative to `%SRCROOT%` when under `cwd`, each segment percent-encoded: `%E8%AE%B2%E8%AF%9D.txt`. */
function artifactLocationOf(filePath: string, cwd: string): ArtifactLocation {
  if (filePath.startsWith('<')) return { description: { text: '标准输入 standard input' } };
  const rel = relative(cwd, filePath);
  if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return { uri: pathToFileURL(filePath).href };
  return { uri: rel.split(sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

/** A directory's `file:` URI, ending in `/` as SARIF requires of a base. */
function directoryUri(dir: string): string {
  const href = pathToFileURL(dir).href;
  return href.endsWith('/') ? href : `${href}/`;
}

/** `heading-sequence` → `HeadingSequence`: SARIF's rule `name` is an identifier. */
function pascalCase(id: string): string {
  return id.replace(/(?:^|-)(\w)/g, (_, c: string) => c.toUpperCase());
}

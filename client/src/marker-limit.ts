/**
 * How many diagnostics of one collection VS Code passes to the editor for one file. Past it, the
 * extension host forwards only this many, plus one marker "Not showing N further errors and warnings",
 * while `languages.getDiagnostics` still returns them all. VS Code 1.100:
 * `ExtHostDiagnostics._maxDiagnosticsPerFile` and `DiagnosticCollection.set` in
 * src/vs/workbench/api/common/extHostDiagnostics.ts.
 */
export const MAX_DIAGNOSTICS_PER_FILE = 1000;

/**
 * How many of a file's markers the editor draws: squiggle, overview ruler and minimap mark, and the
 * hover with its quick fix. The rest can still be reached with F8 and are listed in Problems, but
 * nothing shows them in the text. VS Code 1.100: `MarkerDecorationsService`, which reads
 * `{ resource, take: 500 }` (src/vs/editor/common/services/markerDecorationsService.ts).
 */
export const MAX_DRAWN_MARKERS = 500;

/** vscode.DiagnosticSeverity's numbers, in the order the extension host keeps them: Error, Warning, Information, Hint. */
const SEVERITY_ORDER = [0, 1, 2, 3] as const;

/**
 * The diagnostics the editor does not draw, in the collection's order. The extension host forwards
 * them all while there are no more than `forwarded`; else it walks the severities from Error to Hint
 * and, within each, the diagnostics in order, keeping the first `forwarded`. Of what it forwards the
 * editor draws the first `drawn`. Assumes these are the file's only markers (no other extension's
 * come before them), as for a draft that only this extension checks.
 */
export function undrawnDiagnostics<T extends { readonly severity: number }>(
  diagnostics: readonly T[],
  forwarded = MAX_DIAGNOSTICS_PER_FILE,
  drawn = MAX_DRAWN_MARKERS,
): T[] {
  if (diagnostics.length <= drawn) return [];
  const order = diagnostics.length <= forwarded ? diagnostics.map((_, i) => i) : forwardedOrder(diagnostics, forwarded);
  const shown = new Array<boolean>(diagnostics.length).fill(false);
  for (const i of order.slice(0, drawn)) shown[i] = true;
  return diagnostics.filter((_, i) => !shown[i]);
}

/** The indices of the `limit` diagnostics the extension host forwards, in the order it forwards them. */
function forwardedOrder(diagnostics: readonly { readonly severity: number }[], limit: number): number[] {
  const order: number[] = [];
  for (const severity of SEVERITY_ORDER) {
    for (let i = 0; i < diagnostics.length; i++) {
      if (diagnostics[i]!.severity !== severity) continue;
      if (order.push(i) === limit) return order;
    }
  }
  return order;
}

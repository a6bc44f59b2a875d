import { moveFigure, scanFigures } from './figures.js';
import { LineCache } from './line-cache.js';

/**
 * What one document's lints can share while it is edited: the figures, the costliest line-local part of the model.
 * Give the same cache to each `SourceDocument` made from successive versions of one document
 * (the language server keeps one per open document); results are identical with or without it.
 */
export class ModelCache {
  readonly figures = new LineCache(scanFigures, moveFigure);
}

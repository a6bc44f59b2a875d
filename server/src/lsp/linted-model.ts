import { speechStats, type DocumentType, type SourceDocument } from '../core/index.js';
import { outlineSource, type OutlineSource } from './outline-features.js';

interface Read {
  readonly characters: number;
  readonly documentType: DocumentType | undefined;
  outline: OutlineSource | undefined;
}

/**
 * What the server keeps of a linted document's model: the speech length (status bar), the document
 * type (hover over the title) and, for the last document linted only, its outline (symbols and
 * folding, asked for after each keystroke). They are read once the diagnostics went out — off the
 * keystroke's path — or when first asked for; then the model is let go. A whole model is about
 * ten times its text, and one kept until the next keystroke would reach the old generation each
 * time: more, and longer, full garbage collections.
 */
export class LintedModel {
  private doc: SourceDocument | undefined;
  private read: Read | undefined;

  constructor(doc: SourceDocument) {
    this.doc = doc;
  }

  /** Reads what is kept from the model and drops the model; later calls do nothing. */
  settle(): Read {
    if (!this.read) {
      const doc = this.doc!;
      this.read = { characters: speechStats(doc).characters, documentType: doc.documentType, outline: outlineSource(doc) };
      this.doc = undefined;
    }
    return this.read;
  }

  /** Characters read aloud, counted on the model built for linting. */
  get characters(): number {
    return this.settle().characters;
  }

  /** The document type its title states or the configuration sets. */
  get documentType(): DocumentType | undefined {
    return this.settle().documentType;
  }

  /** The outline, until `forgetOutline`. */
  get outline(): OutlineSource | undefined {
    return this.settle().outline;
  }

  /** Another document was linted since: its outline is the one kept now. */
  forgetOutline(): void {
    this.settle().outline = undefined;
  }
}

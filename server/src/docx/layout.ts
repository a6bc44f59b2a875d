import type { DocumentLayout, LineRule, PageNumberLayout, ParagraphLayout, SectionLayout, SpanLayout } from '../core/index.js';
import { MM_PER_PT } from '../core/model/layout.js';
import { Formatting, isOn } from './formatting.js';
import { partText } from './package.js';
import type { DocxDocument } from './read.js';
import { child, childrenNamed, innerText, parseXml, XmlError, type XmlElement } from './xml.js';

/**
 * A .docx's layout as plain data for the layout rules (core/model/layout.ts): each paragraph's
 * effective formatting and each section's page. Never throws: a part that is missing or broken
 * (styles, theme, a footer) leaves what it would have said undefined.
 */
export function readLayout(document: DocxDocument): DocumentLayout {
  const xml = (name: string): XmlElement | undefined => {
    const bytes = document.partsRead[name];
    if (!bytes) return undefined;
    try {
      return parseXml(partText(bytes));
    } catch (e) {
      if (e instanceof XmlError) return undefined;
      throw e;
    }
  };
  const relationships = readRelationships(xml('word/_rels/document.xml.rels'));
  const themeTarget = [...relationships.values()].find((t) => /^theme\/theme\d*\.xml$/.test(t)) ?? 'theme/theme1.xml';
  const formatting = new Formatting(document.styles, xml(`word/${themeTarget}`));
  const inTable = paragraphsInTables(document.tree);
  const paragraphs = document.paragraphs.map((p) => paragraphLayout(p.element, p.pieces, formatting, inTable.has(p.element)));

  const sections: SectionLayout[] = [];
  let first = 0;
  let footer: PageNumberLayout | undefined;
  const close = (sectPr: XmlElement | undefined, last: number) => {
    if (sectPr) {
      const reference = childrenNamed(sectPr, 'w:footerReference').find((f) => (f.attrs['w:type'] ?? 'default') === 'default');
      const target = reference && relationships.get(reference.attrs['r:id'] ?? '');
      // A section without its own footer keeps the one before it.
      if (reference) footer = target === undefined ? undefined : pageNumber(xml(`word/${target}`), formatting);
    }
    sections.push(sectionLayout(sectPr, first, footer));
    first = last + 1;
  };
  document.paragraphs.forEach((p, i) => {
    const sectPr = child(child(p.element, 'w:pPr'), 'w:sectPr');
    if (sectPr) close(sectPr, i);
  });
  const body = child(child(document.tree, 'w:document'), 'w:body');
  if (first < document.paragraphs.length || sections.length === 0) close(child(body, 'w:sectPr'), document.paragraphs.length - 1);
  return { paragraphs, sections };
}

function paragraphLayout(p: XmlElement, pieces: DocxDocument['paragraphs'][number]['pieces'], formatting: Formatting, inTable: boolean): ParagraphLayout {
  const pPr = child(p, 'w:pPr');
  const byRun = new Map<XmlElement, Omit<SpanLayout, 'start' | 'end'>>();
  const spans: SpanLayout[] = [];
  for (const piece of pieces) {
    let format = byRun.get(piece.run);
    if (!format) {
      const levels = formatting.runLevels(pPr, child(piece.run, 'w:rPr'));
      const font = formatting.eastAsianFont(levels);
      const size = formatting.size(levels);
      const bold = formatting.bold(levels);
      format = { ...(font !== undefined && { font }), ...(size !== undefined && { size }), ...(bold !== undefined && { bold }) };
      byRun.set(piece.run, format);
    }
    const last = spans[spans.length - 1];
    if (last && last.end === piece.start && last.font === format.font && last.size === format.size && last.bold === format.bold) spans[spans.length - 1] = { ...last, end: piece.end };
    else spans.push({ start: piece.start, end: piece.end, ...format });
  }
  const attr = (element: string, ...names: string[]) => (level: XmlElement) => {
    const e = child(level, element);
    for (const name of names) if (e?.attrs[name] !== undefined) return e.attrs[name];
    return undefined;
  };
  // An attribute and its synonym (`w:start` / `w:left`) are one property: the nearest level that writes either.
  const number = (element: string, ...names: string[]) => {
    const value = Number(formatting.paragraphProperty(pPr, attr(element, ...names)));
    return Number.isFinite(value) ? value : undefined;
  };
  const jc = formatting.paragraphProperty(pPr, (level) => child(level, 'w:jc')?.attrs['w:val']);
  const indent = {
    left: twipsToPt(number('w:ind', 'w:start', 'w:left')),
    right: twipsToPt(number('w:ind', 'w:end', 'w:right')),
    firstLine: twipsToPt(number('w:ind', 'w:firstLine')),
    leftChars: hundredths(number('w:ind', 'w:startChars', 'w:leftChars')),
    rightChars: hundredths(number('w:ind', 'w:endChars', 'w:rightChars')),
    firstLineChars: hundredths(number('w:ind', 'w:firstLineChars')),
  };
  const lineValue = number('w:spacing', 'w:line');
  const ruleValue = formatting.paragraphProperty(pPr, attr('w:spacing', 'w:lineRule'));
  const rule: LineRule = ruleValue === 'exact' ? 'exact' : ruleValue === 'atLeast' ? 'atLeast' : 'auto';
  const snap = formatting.paragraphProperty(pPr, (level) => child(level, 'w:snapToGrid'));
  const definedIndent = Object.fromEntries(Object.entries(indent).filter(([, v]) => v !== undefined));
  return {
    spans,
    ...(jc !== undefined && { alignment: jc === 'start' ? 'left' : jc === 'end' ? 'right' : jc }),
    ...(Object.keys(definedIndent).length > 0 && { indent: definedIndent }),
    ...(lineValue !== undefined && lineValue > 0 && { line: { value: rule === 'auto' ? lineValue / 240 : lineValue / 20, rule } }),
    snapToGrid: snap === undefined || isOn(snap),
    inTable,
  };
}

function sectionLayout(sectPr: XmlElement | undefined, firstParagraph: number, pageNumber: PageNumberLayout | undefined): SectionLayout {
  const size = child(sectPr, 'w:pgSz');
  const margin = child(sectPr, 'w:pgMar');
  const grid = child(sectPr, 'w:docGrid');
  const mm = (element: XmlElement | undefined, name: string) => {
    const value = Number(element?.attrs[name]);
    return element?.attrs[name] !== undefined && Number.isFinite(value) ? (Math.abs(value) / 20) * MM_PER_PT : undefined;
  };
  const width = mm(size, 'w:w');
  const height = mm(size, 'w:h');
  const [top, right, bottom, left] = ['w:top', 'w:right', 'w:bottom', 'w:left'].map((n) => mm(margin, n));
  const gutter = mm(margin, 'w:gutter') ?? 0;
  const pitch = Number(grid?.attrs['w:linePitch']);
  return {
    firstParagraph,
    ...(width !== undefined && height !== undefined && { page: { width, height } }),
    ...(top !== undefined && right !== undefined && bottom !== undefined && left !== undefined && { margins: { top, right, bottom, left: left + gutter } }),
    ...(grid && { grid: { type: grid.attrs['w:type'] ?? 'default', ...(pitch > 0 && { linePitch: pitch / 20 }) } }),
    ...(pageNumber && { pageNumber }),
  };
}

/** The footer paragraph with a PAGE field: its text (the field's result shown) and the number's font and size. */
function pageNumber(footer: XmlElement | undefined, formatting: Formatting): PageNumberLayout | undefined {
  const root = child(footer, 'w:ftr');
  if (!root) return undefined;
  for (const p of descendants(root, 'w:p')) {
    const pPr = child(p, 'w:pPr');
    let text = '';
    let number: XmlElement | undefined;
    let state: 'text' | 'instructions' | 'result' = 'text';
    let isPage = false;
    for (const r of descendants(p, 'w:r')) {
      for (const node of r.children) {
        if (node.kind !== 'element') continue;
        if (node.name === 'w:fldChar') {
          const type = node.attrs['w:fldCharType'];
          state = type === 'begin' ? 'instructions' : type === 'separate' ? 'result' : 'text';
          if (type === 'begin') isPage = false;
        } else if (node.name === 'w:instrText') {
          if (/^\s*PAGE\b/.test(innerText(node))) isPage = true;
        } else if (node.name === 'w:t' && state !== 'instructions') {
          const inField = state === 'result' && isPage;
          text += inField ? '1' : innerText(node);
          if (inField) number ??= r;
        }
      }
    }
    for (const simple of descendants(p, 'w:fldSimple')) {
      if (/^\s*PAGE\b/.test(simple.attrs['w:instr'] ?? '')) {
        number ??= descendants(simple, 'w:r')[0] ?? simple;
        if (!/\d/.test(text)) text += '1';
      }
    }
    if (!number) continue;
    const levels = formatting.runLevels(pPr, child(number, 'w:rPr'));
    const font = formatting.latinFont(levels);
    const size = formatting.size(levels);
    const jc = formatting.paragraphProperty(pPr, (level) => child(level, 'w:jc')?.attrs['w:val']);
    return { text: text.trim(), ...(font !== undefined && { font }), ...(size !== undefined && { size }), ...(jc !== undefined && { alignment: jc }) };
  }
  return undefined;
}

function descendants(root: XmlElement, name: string, out: XmlElement[] = []): XmlElement[] {
  for (const node of root.children) {
    if (node.kind !== 'element') continue;
    if (node.name === name) out.push(node);
    else descendants(node, name, out);
  }
  return out;
}

function paragraphsInTables(tree: XmlElement): Set<XmlElement> {
  const out = new Set<XmlElement>();
  for (const table of descendants(tree, 'w:tbl')) for (const p of descendants(table, 'w:p')) out.add(p);
  return out;
}

/** Relationship id → target (relative to word/). */
function readRelationships(rels: XmlElement | undefined): Map<string, string> {
  const out = new Map<string, string>();
  const root = child(rels, 'Relationships');
  for (const r of root ? childrenNamed(root, 'Relationship') : []) {
    const id = r.attrs['Id'];
    const target = r.attrs['Target'];
    if (id !== undefined && target !== undefined && r.attrs['TargetMode'] !== 'External') out.set(id, target.replace(/^\/?word\//, '').replace(/^\.\//, ''));
  }
  return out;
}

function twipsToPt(twips: number | undefined): number | undefined {
  return twips === undefined ? undefined : twips / 20;
}

function hundredths(value: number | undefined): number | undefined {
  return value === undefined ? undefined : value / 100;
}

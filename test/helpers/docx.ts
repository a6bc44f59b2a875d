import { zipSync, strToU8 } from 'fflate';

/**
 * Small .docx files for the tests, built from WordprocessingML written by hand: a complete
 * package (content types, relationships) that Word, LibreOffice and mammoth open.
 */

export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export interface DocxSpec {
  /** The inside of w:body. */
  readonly body: string;
  /** The inside of w:numbering. */
  readonly numbering?: string;
  /** The inside of w:styles. */
  readonly styles?: string;
  /** Extra parts, by path, as given. */
  readonly extra?: Readonly<Record<string, Uint8Array>>;
  /** The inside of the body's last w:sectPr (see `pageSetup`); `null` for none at all. */
  readonly sectPr?: string | null;
  /** The inside of a:fontScheme in word/theme/theme1.xml (see `themeFonts`). */
  readonly theme?: string;
  /** Footers by relationship id (`rIdFooter1`), the inside of each w:ftr: word/footer1.xml, … */
  readonly footers?: Readonly<Record<string, string>>;
}

export const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** Twips in `mm` millimetres, rounded as Word writes them. */
export function twips(mm: number): number {
  return Math.round((mm / 25.4) * 1440);
}

/**
 * Page setup (the inside of a w:sectPr), in millimetres: A4 with the margins of GB/T 9704-2012
 * unless told otherwise; a grid of `linePitch` points when given; the default footer's id.
 */
export function pageSetup(options: { width?: number; height?: number; top?: number; bottom?: number; left?: number; right?: number; gutter?: number; linePitch?: number; gridType?: string; footer?: string } = {}): string {
  const { width = 210, height = 297, top = 37, bottom = 35, left = 28, right = 26, gutter = 0 } = options;
  const footer = options.footer ? `<w:footerReference w:type="default" r:id="${options.footer}"/>` : '';
  const grid = options.linePitch === undefined ? '' : `<w:docGrid w:type="${options.gridType ?? 'lines'}" w:linePitch="${Math.round(options.linePitch * 20)}"/>`;
  return (
    `${footer}<w:pgSz w:w="${twips(width)}" w:h="${twips(height)}"${width > height ? ' w:orient="landscape"' : ''}/>` +
    `<w:pgMar w:top="${twips(top)}" w:right="${twips(right)}" w:bottom="${twips(bottom)}" w:left="${twips(left)}" w:header="851" w:footer="992" w:gutter="${twips(gutter)}"/>${grid}`
  );
}

/** A style of styles.xml. */
export function style(id: string, options: { type?: string; basedOn?: string; rPr?: string; pPr?: string; isDefault?: boolean; name?: string } = {}): string {
  const { type = 'paragraph' } = options;
  return (
    `<w:style w:type="${type}" w:styleId="${id}"${options.isDefault ? ' w:default="1"' : ''}><w:name w:val="${options.name ?? id}"/>` +
    `${options.basedOn ? `<w:basedOn w:val="${options.basedOn}"/>` : ''}${options.pPr ? `<w:pPr>${options.pPr}</w:pPr>` : ''}${options.rPr ? `<w:rPr>${options.rPr}</w:rPr>` : ''}</w:style>`
  );
}

/** w:docDefaults: the run and paragraph properties under every style. */
export function docDefaults(rPr = '', pPr = ''): string {
  return `<w:docDefaults><w:rPrDefault><w:rPr>${rPr}</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>${pPr}</w:pPr></w:pPrDefault></w:docDefaults>`;
}

/** The theme's fonts, as Office writes them: a:ea empty and the Simplified Chinese one by script. */
export function themeFonts(major: string, minor: string): string {
  const group = (name: string, font: string) => `<a:${name}><a:latin typeface="Calibri"/><a:ea typeface=""/><a:cs typeface=""/><a:font script="Jpan" typeface="MS Mincho"/><a:font script="Hans" typeface="${font}"/></a:${name}>`;
  return group('majorFont', major) + group('minorFont', minor);
}

/** Run fonts: the East Asian one, and the Latin ones when given. */
export function fonts(eastAsia: string, latin?: string): string {
  return `<w:rFonts w:eastAsia="${eastAsia}"${latin ? ` w:ascii="${latin}" w:hAnsi="${latin}"` : ''}/>`;
}

/** A size in points as `w:sz` (half-points). */
export function size(pt: number): string {
  return `<w:sz w:val="${pt * 2}"/><w:szCs w:val="${pt * 2}"/>`;
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A run: `r('文字')`, with run properties when given. */
export function r(text: string, rPr = ''): string {
  return `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t xml:space="preserve">${escape(text)}</w:t></w:r>`;
}

/** A paragraph of runs (XML as given, other strings as runs of plain text), with numbering or a style when given. */
export function p(content: string | readonly string[], options: { numId?: number; ilvl?: number; style?: string; pPr?: string } = {}): string {
  const runs = (typeof content === 'string' ? [content] : content).map((c) => (c.startsWith('<') ? c : r(c))).join('');
  const numPr = options.numId === undefined ? '' : `<w:numPr>${options.ilvl === undefined ? '' : `<w:ilvl w:val="${options.ilvl}"/>`}<w:numId w:val="${options.numId}"/></w:numPr>`;
  const style = options.style ? `<w:pStyle w:val="${options.style}"/>` : '';
  const pPr = style || numPr || options.pPr ? `<w:pPr>${style}${numPr}${options.pPr ?? ''}</w:pPr>` : '';
  return `<w:p>${pPr}${runs}</w:p>`;
}

/** One level of an abstract list. */
export function lvl(ilvl: number, numFmt: string, lvlText: string, extra = ''): string {
  return `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${numFmt}"/><w:lvlText w:val="${escape(lvlText)}"/>${extra}</w:lvl>`;
}

/** The 公文 outline as one list: 一、 / （一） / 1. / （1）. */
export const GONGWEN_LEVELS = [lvl(0, 'chineseCounting', '%1、'), lvl(1, 'chineseCounting', '（%2）'), lvl(2, 'decimal', '%3.'), lvl(3, 'decimal', '（%4）')].join('');

export function buildDocx(spec: DocxSpec): Uint8Array {
  const footers = Object.entries(spec.footers ?? {});
  const rels = [
    spec.theme !== undefined ? '<Relationship Id="rIdTheme" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme" Target="theme/theme1.xml"/>' : '',
    ...footers.map(([id], i) => `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer${i + 1}.xml"/>`),
    spec.numbering !== undefined ? '<Relationship Id="rIdNumbering" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>' : '',
    spec.styles !== undefined ? '<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' : '',
  ].join('');
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
        (spec.numbering !== undefined ? '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>' : '') +
        (spec.styles !== undefined ? '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>' : '') +
        (spec.theme !== undefined ? '<Override PartName="/word/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>' : '') +
        footers.map((_, i) => `<Override PartName="/word/footer${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>`).join('') +
        '</Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/_rels/document.xml.rels': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`),
    'word/document.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W_NS}" xmlns:r="${R_NS}"><w:body>${spec.body}${spec.sectPr === null ? '' : spec.sectPr ? `<w:sectPr>${spec.sectPr}</w:sectPr>` : '<w:sectPr/>'}</w:body></w:document>`,
    ),
    ...(spec.theme !== undefined && {
      'word/theme/theme1.xml': strToU8(
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office"><a:themeElements><a:fontScheme name="Office">${spec.theme}</a:fontScheme></a:themeElements></a:theme>`,
      ),
    }),
    ...Object.fromEntries(footers.map(([, xml], i) => [`word/footer${i + 1}.xml`, strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr xmlns:w="${W_NS}" xmlns:r="${R_NS}">${xml}</w:ftr>`)])),
    ...(spec.numbering !== undefined && { 'word/numbering.xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering xmlns:w="${W_NS}">${spec.numbering}</w:numbering>`) }),
    ...(spec.styles !== undefined && { 'word/styles.xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="${W_NS}">${spec.styles}</w:styles>`) }),
    ...spec.extra,
  };
  return zipSync(files);
}

/**
 * numbering.xml's content for lists given as [numId, levels, lvlOverride XML, abstractNumId]: the
 * abstract lists first, then the instances, as the schema orders them. Instances sharing an
 * abstract list name the same abstractNumId.
 */
export function lists(...entries: readonly (readonly [number, string, string?, number?])[]): string {
  const abstracts = new Map<number, string>();
  for (const [id, levels, , abstractId = id] of entries) if (!abstracts.has(abstractId)) abstracts.set(abstractId, levels);
  return (
    [...abstracts].map(([id, levels]) => `<w:abstractNum w:abstractNumId="${id}">${levels}</w:abstractNum>`).join('') +
    entries.map(([id, , overrides = '', abstractId = id]) => `<w:num w:numId="${id}"><w:abstractNumId w:val="${abstractId}"/>${overrides}</w:num>`).join('')
  );
}

/**
 * The package with every entry's uncompressed size in the central directory set to `size`: a zip
 * bomb that declares what it unpacks to (large) or lies about it (small).
 */
export function withDeclaredSize(zip: Uint8Array, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  for (let i = 0; i + 46 <= out.length; i++) if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, size, true);
  return out;
}

/**
 * A short speech for the editor tests, its headings Word's automatic numbering: the second list
 * restarts at 三、, so the skipped 二、 is in numbering.xml only; and it has a blank (X亿元).
 * `amount` replaces the figure of its second paragraph.
 */
export function numberedSpeech(amount = 'X'): Uint8Array {
  const body = [
    p('在全区重点项目推进会上的讲话'),
    p('总体情况', { numId: 1, ilvl: 0 }),
    p(['全区固定资产投资累计完成', amount, '亿元。']),
    p('项目进展', { numId: 1, ilvl: 1 }),
    p('重点项目进展顺利。'),
    p('存在问题', { numId: 2, ilvl: 0 }),
    p('要压实责任，加快推进。'),
  ].join('');
  const restartAtThree = '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="3"/></w:lvlOverride>';
  return buildDocx({ body, numbering: lists([1, GONGWEN_LEVELS], [2, GONGWEN_LEVELS, restartAtThree, 1]) });
}

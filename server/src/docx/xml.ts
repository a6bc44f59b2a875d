/**
 * A small XML reader and writer for the parts of a .docx: enough for WordprocessingML, which is
 * well-formed, namespaced by prefix and free of DTDs. Elements keep their attribute source as
 * written, so that a part read and written back is the same text except where it was changed.
 */

export interface XmlElement {
  readonly kind: 'element';
  /** The qualified name as written: `w:p`, `w:t`. */
  readonly name: string;
  /** Attributes by qualified name, entities decoded. */
  readonly attrs: Readonly<Record<string, string>>;
  /** The attribute source as written (with its leading space), for writing the element back. */
  readonly rawAttrs: string;
  children: XmlNode[];
}

export interface XmlText {
  readonly kind: 'text';
  /** As written: entities not decoded, CDATA sections with their delimiters. */
  readonly raw: string;
}

/** What the writer copies as it was: the declaration, comments, processing instructions. */
export interface XmlVerbatim {
  readonly kind: 'verbatim';
  readonly raw: string;
}

export type XmlNode = XmlElement | XmlText | XmlVerbatim;

export class XmlError extends Error {}

const ATTR_RE = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const NAME_END_RE = /[\s/>]/;

/** Reads `source` into a root holding the document's top-level nodes. Throws XmlError when it is not well-formed XML. */
export function parseXml(source: string, limits: { maxDepth?: number } = {}): XmlElement {
  const maxDepth = limits.maxDepth ?? 256;
  const root: XmlElement = { kind: 'element', name: '#document', attrs: {}, rawAttrs: '', children: [] };
  const stack: XmlElement[] = [root];
  let i = 0;
  while (i < source.length) {
    const lt = source.indexOf('<', i);
    if (lt < 0) {
      pushText(stack, source.slice(i));
      break;
    }
    if (lt > i) pushText(stack, source.slice(i, lt));
    if (source.startsWith('<!--', lt)) {
      i = endOf(source, '-->', lt);
      top(stack).children.push({ kind: 'verbatim', raw: source.slice(lt, i) });
    } else if (source.startsWith('<![CDATA[', lt)) {
      i = endOf(source, ']]>', lt);
      top(stack).children.push({ kind: 'text', raw: source.slice(lt, i) });
    } else if (source.startsWith('<?', lt)) {
      i = endOf(source, '?>', lt);
      top(stack).children.push({ kind: 'verbatim', raw: source.slice(lt, i) });
    } else if (source.startsWith('<!', lt)) {
      // A DTD could declare entities that expand without bound; OOXML never has one.
      throw new XmlError('document type declarations are not allowed');
    } else if (source[lt + 1] === '/') {
      const gt = endOf(source, '>', lt);
      const name = source.slice(lt + 2, gt - 1).trim();
      const open = stack.pop();
      if (!open || open === root || open.name !== name) throw new XmlError(`unexpected </${name}> at ${lt}`);
      i = gt;
    } else {
      const gt = tagEnd(source, lt);
      const selfClosing = source[gt - 2] === '/';
      const body = source.slice(lt + 1, selfClosing ? gt - 2 : gt - 1);
      const nameEnd = body.search(NAME_END_RE);
      const name = nameEnd < 0 ? body : body.slice(0, nameEnd);
      if (name === '') throw new XmlError(`empty tag name at ${lt}`);
      const rawAttrs = nameEnd < 0 ? '' : body.slice(nameEnd);
      const element: XmlElement = { kind: 'element', name, attrs: parseAttrs(rawAttrs), rawAttrs, children: [] };
      top(stack).children.push(element);
      if (!selfClosing) {
        stack.push(element);
        if (stack.length > maxDepth) throw new XmlError(`elements nested deeper than ${maxDepth}`);
      }
      i = gt;
    }
  }
  if (stack.length > 1) throw new XmlError(`<${top(stack).name}> is not closed`);
  return root;
}

function top(stack: XmlElement[]): XmlElement {
  return stack[stack.length - 1]!;
}

function pushText(stack: XmlElement[], raw: string): void {
  top(stack).children.push({ kind: 'text', raw });
}

function endOf(source: string, terminator: string, from: number): number {
  const at = source.indexOf(terminator, from);
  if (at < 0) throw new XmlError(`unterminated markup at ${from}`);
  return at + terminator.length;
}

/** Just past the `>` that ends the tag at `lt`, skipping `>` inside quoted attribute values. */
function tagEnd(source: string, lt: number): number {
  let quote = '';
  for (let i = lt + 1; i < source.length; i++) {
    const c = source[i]!;
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === '>') {
      return i + 1;
    }
  }
  throw new XmlError(`unterminated tag at ${lt}`);
}

function parseAttrs(raw: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of raw.matchAll(ATTR_RE)) attrs[m[1]!] = decodeEntities(m[2] ?? m[3] ?? '');
  return attrs;
}

const NAMED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeEntities(raw: string): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, name: string) => {
    if (name[0] !== '#') return NAMED[name] ?? whole;
    const code = name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

export function encodeText(text: string): string {
  return text.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

function encodeAttr(value: string): string {
  return encodeText(value).replace(/"/g, '&quot;');
}

/** The decoded text of a text node. */
export function textOf(node: XmlText): string {
  return node.raw.startsWith('<![CDATA[') ? node.raw.slice(9, -3) : decodeEntities(node.raw);
}

/** All the text inside an element, decoded. */
export function innerText(element: XmlElement): string {
  let out = '';
  for (const child of element.children) {
    if (child.kind === 'text') out += textOf(child);
    else if (child.kind === 'element') out += innerText(child);
  }
  return out;
}

/** A new element; its attributes are written in the order given. */
export function element(name: string, attrs: Record<string, string> = {}, children: XmlNode[] = []): XmlElement {
  const rawAttrs = Object.entries(attrs)
    .map(([k, v]) => ` ${k}="${encodeAttr(v)}"`)
    .join('');
  return { kind: 'element', name, attrs, rawAttrs, children };
}

export function text(value: string): XmlText {
  return { kind: 'text', raw: encodeText(value) };
}

/** Writes a tree from `parseXml` back to XML. */
export function serializeXml(node: XmlNode): string {
  const out: string[] = [];
  write(node, out);
  return out.join('');
}

function write(node: XmlNode, out: string[]): void {
  if (node.kind !== 'element') {
    out.push(node.raw);
    return;
  }
  if (node.name === '#document') {
    for (const child of node.children) write(child, out);
    return;
  }
  if (node.children.length === 0) {
    out.push(`<${node.name}${node.rawAttrs}/>`);
    return;
  }
  out.push(`<${node.name}${node.rawAttrs}>`);
  for (const child of node.children) write(child, out);
  out.push(`</${node.name}>`);
}

/** The child elements named `name`. */
export function childrenNamed(parent: XmlElement, name: string): XmlElement[] {
  return parent.children.filter((c): c is XmlElement => c.kind === 'element' && c.name === name);
}

/** The first child element named `name`. */
export function child(parent: XmlElement | undefined, name: string): XmlElement | undefined {
  if (!parent) return undefined;
  for (const c of parent.children) if (c.kind === 'element' && c.name === name) return c;
  return undefined;
}

/** The `w:val` of the child element named `name`: most WordprocessingML properties are one. */
export function valOf(parent: XmlElement | undefined, name: string): string | undefined {
  return child(parent, name)?.attrs['w:val'];
}

// Elements HTML never closes.
const VOID = new Set(['meta', 'br', 'hr', 'img', 'input', 'link', 'wbr']);

/**
 * The tags of `html` left open or closed out of order, as `</x> closes <y>` and `<y> never closed`;
 * empty when every tag is closed in order. The contents of <style> are skipped; comments, the
 * doctype and void elements are not tags to close.
 */
export function unclosedTags(html: string): string[] {
  const problems: string[] = [];
  const open: string[] = [];
  const body = html.replace(/<style>[\s\S]*?<\/style>/g, '<style></style>').replace(/<!--[\s\S]*?-->/g, '');
  for (const m of body.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*?(\/?)>|<!DOCTYPE[^>]*>/g)) {
    const [, closing, name, selfClosing] = m;
    if (!name) continue;
    const tag = name.toLowerCase();
    if (VOID.has(tag) || selfClosing) continue;
    if (!closing) {
      open.push(tag);
      continue;
    }
    const top = open.pop();
    if (top !== tag) {
      problems.push(`</${tag}> closes <${top ?? 'nothing'}>`);
      break;
    }
  }
  if (problems.length === 0) problems.push(...open.map((t) => `<${t}> never closed`));
  return problems;
}

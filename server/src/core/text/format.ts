/** Fills `{name}` slots of a message template. */
export function format(template: string, params: Readonly<Record<string, string | number>> = {}): string {
  // By hand, not a replace callback: thousands of findings in a long draft each format a message.
  let out = '';
  let from = 0;
  for (let open = template.indexOf('{'); open >= 0; open = template.indexOf('{', open + 1)) {
    const close = template.indexOf('}', open + 1);
    if (close < 0) break;
    const name = template.slice(open + 1, close);
    if (!/^\w+$/.test(name) || !(name in params)) continue;
    out += template.slice(from, open) + String(params[name]);
    from = close + 1;
    open = close;
  }
  return out + template.slice(from);
}

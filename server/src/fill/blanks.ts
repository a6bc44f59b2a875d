import type { Placeholder } from '../core/model/placeholders.js';
import { BLANK_RUN_RE } from '../core/text/blanks.js';

/**
 * What identical blanks share, for the fill-all prompt: `X区` for names (the same kind of name,
 * whatever the template), else the template with this blank marked: `【X】届X次`.
 */
export function sharedLabel(blank: Pick<Placeholder, 'kind' | 'unit' | 'template' | 'slot'>, ownText: string): string {
  if (blank.kind === 'name') return ownText + blank.unit;
  let slot = 0;
  let marked: string | undefined;
  blank.template.replace(BLANK_RUN_RE, (run, at: number) => {
    if (slot === blank.slot) marked = `${blank.template.slice(0, at)}【${run}】${blank.template.slice(at + run.length)}`;
    slot++;
    return run;
  });
  return slot > 1 && marked ? marked : blank.template || ownText;
}

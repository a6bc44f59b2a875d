/**
 * A run of the characters writers type for a blank inside a template — `XX`, `××`, `某某`, `○○`,
 * `□□` — as placeholder templates (`X市X区`) and the fill prompt's labels mark them.
 */
export const BLANK_RUN_RE = /[XＸxｘ×]+|某{2,}|[○□]+/g;

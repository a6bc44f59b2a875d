export type Locale = 'zh-CN' | 'en';

/** What fill knows of a blank: its kind and unit, and the template it is a slot of (the placeholder finding's data). */
export interface BlankTemplate {
  readonly kind: string;
  readonly unit: string;
  readonly template: string;
  /** Which blank of the template this is. */
  readonly slot: number;
}

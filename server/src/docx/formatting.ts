import type { Styles } from './numbering.js';
import { child, childrenNamed, valOf, type XmlElement } from './xml.js';

/**
 * Effective formatting, read the way Word resolves it: a property set on the run wins, then the
 * run's character style (`w:rStyle`) and the styles it is based on, then the paragraph's style and
 * its `basedOn` chain, then `w:docDefaults`. Each property is looked up on its own (a run that sets
 * only the size keeps its style's font). Fonts are the East Asian slot (`w:eastAsia`, or
 * `w:eastAsiaTheme` through the theme's `a:ea` / `a:font script="Hans"`). Toggle properties
 * (bold) are taken from the nearest level that sets them.
 */
export class Formatting {
  private readonly theme: ThemeFonts;
  /** By style id: the w:pPr and w:rPr of the style and its `basedOn` chain, nearest first (a paragraph style's defaults included). */
  private readonly paragraphLevels = new Map<string | undefined, { readonly pPr: XmlElement[]; readonly rPr: XmlElement[] }>();
  private readonly characterLevels = new Map<string | undefined, XmlElement[]>();

  constructor(
    private readonly styles: Styles,
    theme: XmlElement | undefined,
  ) {
    this.theme = readTheme(theme);
  }

  /** The properties of the paragraph style a paragraph has (its own `w:pStyle`, else the default one), its chain's and the defaults'. */
  private paragraphStyle(pPr: XmlElement | undefined): { readonly pPr: XmlElement[]; readonly rPr: XmlElement[] } {
    const id = valOf(pPr, 'w:pStyle') ?? this.styles.defaultParagraph;
    let levels = this.paragraphLevels.get(id);
    if (!levels) {
      const chain = this.styles.chain(id);
      const present = (l: (XmlElement | undefined)[]) => l.filter((e): e is XmlElement => e !== undefined);
      levels = {
        pPr: present([...chain.map((s) => child(s, 'w:pPr')), this.styles.defaultParagraphProperties]),
        rPr: present([...chain.map((s) => child(s, 'w:rPr')), this.styles.defaultRun]),
      };
      this.paragraphLevels.set(id, levels);
    }
    return levels;
  }

  /** The first value `read` finds in the paragraph's properties, its styles' and the defaults'. */
  paragraphProperty<T>(pPr: XmlElement | undefined, read: (pPr: XmlElement) => T | undefined): T | undefined {
    const own = pPr && read(pPr);
    if (own !== undefined) return own;
    for (const level of this.paragraphStyle(pPr).pPr) {
      const value = read(level);
      if (value !== undefined) return value;
    }
    return undefined;
  }

  /** The run properties to look in, nearest first, for a run of a paragraph. */
  runLevels(pPr: XmlElement | undefined, rPr: XmlElement | undefined): XmlElement[] {
    const styleId = valOf(rPr, 'w:rStyle');
    let character = this.characterLevels.get(styleId);
    if (!character) {
      character = this.styles.chain(styleId).flatMap((s) => child(s, 'w:rPr') ?? []);
      this.characterLevels.set(styleId, character);
    }
    return [...(rPr ? [rPr] : []), ...character, ...this.paragraphStyle(pPr).rPr];
  }

  /** The East Asian font of a run's text, or undefined when nothing names one. */
  eastAsianFont(levels: readonly XmlElement[]): string | undefined {
    return this.font(levels, 'w:eastAsia', 'w:eastAsiaTheme', 'ea');
  }

  /** The font of its Latin text and digits (`w:ascii`). */
  latinFont(levels: readonly XmlElement[]): string | undefined {
    return this.font(levels, 'w:ascii', 'w:asciiTheme', 'latin');
  }

  private font(levels: readonly XmlElement[], slot: string, themeSlot: string, script: keyof ThemeFonts): string | undefined {
    for (const level of levels) {
      const fonts = child(level, 'w:rFonts');
      if (!fonts) continue;
      const theme = fonts.attrs[themeSlot];
      // A theme font wins over the name beside it, as in Word; an unknown theme slot falls back to the name.
      const themed = theme !== undefined ? this.theme[script][theme.startsWith('major') ? 'major' : 'minor'] : undefined;
      if (themed) return themed;
      const name = fonts.attrs[slot];
      if (name !== undefined && name !== '') return name;
    }
    return undefined;
  }

  /** Points, from `w:sz` (half-points; `w:szCs` is for complex scripts, not CJK). */
  size(levels: readonly XmlElement[]): number | undefined {
    for (const level of levels) {
      const value = Number(valOf(level, 'w:sz'));
      if (Number.isFinite(value) && value > 0) return value / 2;
    }
    return undefined;
  }

  bold(levels: readonly XmlElement[]): boolean | undefined {
    for (const level of levels) {
      const b = child(level, 'w:b');
      if (b) return isOn(b);
    }
    return undefined;
  }
}

/** An on/off property: on unless its `w:val` says off. */
export function isOn(element: XmlElement): boolean {
  const value = element.attrs['w:val'];
  return value === undefined || !['0', 'false', 'off'].includes(value);
}

/** The theme's fonts, major (headings) and minor (body), for East Asian and for Latin text. */
interface ThemeFonts {
  readonly ea: { readonly major?: string; readonly minor?: string };
  readonly latin: { readonly major?: string; readonly minor?: string };
}

/** East Asian: `a:ea`, or the font for Simplified Chinese when that is empty (as in Office's own themes); Latin: `a:latin`. */
function readTheme(theme: XmlElement | undefined): ThemeFonts {
  const scheme = child(child(child(theme, 'a:theme'), 'a:themeElements'), 'a:fontScheme');
  const ea = (group: XmlElement | undefined): string | undefined => {
    const hans = group && childrenNamed(group, 'a:font').find((f) => f.attrs['script'] === 'Hans')?.attrs['typeface'];
    return child(group, 'a:ea')?.attrs['typeface'] || hans || undefined;
  };
  const latin = (group: XmlElement | undefined): string | undefined => child(group, 'a:latin')?.attrs['typeface'] || undefined;
  const pair = (read: (group: XmlElement | undefined) => string | undefined) => {
    const major = read(child(scheme, 'a:majorFont'));
    const minor = read(child(scheme, 'a:minorFont'));
    return { ...(major && { major }), ...(minor && { minor }) };
  };
  return { ea: pair(ea), latin: pair(latin) };
}

import { buildDocx, docDefaults, fonts, p, pageSetup, r, size, style, themeFonts } from '../helpers/docx.js';

// Word documents for the layout tests: a 公文 set up as GB/T 9704-2012 asks (its fonts reached
// through styles, basedOn, docDefaults and the theme), the same with typical mistakes, and a
// speech draft with the defaults of WPS.

/** A footer with the page number as a PAGE field between two dashes, in `font` at `pt` points. */
export function pageNumberFooter(font = '宋体', pt = 14, before = '— ', after = ' —'): string {
  const rPr = `<w:rPr>${`<w:rFonts w:ascii="${font}" w:hAnsi="${font}" w:eastAsia="${font}"/>`}${size(pt)}</w:rPr>`;
  return (
    `<w:p><w:pPr><w:jc w:val="right"/></w:pPr><w:r>${rPr}<w:t xml:space="preserve">${before}</w:t></w:r>` +
    `<w:r>${rPr}<w:fldChar w:fldCharType="begin"/></w:r><w:r>${rPr}<w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>` +
    `<w:r>${rPr}<w:fldChar w:fldCharType="separate"/></w:r><w:r>${rPr}<w:t>3</w:t></w:r><w:r>${rPr}<w:fldChar w:fldCharType="end"/></w:r>` +
    `<w:r>${rPr}<w:t xml:space="preserve">${after}</w:t></w:r></w:p>`
  );
}

export interface GongwenOptions {
  /** The inside of the body's sectPr. */
  readonly sectPr?: string;
  /** The font of the BodyText style (the body paragraphs). */
  readonly bodyFont?: string;
  /** Paragraph spacing of Normal. */
  readonly spacing?: string;
  readonly titleSize?: number;
  /** Extra paragraphs at the end of the body (before the signature). */
  readonly extra?: readonly string[];
  /** Whether the third- and fourth-level headings are there (their font is the body's). */
  readonly minorHeadings?: boolean;
  readonly footer?: string;
}

/**
 * A notice with its 发文机关标志, 文号, title, addressees, four heading levels and a signed date.
 * Body text takes 仿宋_GB2312 from the theme through docDefaults, its size from docDefaults, its
 * spacing from Normal; BodyText is based on Normal, the headings on BodyText.
 */
export function gongwen(options: GongwenOptions = {}): Uint8Array {
  const styles = [
    docDefaults(`<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsiaTheme="minorEastAsia"/>${size(16)}`, ''),
    style('Normal', { isDefault: true, pPr: options.spacing ?? '<w:spacing w:line="560" w:lineRule="exact"/><w:jc w:val="both"/>' }),
    style('BodyText', { basedOn: 'Normal', pPr: '<w:ind w:firstLineChars="200" w:firstLine="640"/>', rPr: options.bodyFont ? fonts(options.bodyFont) : '' }),
    style('Issuer', { basedOn: 'Normal', pPr: '<w:jc w:val="center"/>', rPr: `${fonts('方正小标宋简体')}<w:color w:val="FF0000"/>${size(26)}` }),
    style('Title', { basedOn: 'Normal', pPr: '<w:jc w:val="center"/>', rPr: `${fonts('方正小标宋简体')}${size(options.titleSize ?? 22)}` }),
    style('Heading1', { basedOn: 'BodyText', rPr: fonts('黑体') }),
    style('Kai', { type: 'character', rPr: fonts('楷体_GB2312') }),
    style('Centered', { basedOn: 'Normal', pPr: '<w:jc w:val="center"/>' }),
    style('Signature', { basedOn: 'Normal', pPr: '<w:jc w:val="right"/><w:ind w:rightChars="400" w:right="1280"/>' }),
  ].join('');
  const body = [
    p('某某市人民政府文件', { style: 'Issuer' }),
    p(''),
    p('某政发〔2025〕12号', { style: 'Centered' }),
    p(''),
    p('某某市人民政府关于加强', { style: 'Title' }),
    p('安全生产工作的通知', { style: 'Title' }),
    p(''),
    p('各区人民政府，市政府各部门：'),
    p('为进一步加强全市安全生产工作，切实保障人民群众生命财产安全，现就有关事项通知如下。', { style: 'BodyText' }),
    p('一、总体要求', { style: 'Heading1' }),
    p('坚持安全第一、预防为主，全面落实安全生产责任制。', { style: 'BodyText' }),
    p([r('（一）加强组织领导。', '<w:rStyle w:val="Kai"/>'), '各区要成立工作专班，明确分管负责同志。'], { style: 'BodyText' }),
    ...(options.minorHeadings === false
      ? []
      : [p('1.压实主体责任。各部门要按照“管行业必须管安全”的要求履职尽责。', { style: 'BodyText' }), p('（1）企业主要负责人是本单位安全生产第一责任人。', { style: 'BodyText' })]),
    p('二、保障措施', { style: 'Heading1' }),
    p('各区、各部门要加强督促检查，确保各项措施落到实处。', { style: 'BodyText' }),
    ...(options.extra ?? []),
    p(''),
    p('某某市人民政府', { style: 'Signature' }),
    p('2025年4月8日', { style: 'Signature' }),
  ].join('');
  return buildDocx({
    body,
    styles,
    theme: themeFonts('黑体', '仿宋_GB2312'),
    sectPr: options.sectPr ?? pageSetup({ linePitch: 28.95, footer: 'rIdFooter1' }),
    footers: { rIdFooter1: options.footer ?? pageNumberFooter() },
  });
}

/** A speech draft as WPS makes it: 宋体 五号 (10.5 pt) from docDefaults, single spacing, WPS margins, no 文号 and no 发文机关标志. */
export function wpsSpeech(): Uint8Array {
  const styles = [docDefaults(`${fonts('宋体', 'Calibri')}${size(10.5)}`, '<w:jc w:val="both"/>'), style('Normal', { isDefault: true })].join('');
  const body = [
    p('在全区重点项目推进会上的讲话'),
    p('（2025年10月15日）'),
    p('同志们：'),
    p('今天召开全区重点项目推进会，主要任务是总结前一阶段工作，部署下一阶段任务。'),
    p('一、总体情况'),
    p('今年以来，全区重点项目建设总体平稳，投资完成情况好于预期。'),
    p('二、下一步工作'),
    p('要压实责任，加快推进，确保全年目标任务圆满完成。'),
  ].join('');
  return buildDocx({ body, styles, sectPr: pageSetup({ top: 25.4, bottom: 25.4, left: 31.8, right: 31.8 }) });
}

/** Direct run formatting as WPS writes it: every run names its fonts (with the East Asian hint) and size. */
function wpsRun(text: string, font: string, pt: number, bold = false): string {
  return r(text, `<w:rFonts w:hint="eastAsia" w:ascii="${font}" w:hAnsi="${font}" w:eastAsia="${font}"/>${bold ? '<w:b/>' : ''}${size(pt)}`);
}

/**
 * A 公文 from a WPS template: no styles to speak of, every run formatted directly, 方正 fonts
 * (方正小标宋_GBK, 方正仿宋_GBK, 方正黑体_GBK, 方正楷体_GBK), single spacing on a document grid
 * of 22 lines, the date pushed in by a right indent in points, a bold third-level heading.
 */
export function wpsGongwen(): Uint8Array {
  const styles = [docDefaults(`${fonts('宋体', 'Times New Roman')}${size(10.5)}`, ''), style('Normal', { isDefault: true, pPr: '<w:jc w:val="both"/>' })].join('');
  const body = (text: string, font = '方正仿宋_GBK', bold = false) => p([wpsRun(text, font, 16, bold)], { pPr: '<w:ind w:firstLineChars="200" w:firstLine="640"/>' });
  const centred = (text: string, font: string, pt: number) => p([wpsRun(text, font, pt)], { pPr: '<w:jc w:val="center"/>' });
  const paragraphs = [
    centred('某某县人民政府办公室文件', '方正小标宋_GBK', 30),
    p(''),
    centred('某政办发〔2025〕7号', '方正仿宋_GBK', 16),
    p(''),
    centred('某某县人民政府办公室关于做好防汛工作的通知', '方正小标宋_GBK', 22),
    p(''),
    p([wpsRun('各乡镇人民政府，县政府各部门：', '方正仿宋_GBK', 16)]),
    body('为切实做好今年防汛工作，确保安全度汛，经县政府同意，现就有关事项通知如下。'),
    body('一、提高思想认识', '方正黑体_GBK'),
    body('各乡镇、各部门要充分认识防汛工作的重要性。'),
    p([wpsRun('（一）压实防汛责任。', '方正楷体_GBK', 16), wpsRun('落实行政首长负责制。', '方正仿宋_GBK', 16)], { pPr: '<w:ind w:firstLineChars="200" w:firstLine="640"/>' }),
    p([wpsRun('1.', 'Times New Roman', 16, true), wpsRun('开展隐患排查。', '方正仿宋_GBK', 16, true), wpsRun('对辖区内水库、山塘逐一排查。', '方正仿宋_GBK', 16)], { pPr: '<w:ind w:firstLineChars="200" w:firstLine="640"/>' }),
    body('二、加强值班值守', '方正黑体_GBK'),
    body('汛期实行24小时值班和领导带班制度。'),
    p(''),
    p([wpsRun('某某县人民政府办公室', '方正仿宋_GBK', 16)], { pPr: '<w:jc w:val="right"/><w:ind w:right="1280"/>' }),
    p([wpsRun('2025年5月20日', '方正仿宋_GBK', 16)], { pPr: '<w:jc w:val="right"/><w:ind w:right="1280"/>' }),
  ].map((x) => x.replace('<w:p><w:pPr>', '<w:p><w:pPr><w:spacing w:line="240" w:lineRule="auto"/>'));
  return buildDocx({
    body: paragraphs.join(''),
    styles,
    sectPr: pageSetup({ linePitch: 28.95, gridType: 'linesAndChars', footer: 'rIdFooter1' }),
    footers: { rIdFooter1: pageNumberFooter('宋体', 14) },
  });
}

/**
 * A 公文 typed into Word without setting anything up: Word 2016's defaults (等线 from the theme,
 * 10.5 pt, 2.54 cm / 3.18 cm margins, single spacing on a 15.6 pt grid), with its 文号 and date.
 */
export function wordDefaultGongwen(): Uint8Array {
  const styles = [
    docDefaults(`<w:rFonts w:asciiTheme="minorHAnsi" w:eastAsiaTheme="minorEastAsia" w:hAnsiTheme="minorHAnsi"/><w:kern w:val="2"/>${size(10.5)}`, ''),
    style('Normal', { isDefault: true, pPr: '<w:widowControl w:val="0"/><w:jc w:val="both"/>' }),
  ].join('');
  const body = [
    p('某某区教育局文件'),
    p('某教发〔2025〕3号'),
    p('关于开展校园安全检查的通知'),
    p('各中小学：'),
    p('为保障师生安全，决定开展校园安全专项检查。'),
    p('一、检查内容'),
    p('消防设施、食堂卫生和校车管理。'),
    p('某某区教育局'),
    p('2025年3月1日'),
  ].join('');
  return buildDocx({ body, styles, theme: themeFonts('等线 Light', '等线'), sectPr: pageSetup({ top: 25.4, bottom: 25.4, left: 31.8, right: 31.8, linePitch: 15.6 }) });
}

import type { Locale } from '../core/index.js';
import type { DocxProblem } from './read.js';

/** What a writer is told when a file cannot be read as a Word document, and what to do about it. */
const PROBLEMS: Readonly<Record<DocxProblem, Readonly<Record<Locale, string>>>> = {
  binary: {
    'zh-CN': '这是 Word 97–2003（.doc）或 WPS（.wps）的二进制格式，无法直接读取：请在 Word 或 WPS 中“另存为” .docx；或安装 LibreOffice（使 soffice 在 PATH 中），即自动转换后检查；也可自行转换：soffice --headless --convert-to docx 文件名',
    en: 'a Word 97–2003 (.doc) or WPS (.wps) binary document, which cannot be read as it is: save it as .docx in Word or WPS; or install LibreOffice (soffice on the PATH) to have it converted and checked; or convert it yourself: soffice --headless --convert-to docx <file>',
  },
  encrypted: {
    'zh-CN': '文档设置了打开密码（已加密），无法读取：请去掉密码后另存一份再检查',
    en: 'the document is password-protected (encrypted) and cannot be read: save a copy without the password',
  },
  corrupt: { 'zh-CN': '不是有效的 .docx 文件，可能已损坏{detail}', en: 'not a valid .docx file; it may be damaged{detail}' },
  'not-docx': { 'zh-CN': '压缩包中没有 Word 正文（word/document.xml），不是 .docx 文件', en: 'the package holds no Word body (word/document.xml): not a .docx file' },
  'too-large': {
    'zh-CN': '解压后过大（可能是“压缩炸弹”），已拒绝读取{detail}',
    en: 'it would unpack to too much data (possibly a zip bomb) and was not read{detail}',
  },
  xml: { 'zh-CN': 'Word 正文的 XML 有误，无法读取{detail}', en: 'the XML of the Word body is broken{detail}' },
};

/** The message for `problem`. */
export function docxProblemMessage(problem: DocxProblem, locale: Locale, detail?: string): string {
  return PROBLEMS[problem][locale].replace('{detail}', withDetail(locale, detail));
}

const CONVERSION_FAILED: Readonly<Record<Locale, string>> = {
  'zh-CN': 'LibreOffice 未能将它转换为 .docx{detail}，文件可能已损坏：请在 Word 或 WPS 中打开，另存为 .docx 后再检查',
  en: 'LibreOffice could not convert it to .docx{detail}; it may be damaged: open it in Word or WPS and save it as .docx',
};

/** The message for a .doc or .wps that LibreOffice could not convert. */
export function conversionFailedMessage(locale: Locale, detail: string): string {
  return CONVERSION_FAILED[locale].replace('{detail}', withDetail(locale, detail));
}

function withDetail(locale: Locale, detail: string | undefined): string {
  return detail ? (locale === 'en' ? ` (${detail})` : `（${detail}）`) : '';
}

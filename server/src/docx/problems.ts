import type { Locale } from '../core/index.js';
import type { DocxProblem } from './read.js';

/** What a writer is told when a file cannot be read as a Word document, and what to do about it. */
const PROBLEMS: Readonly<Record<DocxProblem, Readonly<Record<Locale, string>>>> = {
  binary: {
    'zh-CN': '这是 Word 97–2003（.doc）或 WPS（.wps）的二进制格式，无法直接检查：请在 Word 或 WPS 中“另存为” .docx{convert}',
    en: 'a Word 97–2003 (.doc) or WPS (.wps) binary document, which cannot be read: save it as .docx in Word or WPS{convert}',
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

const CONVERT: Readonly<Record<Locale, string>> = {
  'zh-CN': '；或用已安装的 LibreOffice 转换：soffice --headless --convert-to docx 文件名',
  en: '; or convert it with the LibreOffice installed here: soffice --headless --convert-to docx <file>',
};

/** The message for `problem`; `canConvert` when LibreOffice is on the PATH. */
export function docxProblemMessage(problem: DocxProblem, locale: Locale, detail?: string, canConvert = false): string {
  return PROBLEMS[problem][locale]
    .replace('{convert}', canConvert ? CONVERT[locale] : '')
    .replace('{detail}', detail ? (locale === 'en' ? ` (${detail})` : `（${detail}）`) : '');
}

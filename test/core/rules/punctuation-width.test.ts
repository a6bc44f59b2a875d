import { testRule } from '../../helpers/rule-tester.js';

testRule('punctuation-width', {
  valid: [
    { name: 'numbers and Latin words keep their ASCII marks', text: 'PM2.5浓度下降，共1,234人，8:30开会，比分3:2。' },
    { name: 'English inside Chinese text', text: '会上引用了“Yes, we can”一语，函数f(x)另行说明。' },
    { name: 'a URL and an e-mail address', text: '详见https://www.gov.cn/zhengce?id=1,2，联系邮箱：office@example.gov.cn。', format: 'markdown' },
    { name: 'code in Markdown', text: '运行 `a(b, c);` 即可。', format: 'markdown' },
    { name: 'a 文号 year in brackets belongs to document-number', text: '根据某政发(2025)3号文件精神。' },
    { name: 'so does a two-digit year and a 第 in a 文号', text: '根据国办发(25)12号和国办发(2025)第8号文件。' },
    { name: 'a heading marker belongs to heading-style', text: '(一)总体要求\n一、目标' },
    { name: 'full-width marks', text: '各位代表：今年的目标（试行）是“稳中求进”！' },
    { name: 'a mark cited as an example', text: '有的单位将“（一）”写成“(一)”，把“，”写成“,”。' },
    { name: 'English prose citing Chinese marks', text: 'A bare numeral takes 、, and a bracketed one (`（一）`) takes none.', format: 'markdown' },
    { name: 'a formula and an English name in brackets', text: '规模比 t(100万) / t(10万)；见“公文校对 (gongwen-lint)”面板。' },
    { name: 'English prose listing Chinese words', text: 'Approximate figures (约, 近, 余, 左右) are compared with a tolerance.' },
    { name: 'an English quotation', text: 'The motto "Serve the people" was cited.' },
  ],
  invalid: [
    {
      name: 'a character lost in conversion, no fix',
      text: '综合排名进入全国前1?。其余指标保持稳定。',
      errors: [{ message: '「?」后紧跟「。」，不是问号：可能是转换时丢失的字符（如‰、‱），请核对原文', flagged: '?' }],
      output: null,
    },
    { text: '过去的一年,我们迎难而上。', errors: ['中文里应使用全角「，」，这里是半角「,」'], output: '过去的一年，我们迎难而上。' },
    { name: 'a colon ending a Chinese line', text: '各位代表:\n现在报告。', errors: ['中文里应使用全角「：」，这里是半角「:」'], output: '各位代表：\n现在报告。' },
    {
      text: '增长10%;达到110亿元!是吗?',
      errors: ['中文里应使用全角「；」，这里是半角「;」', '中文里应使用全角「！」，这里是半角「!」', '中文里应使用全角「？」，这里是半角「?」'],
      output: '增长10%；达到110亿元！是吗？',
    },
    {
      name: 'brackets holding Chinese',
      text: '荣获先进县(区)称号。',
      errors: ['中文里应使用全角「（」，这里是半角「(」', '中文里应使用全角「）」，这里是半角「)」'],
      output: '荣获先进县（区）称号。',
    },
    {
      name: 'an abbreviation in brackets after Chinese',
      text: '世界贸易组织(WTO)成员。',
      errors: ['中文里应使用全角「（」，这里是半角「(」', '中文里应使用全角「）」，这里是半角「)」'],
      output: '世界贸易组织（WTO）成员。',
    },
    { name: 'brackets of mixed widths', text: '办法（试行)印发。', errors: ['中文里应使用全角「）」，这里是半角「)」'], output: '办法（试行）印发。' },
    {
      name: 'ASCII quotes paired in Chinese',
      text: '深化"放管服"改革。',
      errors: ['中文里应使用全角引号「“」，这里是半角「"」', '中文里应使用全角引号「”」，这里是半角「"」'],
      output: '深化“放管服”改革。',
    },
    { name: 'a curly opener closed by an ASCII quote', text: '接入“蒙速办"，推出“关怀模式"“长辈模式”。', errors: ['中文里应使用全角引号「”」，这里是半角「"」', '中文里应使用全角引号「”」，这里是半角「"」'], output: '接入“蒙速办”，推出“关怀模式”“长辈模式”。' },
    {
      name: 'quotes that do not pair: no fix',
      text: '所谓"一网通办，即"一网通办"。',
      errors: ['中文里应使用全角引号“”，这里是半角「"」', '中文里应使用全角引号“”，这里是半角「"」', '中文里应使用全角引号“”，这里是半角「"」'],
      output: null,
    },
    {
      name: 'a quote longer than a cited mark',
      text: '做到“稳,准,狠”。',
      errors: ['中文里应使用全角「，」，这里是半角「,」', '中文里应使用全角「，」，这里是半角「,」'],
      output: '做到“稳，准，狠”。',
    },
    {
      name: 'a lone bracket next to Chinese',
      text: '详见附件1)。',
      errors: ['中文里应使用全角「）」，这里是半角「)」'],
      output: '详见附件1）。',
    },
  ],
});

import { testRule } from '../../helpers/rule-tester.js';

const SIGNED = (date: string) => `各区人民政府：\n　　现将方案印发给你们，请认真贯彻执行。\n某某市人民政府\n${date}\n`;

testRule('date-format', {
  valid: [
    '到二〇三五年基本实现社会主义现代化。',
    '2025年10月15日（星期三）上午9时召开会议。',
    '2025年10月15日，星期三',
    { name: 'a weekday on the next line is not the date’s', text: '截至2025年10月15日\n星期四下午召开会议。' },
    '2024年2月29日',
    { name: 'February 29 without a year may be a leap day', text: '每年2月29日' },
    '——二〇二五年十月十五日在全市经济工作会议上的讲话',
    '1—6月，全市实现地区生产总值500亿元。',
    SIGNED('2025年4月8日'),
    { name: 'before GB/T 9704-2012 the date of a document was written in Chinese numerals', text: SIGNED('二〇一一年十二月三十日') },
    { name: 'a leading zero outside the date of a document', text: '数据截至2025年04月08日。' },
    { name: 'a date alone under a title is no date of a document', text: '关于做好工作的通知\n二〇二五年四月八日\n' },
    { name: 'Arabic years are not Chinese ones', text: '2010年完成。' },
    { name: 'code is not prose', format: 'markdown', text: '写作 `二○二○年` 或 `6月31日` 都会被标出。' },
    { name: 'a year inside a longer number', text: '编号12019年' },
  ],
  invalid: [
    {
      text: '从二○二○年到二○三五年',
      errors: ['年份中的零应写作「〇」：「二〇二〇年」，这里是「二○二○年」', { message: '年份中的零应写作「〇」：「二〇三五年」，这里是「二○三五年」', flagged: '二○三五' }],
      output: '从二〇二〇年到二〇三五年',
    },
    { text: '为实现二零一零年远景目标', errors: ['年份中的零应写作「〇」：「二〇一〇年」，这里是「二零一零年」'], output: '为实现二〇一〇年远景目标' },
    { text: '二0一九年', errors: 1, output: '二〇一九年' },
    { text: '二〇二五年4月', errors: [{ message: '日期中汉字数字与阿拉伯数字混用：「二〇二五年4月」', flagged: '二〇二五年4月' }] },
    { text: '2025年十月十五日召开', errors: ['日期中汉字数字与阿拉伯数字混用：「2025年十月十五日」'] },
    { text: '定于6月31日前完成。', errors: [{ message: '没有这一天：6月只有 30 天', flagged: '6月31日' }] },
    { text: '定于四月三十一日前完成。', errors: ['没有这一天：4月只有 30 天'] },
    { text: '2025年2月29日', errors: ['没有这一天：2025年不是闰年，2月只有 28 天'] },
    { text: '2025年13月1日', errors: ['没有13月'] },
    {
      text: '2025年10月15日（星期四）上午召开会议。',
      errors: [{ message: '2025年10月15日是星期三，这里写的是星期四', flagged: '星期四' }],
    },
    { text: '二〇二五年十月十五日星期日', errors: ['二〇二五年十月十五日是星期三，这里写的是星期日'] },
    {
      name: 'the date of a document with leading zeros',
      text: SIGNED('2025年04月08日'),
      errors: [{ message: '成文日期不编虚位：「2025年4月8日」，这里是「2025年04月08日」', flagged: '2025年04月08日' }],
      output: SIGNED('2025年4月8日'),
    },
    {
      name: 'the date of a document in Chinese numerals',
      text: SIGNED('二〇二五年四月八日'),
      errors: [
        {
          message: '成文日期用阿拉伯数字标注：「2025年4月8日」',
          suggestions: [{ message: '改为「2025年4月8日」', output: SIGNED('2025年4月8日') }],
        },
      ],
    },
    { name: 'English', text: '2025年10月15日（星期四）', locale: 'en', errors: ['2025年10月15日 is a Wednesday, not the weekday written here (星期四)'] },
  ],
});

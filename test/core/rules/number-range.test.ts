import { testRule } from '../../helpers/rule-tester.js';

testRule('number-range', {
  valid: [
    // Ranges written as GB/T 15835 shows them.
    '投资规模为3万～8万元。',
    '增速保持在10%～20%。',
    '实施期为2016—2020年。',
    '0—6岁儿童免费接种。',
    '每组100～150千克。',
    { name: 'a plain unit may be left to the second number', text: '每亩补助100～150元。' },
    { name: 'a first number larger than the second takes no scale of it', text: '共5000～1亿人次。' },
    // Codes, phone numbers, dates and model numbers keep their hyphens.
    '联系电话：0571-88888888。',
    '执行GB/T 9704-2012《党政机关公文格式》。',
    '发布日期2025-10-15。',
    '型号为X-86。',
    '版本1.2.3-4。',
    '详见第1-3条。',
    '〔2025〕1-3号文件。',
    { name: 'a time of day', text: '开放时间为8:30-17:30。' },
    { name: 'a figure number', text: '如图1-2所示。' },
    { name: 'a hyphen before no unit', text: '比分为3-2。' },
    { name: 'a range in code', text: '命令 `seq 3-8万` 不检查。', format: 'markdown' },
    { name: 'a range in a link target', text: '见[此处](http://example.com/3-8万元)。', format: 'markdown' },
  ],
  invalid: [
    { text: '投资3～8万元。', errors: [{ message: '范围的前一个数省略了“万”，容易误读：应为「3万～8万元」', flagged: '3～8万' }], output: '投资3万～8万元。' },
    { text: '增速10～20%。', errors: ['范围的前一个数省略了“%”，容易误读：应为「10%～20%」'], output: '增速10%～20%。' },
    { text: '规模1—2亿元。', errors: ['范围的前一个数省略了“亿”，容易误读：应为「1亿—2亿元」'], output: '规模1亿—2亿元。' },
    { text: '增长4.5-5%。', errors: ['范围的前一个数省略了“%”，连接号也应为“～”：应为「4.5%～5%」'], output: '增长4.5%～5%。' },
    { text: '增长4.5%-5%。', errors: [{ message: '数值范围用浪纹线“～”连接，不用“-”：应为「4.5%～5%」', range: [2, 9] }], output: '增长4.5%～5%。' },
    { text: '增长6.5%－7%。', errors: ['数值范围用浪纹线“～”连接，不用“－”：应为「6.5%～7%」'], output: '增长6.5%～7%。' },
    { text: '培育2-3家企业。', errors: ['数值范围用浪纹线“～”连接，不用“-”：应为「2～3家」'], output: '培育2～3家企业。' },
    { text: '利用2-3年时间。', errors: ['数值范围用浪纹线“～”连接，不用“-”：应为「2～3年」'], output: '利用2～3年时间。' },
    { text: '对2016－2020年的规划。', errors: ['时间的起止用一字线“—”连接，不用“－”：应为「2016—2020年」'], output: '对2016—2020年的规划。' },
    { text: '2025年1-9月。', errors: ['时间的起止用一字线“—”连接，不用“-”：应为「1—9月」'], output: '2025年1—9月。' },
    { text: '“双高计划”：2024-2028年启动。', errors: [{ flagged: '2024-2028' }], output: '“双高计划”：2024—2028年启动。' },
    { text: '投资3万-8万元。', errors: ['数值范围用浪纹线“～”连接，不用“-”：应为「3万～8万元」'], output: '投资3万～8万元。' },
    { text: '增速10～20%。', locale: 'en', errors: ['The first number of the range drops "%" and may be misread: 10%～20%'], output: '增速10%～20%。' },
  ],
});

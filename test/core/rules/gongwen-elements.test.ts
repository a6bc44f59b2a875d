import { testRule } from '../../helpers/rule-tester.js';

const HEAD = '某某市人民政府办公室关于印发工作方案的通知\n某政办发〔2025〕3号\n';
const BODY = '　　现将《工作方案》印发给你们，请认真贯彻执行。\n';

testRule('gongwen-elements', {
  valid: [
    `${HEAD}各区人民政府，市政府各委、办、局：\n${BODY}`,
    `${BODY}　　附件：1．重点任务分工表\n　　　　　2．工作台账\n某某市人民政府办公室\n2025年4月8日\n附件1\n重点任务分工表\n附件2\n工作台账\n`,
    `${BODY}　　附件：工作台账\n某某市人民政府办公室\n2025年4月8日\n附件\n工作台账\n`,
    { name: 'the note alone on its line, the name on the next', text: `${BODY}附件：\n工作台账\n附件\n工作台账\n` },
    '抄送：市委办公厅，市人大常委会办公厅，市政协办公厅。',
    { name: 'a sentence beginning with 附件', text: '附件材料应当齐全，按要求报送。' },
    { name: 'a sentence beginning with 抄送', text: '抄送有关部门备案。' },
    { name: 'a sentence beginning with 各 in the body', text: `${HEAD}各区人民政府：\n${BODY}各单位要高度重视\n` },
    { name: 'a salutation is no addressee', text: '各位代表\n　　现在，我代表市人民政府，向大会报告工作。\n' },
    { name: 'a half-width colon is punctuation-width’s', text: `${HEAD}各区人民政府:\n${BODY}` },
  ],
  invalid: [
    {
      text: `${HEAD}各区人民政府，市政府各委、办、局\n${BODY}`,
      errors: [{ message: '主送机关后用全角冒号「：」，这里是没有标点', flagged: '各区人民政府，市政府各委、办、局' }],
      output: `${HEAD}各区人民政府，市政府各委、办、局：\n${BODY}`,
    },
    {
      text: `${HEAD}各区人民政府，市政府各部门，\n${BODY}`,
      errors: [{ message: '主送机关后用全角冒号「：」，这里是「，」', flagged: '，' }],
      output: `${HEAD}各区人民政府，市政府各部门：\n${BODY}`,
    },
    {
      text: `${BODY}附件 工作台账\n`,
      errors: [{ message: '附件说明中“附件”二字后加全角冒号：「附件：」', flagged: '附件 ' }],
      output: `${BODY}附件：工作台账\n`,
    },
    { text: `${BODY}附件1．重点任务分工表\n2．工作台账\n`, errors: ['附件说明中“附件”二字后加全角冒号：「附件：」'], output: `${BODY}附件：1．重点任务分工表\n2．工作台账\n` },
    {
      text: `${BODY}附件：1、重点任务分工表\n　　　2、工作台账\n`,
      errors: [
        { message: '附件顺序号后用「．」：「1．」，这里是「1、」', flagged: '、' },
        '附件顺序号后用「．」：「2．」，这里是「2、」',
      ],
    },
    { text: `${BODY}附件：1．重点任务分工表；\n2．工作台账。\n`, errors: ['附件名称后不加标点符号，这里是「；」', '附件名称后不加标点符号，这里是「。」'] },
    {
      name: 'an attachment the note does not list',
      text: `${BODY}附件：1．重点任务分工表\n2．工作台账\n附件1\n重点任务分工表\n附件3\n工作台账\n`,
      errors: [{ message: '附件说明只列了2个附件，这里是「附件3」', flagged: '附件3', related: [{ message: '附件说明在此' }] }],
    },
    {
      name: 'an attachment without its number',
      text: `${BODY}附件：1．重点任务分工表\n2．工作台账\n附件\n重点任务分工表\n`,
      errors: ['附件说明列了2个附件，附件应标顺序号：「附件N」'],
    },
    { text: '抄送：市委办公厅，市人大常委会办公厅', errors: [{ message: '最后一个抄送机关名称后标句号「。」，这里是没有标点' }] },
    { text: '抄送：市委办公厅，市人大常委会办公厅；', errors: [{ message: '最后一个抄送机关名称后标句号「。」，这里是「；」', flagged: '；' }] },
    { text: '抄送 市委办公厅。', errors: ['“抄送”二字后加全角冒号：「抄送：」'], output: '抄送：市委办公厅。' },
    { name: 'English', text: '抄送：市委办公厅', locale: 'en', errors: ['The last copied body ends with a full stop 。; here: no mark'] },
  ],
});

import { testRule } from '../../helpers/rule-tester.js';

testRule('heading-sequence', {
  valid: [
    { name: 'accepts items numbered through across sections (tables of indicators)', text: '一、指标\n（一）甲\n1．项\n2．项\n（二）乙\n3．项\n4．项' },
    { name: 'groups under label lines number apart', text: '一、月份安排\n二月份：\n1．开学准备。\n2．安全检查。\n三月份：\n1．学雷锋活动。\n2．教学比武。\n第二阶段：组织实施（3月16日至5月31日）\n1．阅读课。\n二、保障措施' },
    { name: 'a group whose first item shares its label\'s line', text: '一、安排\n四月份：\n1．清明活动。\n2．期中检测。\n五月份：1．防溺水教育。\n2．汇演排练。' },
    {
      name: 'an announced sample numbers apart, and the guide\'s list goes on after it',
      text: '一、结构\n（一）标题\n（二）正文\n请看下面这篇范文。\n【范文】\n关于开会的通知\n各单位：\n一、时间\n二、地点\n三、要求\n县政府办公室\n2024年4月8日\n（三）落款\n二、常见问题',
    },
    { name: 'an example inside a list at its own level', text: '一、结构\n1．缘由要充分。\n2．事项要具体。\n示例：\n1．同意设立；\n2．核定编制；\n3．列入预算。\n3．结束语要得体。' },
    { name: 'a quoted list is not the document\'s', text: '一、问题\n正文写道：“一、基本情况\n二、存在困难\n三、请示事项”。\n二、意见' },
    { name: 'an attachment note is no heading list', text: '一、要求\n（一）加强领导。\n附件：1．任务分解表\n　　　2．联系人名单\n县政府办公室' },
    { name: 'nor one missing its colon (gongwen-elements asks for it)', text: '一、要求\n（一）加强领导。\n附件 1．任务分解表\n　　　2．联系人名单\n附件1．任务分解表\n　　　2．联系人名单' },
    { name: 'two lists told apart by their delimiters (heading-style reports the marks)', text: '（一）机制\n1、加强领导\n1．调整小组\n2．包片联系\n2、完善制度\n1．例会制度\n3、强化督导' },
    { name: 'an item about a year', text: '（一）重点工作\n1．网格化管理。\n2．2024年起全面推行。\n3．化解纠纷。' },
  ],
  invalid: [
    {
      name: 'explains the first break and renumbers the rest',
      text: '一、甲\n二、乙\n四、丙\n五、丁',
      errors: ['序号不连续：「二、」之后应为「三、」，这里是「四、」', '序号应为「四、」，这里是「五、」（前面的序号有误，依次顺延）'],
      output: '一、甲\n二、乙\n三、丙\n四、丁',
    },
    { name: 'a repeat', text: '（一）甲\n（二）乙\n（二）丙', errors: ['序号重复：「（二）」之后又是「（二）」，应为「（三）」'], output: '（一）甲\n（二）乙\n（三）丙' },
    { name: 'a step back', text: '1.甲\n2.乙\n1.丙', errors: ['序号倒退：「2.」之后是「1.」，应为「3.」'], output: '1.甲\n2.乙\n3.丙' },
    {
      name: 'a wrong start',
      text: '二、甲\n三、乙',
      errors: ['序号应从「一、」开始，这里是「二、」', '序号应为「二、」，这里是「三、」（前面的序号有误，依次顺延）'],
      output: '一、甲\n二、乙',
    },
    {
      name: 'restarts under each parent, in each article and in each attachment',
      text: '一、甲\n（一）子\n（二）子\n二、乙\n（一）子\n第五条　内容\n（一）列\n附件\n一、说明\n1.项\n2.项',
      errors: ['序号应从「第一条」开始，这里是「第五条」'],
      output: '一、甲\n（一）子\n（二）子\n二、乙\n（一）子\n第一条　内容\n（一）列\n附件\n一、说明\n1.项\n2.项',
    },
    // Renumbers Arabic, Chinese and circled numerals in their own kind.
    { text: '①甲\n③乙', errors: 1, output: '①甲\n②乙' },
    { text: '九、甲', errors: 1, output: '一、甲' },
    { text: '1.甲\n2.乙\n2.丙\n3.丁', errors: 2, output: '1.甲\n2.乙\n3.丙\n4.丁' },
    // In Markdown, adjacent heading lines are paragraphs of their own.
    {
      name: 'a skipped number on adjacent Markdown lines',
      text: '一、甲\n二、乙\n四、丙',
      format: 'markdown',
      errors: ['序号不连续：「二、」之后应为「三、」，这里是「四、」'],
      output: '一、甲\n二、乙\n三、丙',
    },
    {
      text: '# 报告\n（一）甲\n正文接着写。\n（三）乙',
      format: 'markdown',
      errors: ['序号不连续：「（一）」之后应为「（二）」，这里是「（三）」'],
      output: '# 报告\n（一）甲\n正文接着写。\n（二）乙',
    },
    {
      name: 'a list started again with nothing to say why: once, without renumbering the list it broke off',
      text: '一、甲\n二、乙\n三、丙\n一、会议时间\n二、会议地点\n四、丁',
      errors: ['序号在「三、」之后又从「一、」开始；如是引用的范文或示例，请在前一行注明（如“范文：”）'],
    },
    {
      name: 'a group under a label is checked on its own',
      text: '二月份：\n1．甲\n2．乙\n三月份：\n1．丙\n3．丁',
      errors: ['序号不连续：「1．」之后应为「2．」，这里是「3．」'],
      output: '二月份：\n1．甲\n2．乙\n三月份：\n1．丙\n2．丁',
    },
    {
      name: 'a sample is checked on its own',
      text: '一、甲\n【范文】\n一、时间\n三、地点\n二、乙',
      errors: ['序号不连续：「一、」之后应为「二、」，这里是「三、」'],
      output: '一、甲\n【范文】\n一、时间\n二、地点\n二、乙',
    },
    { text: '第一条　总则。\n第三条　附则。', format: 'markdown', errors: ['序号不连续：「第一条」之后应为「第二条」，这里是「第三条」'], output: '第一条　总则。\n第二条　附则。' },
  ],
});

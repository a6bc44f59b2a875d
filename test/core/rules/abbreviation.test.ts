import { testRule } from '../../helpers/rule-tester.js';

testRule('abbreviation', {
  valid: [
    '我们编制了《全市发展规划纲要（草案）》（以下简称《纲要草案》），提交大会审议。《纲要草案》共分十二章。',
    '全市各级行政机关和事业单位（以下简称政务部门）负责本部门数据。政务部门应当按时报送。',
    '市大数据中心（以下简称“中心”）负责平台运维。中心每季度报告一次。',
    '各县区发展改革部门、财政部门（以下统称有关部门）要加强协作。有关部门按季度报告。',
    { name: '下称, 以下称, 简称 with a colon', text: '市机关事务管理局（下称“管理局”）、市数据资源局（以下称数据局）和市政务服务中心（简称：政务中心）负责。管理局、数据局和政务中心按月报告。' },
    { name: 'several names after 分别', text: '采购人和供应商（以下分别简称“甲方”“乙方”）签订合同。甲方按期付款，乙方按期交货。' },
    { name: 'in running text, with the marks', text: '印发了《关于推进数字政府建设的实施方案》，以下简称《方案》。各地要落实《方案》。' },
    // A bare short name before its definition is a word in its ordinary sense.
    { name: 'a bare name before its definition', text: '保护劳动者和用人单位的合法权益。本市企业和个体经济组织（以下统称用人单位）应当依法缴费。用人单位按月申报。' },
    { name: 'inside a longer title before', text: '依据《关于修改〈实施《土地管理法》办法〉的决定》修正。根据《中华人民共和国土地管理法》（以下简称《土地管理法》），制定本办法。《土地管理法》另有规定的，从其规定。' },
    { name: 'in the document title', text: '关于贯彻《纲要》的通知\n各区：\n为落实《全市发展规划纲要》（以下简称《纲要》），现通知如下。《纲要》明确了目标。' },
    { name: '称 alone is no definition', text: '货物进站后（称重计量）再入库。授予以下称号：先进集体。' },
    { name: 'a bare name in running text is no definition', text: '实行统一管理，以下简称则不再说明。' },
    { name: 'not reported when unused is off', text: '市机关事务管理局（以下简称管理局）负责。\n附件：工作方案', options: { unused: false } },
    { name: 'a definition in the last paragraph: nothing follows it yet', text: '一、总体要求\n市机关事务管理局（以下简称管理局）负责全市公务用车管理。' },
    {
      name: 'the full title again: in a list of titles, cited with its number, inside a title, in an attachment note, or with fullName off',
      text: '根据《中华人民共和国安全生产法》（以下简称《安全生产法》），制定本办法。\n依据《中华人民共和国民法典》《中华人民共和国安全生产法》等法律。\n《中华人民共和国安全生产法》（主席令第88号）和《中华人民共和国安全生产法》、《矿山安全法》。\n见《关于学习〈中华人民共和国安全生产法〉的通知》。《安全生产法》自公布之日起施行。\n附件：《中华人民共和国安全生产法》',
    },
    {
      name: 'the full title again, with fullName off',
      text: '根据《中华人民共和国安全生产法》（以下简称《安全生产法》），制定本办法。\n违反《中华人民共和国安全生产法》的，依照《安全生产法》处理。',
      options: { fullName: false },
    },
    { name: 'a definition in code', text: '说明如下。\n\n```\n（以下简称“中心”）（以下简称“中心”）\n```\n', format: 'markdown' },
  ],
  invalid: [
    {
      name: 'defined twice',
      text: '市大数据中心（以下简称“中心”）负责平台运维。市政务服务中心（以下简称“中心”）负责窗口服务。中心每季度报告一次。',
      errors: [
        {
          message: '简称“中心”重复定义：前文已注明过',
          severity: 'warning',
          flagged: '“中心”',
          range: [35, 39],
          related: [{ message: '前文的定义', range: [11, 15] }],
        },
      ],
    },
    {
      name: 'defined twice, once in 《》 and once in “”',
      text: '制定了《全市数据治理实施方案》（以下简称《方案》）。又印发《全市数据安全方案》（以下简称“方案”）。落实《方案》。',
      errors: [{ message: '简称“方案”重复定义：前文已注明过', flagged: '“方案”', related: [{ range: [20, 24] }] }],
    },
    {
      name: 'used before it is defined',
      text: '按照《纲要草案》提出的目标推进。\n我们编制了《全市发展规划纲要（草案）》（以下简称《纲要草案》），提交大会审议。《纲要草案》共分十二章。',
      errors: [
        {
          message: '简称《纲要草案》在注明之前已经使用：应在首次出现处写全称并注明简称',
          flagged: '《纲要草案》',
          related: [{ message: '注明之前的使用', range: [2, 8] }],
        },
      ],
    },
    {
      name: 'a quoted short name used before it is defined',
      text: '深化“放管服”改革。\n推进简政放权、放管结合、优化服务（以下简称“放管服”）改革。持续深化“放管服”改革。',
      errors: [{ message: '简称“放管服”在注明之前已经使用：应在首次出现处写全称并注明简称', related: [{ range: [2, 7] }] }],
    },
    {
      name: 'never used after its definition',
      text: '市机关事务管理局（以下简称管理局）负责全市公务用车管理。\n各单位按月报送车辆使用情况。',
      errors: [{ message: '简称“管理局”注明后未再使用：可删去这处说明', flagged: '管理局', range: [13, 16], severity: 'hint' }],
    },
    {
      name: 'never used: a later definition of the same name is no use',
      text: '制定了《数据治理实施方案》（以下简称《方案》）。又制定了《数据安全规定》（以下简称《方案》）。\n请认真贯彻执行。',
      errors: ['简称《方案》注明后未再使用：可删去这处说明', '简称《方案》重复定义：前文已注明过'],
    },
    {
      name: 'a name defined in 《》 is used with its marks: the bare word is the common one',
      text: '根据《市委关于制定发展规划的建议》（以下简称《建议》），编制本纲要。\n各方共提出建议320条。',
      errors: [{ message: '简称《建议》注明后未再使用：可删去这处说明', flagged: '《建议》' }],
    },
    {
      name: 'the full title written again after its short name was defined',
      text: '根据《中华人民共和国安全生产法》（以下简称《安全生产法》），制定本办法。\n违反《中华人民共和国安全生产法》的，依照《安全生产法》处理。',
      errors: [
        {
          message: '前文已注明《中华人民共和国安全生产法》简称《安全生产法》，这里宜用简称',
          flagged: '《中华人民共和国安全生产法》',
          related: [{ message: '前文的定义', range: [21, 28] }],
        },
      ],
    },
    {
      name: 'in English',
      text: '市机关事务管理局（以下简称管理局）负责。\n请认真贯彻执行。',
      locale: 'en',
      errors: ['The short name “管理局” is never used after it is defined: the definition can go'],
    },
  ],
});

import { testRule } from '../../helpers/rule-tester.js';

const lines = (...l: string[]) => l.join('\n');
const REQUEST = lines(
  '关于增拨防汛专项经费的请示',
  '市人民政府：',
  '　　今年入汛以来，我区降雨偏多，防汛任务繁重。为保障度汛安全，拟请增拨防汛专项经费300万元。',
  '　　妥否，请批示。',
  '',
  'XX区人民政府',
  '2025年6月12日',
);

testRule('doctype-structure', {
  valid: [
    { name: 'a 请示 with its closing request and one addressee', text: REQUEST },
    {
      name: 'a report read to a congress names no addressee',
      text: lines('政府工作报告', '——2026年1月25日在市第十六届人民代表大会第四次会议上', '市长 张三', '各位代表：', '　　现在，我代表市人民政府，向大会报告工作，请予审议。'),
    },
    {
      name: 'a notice with its addressees over the title and number',
      text: lines('XX市人民政府办公室关于印发', '《XX市数字政府建设方案》的通知', 'X府办发〔2025〕12号', '各区人民政府，市政府各部门：', '　　《XX市数字政府建设方案》已经市政府同意，现印发给你们，请认真贯彻执行。'),
    },
    { name: 'minutes that name who attended', text: lines('区政府第八次常务会议纪要', '　　6月5日，区长主持召开区政府第八次常务会议。', '　　会议研究了防汛工作。', '出席：张三、李四', '列席：王五') },
    { name: 'a letter that closes with 请予函复', text: lines('关于商请支持开展联合调研的函', 'XX市统计局：', '　　为做好调研工作，拟于7月开展联合调研。', '　　请予函复。') },
    { name: 'a speech with a salutation', text: lines('在全区安全生产工作会议上的讲话', '同志们：', '　　今天召开全区安全生产工作会议。') },
    { name: 'a document whose type no title states', text: lines('各位代表：', '　　现在，我代表区人民政府报告工作。') },
    { name: 'a request sentence in a notice is its business', text: lines('关于做好汛期值班工作的通知', '各镇人民政府：', '　　有关事项请批示后执行。') },
  ],
  invalid: [
    {
      name: 'a 请示 without its closing request',
      text: REQUEST.replace('　　妥否，请批示。\n', ''),
      errors: [
        {
          message: '请示：结尾应有请求批复的语句，如「妥否，请批示」「当否，请批复」（《党政机关公文处理工作条例》第十五条）',
          flagged: '关于增拨防汛专项经费的请示',
          severity: 'warning',
        },
      ],
    },
    {
      name: 'two addressees and a second matter',
      text: REQUEST.replace('市人民政府：', '市人民政府、市财政局：').replace('妥否，请批示。', '同时拟请增配抢险车辆2台。妥否，请批示。'),
      errors: [
        { message: '请示原则上只主送一个上级机关，这里主送了两个；其他机关用抄送（《党政机关公文处理工作条例》第十五条）', flagged: '市人民政府、市财政局：', related: [{ message: '文种：请示' }] },
        { message: '请示应当一文一事：结尾的「同时」可能引出了第二个请示事项（《党政机关公文处理工作条例》第十五条）', flagged: '同时', severity: 'hint' },
      ],
    },
    {
      name: 'a report that asks for approval',
      text: lines('关于上半年安全生产工作情况的报告', '市应急管理局：', '　　上半年，我区安全生产形势总体平稳。', '　　下半年拟新建应急仓库一座，请审批。'),
      errors: [{ message: '报告中不得夹带请示事项：「请审批」是请示的结语，需要批复的事项应另行请示（《党政机关公文处理工作条例》第十五条）', flagged: '请审批' }],
    },
    {
      name: 'a notice without its addressees',
      text: lines('关于做好汛期值班工作的通知', '　　入汛以来，各地降雨偏多。现就有关事项通知如下。'),
      errors: [{ message: '通知：标题（和发文字号）之后应写主送机关，如「市人民政府：」（GB/T 9704-2012 第7.3.2条）', flagged: '关于做好汛期值班工作的通知' }],
    },
    {
      name: 'conventions are hints: a letter without its closing, minutes without attendance, a speech without salutation',
      text: lines('关于商请支持开展联合调研的函', 'XX市统计局：', '　　为做好调研工作，拟于7月开展联合调研。'),
      errors: [{ message: '函：结尾通常用「特此函告」「请予函复」等结语', severity: 'hint' }],
    },
    { text: lines('区政府第八次常务会议纪要', '　　会议研究了防汛工作。'), errors: [{ messageId: 'minutesAttendance', severity: 'hint', flagged: '区政府第八次常务会议纪要' }] },
    { text: lines('在全区安全生产工作会议上的讲话', '（2025年6月12日）', '　　今天召开全区安全生产工作会议。'), errors: [{ message: '讲话：开头通常有称呼，如「同志们：」「各位代表：」', severity: 'hint' }] },
    {
      name: 'the type read from a subtitle: 在…上的报告',
      text: lines('坚定信心 真抓实干', '——在区第五次党代会上的报告', '同志们：', '　　下步拟扩建园区，请批示。'),
      errors: [{ flagged: '请批示' }],
    },
    {
      name: 'English',
      locale: 'en',
      text: lines('关于做好汛期值班工作的通知', '　　入汛以来，各地降雨偏多。'),
      errors: ['A 通知 names its addressee after the title (and the document number), such as 市人民政府： (GB/T 9704-2012 §7.3.2)'],
    },
  ],
});

import { testRule } from '../../helpers/rule-tester.js';

testRule('share-over-limit', {
  valid: [
    // Rates that can pass 100%, and shares that do not.
    '投资完成率125.5%。',
    '完成年计划的112%。',
    '占地区生产总值比重达58.5%。',
    '覆盖率达到100%。',
    '同比增长120%。',
    '占比较上年提高120%。',
    '累计改造农村户厕3300户，其中水冲式厕所2800户、三格式化粪池厕所500户。',
    '筹资标准由50元提高到100元，其中补助标准由40元提高到80元。',
    // Rates within 100% however phrased; a completion rate may pass it.
    '群众满意率分别达到96.1%、99.5%。',
    '城乡居民参保率均保持在98.6%以上。',
    '产品抽检合格率分别为99.2%和98%。',
    '重点项目投资完成率分别为125.5%和108%。',
    { name: 'a bound below 100% is no rate over it', text: '学前教育普及率不高于102%。' },
    // Parts of the total's metric only: beds are not clinics, new services are not centres.
    '新建、改扩建卫生院6所，其中新建卫生院4所、新增床位200张，改扩建卫生院2所、新增床位120张。',
    '建设村级综合服务中心6个，其中新建4个、提升改造2个，新增服务项目20个。',
    { name: 'a verb of the total is no other metric', text: '新增就业岗位6000个，其中新增公益性岗位800个、新增企业岗位4500个。' },
  ],
  invalid: [
    { text: '全区民生支出占公共财政预算支出的120%。', errors: ['占比不能超过 100%，这里是 120%'] },
    { text: '群众满意率达到102%。', errors: ['“满意率”不能超过 100%，这里是 102%'] },
    { text: '网格受理事项办结率100.5%。', errors: 1 },
    {
      name: 'parts after 其中 that add up to more than the total',
      text: '累计改造农村户厕3100户，其中水冲式厕所2800户、三格式化粪池厕所500户。',
      errors: ['其中各项之和（3300户）超过总数（3100户）'],
    },
    { text: '投入资金1.2万元，其中区级0.8万元、街道6000元。', errors: ['其中各项之和（1.4万元）超过总数（1.2万元）'] },
    // Rates over 100% however the rate is phrased.
    { name: 'a later item of a list with 分别', text: '群众满意率分别达到96.1%、101.5%。', errors: [{ message: '“满意率”不能超过 100%，这里是 101.5%', flagged: '101.5%' }] },
    { name: 'with 均保持在', text: '城乡居民参保率均保持在100.8%。', errors: ['“参保率”不能超过 100%，这里是 100.8%'] },
    { name: 'as a lower bound', text: '学前教育普及率不低于103%。', errors: [{ message: '“普及率”不能超过 100%，这里是 103%', flagged: '不低于103%' }] },
    { name: 'the second of two joined by 和', text: '产品抽检合格率分别为99.2%和104%。', errors: [{ message: '“合格率”不能超过 100%，这里是 104%', flagged: '104%' }] },
    { text: '群众满意度达到101%。', errors: ['“满意度”不能超过 100%，这里是 101%'] },
    {
      name: 'parts of the total’s metric among another metric’s figures',
      text: '新建、改扩建卫生院6所，其中新建卫生院4所、新增床位200张，改扩建卫生院3所、新增床位120张。',
      errors: [{ message: '其中各项之和（7所）超过总数（6所）', related: [{ message: '总数在此', range: [9, 11] }] }],
    },
    {
      name: 'a figure of another metric in the total’s unit is no part',
      text: '建设村级综合服务中心6个，其中新建4个、提升改造3个，新增服务项目20个。',
      errors: [{ message: '其中各项之和（7个）超过总数（6个）', flagged: '4个、提升改造3个' }],
    },
  ],
});

/**
 * Names and formulations replaced on a known date, compiled for this project from the decisions
 * named in each entry (see docs/data-sources.md). `since` is the day the decision was adopted or the
 * new body was unveiled; a document dated on or after it should use `new` (or, when `new` was
 * itself replaced by the document's date, its successor).
 */

export interface OutdatedFormulation {
  readonly old: string;
  readonly new: string;
  /** YYYY-MM-DD. */
  readonly since: string;
  readonly source: string;
}

const REFORM_2023 = '第十四届全国人民代表大会第一次会议关于国务院机构改革方案的决定（2023年3月10日）';
const REFORM_2018 = '第十三届全国人民代表大会第一次会议关于国务院机构改革方案的决定（2018年3月17日）';
const PARTY_REFORM_2018 = '中共中央《深化党和国家机构改革方案》（2018年3月21日印发）';
const REFORM_2013 = '第十二届全国人民代表大会第一次会议关于国务院机构改革和职能转变方案的决定（2013年3月14日）';
const REFORM_2008 = '第十一届全国人民代表大会第一次会议关于国务院机构改革方案的决定（2008年3月15日）';

export const OUTDATED_FORMULATIONS: readonly OutdatedFormulation[] = [
  // 2023: the banking and insurance regulator became the financial regulator, unveiled 18 May 2023.
  { old: '中国银行保险监督管理委员会', new: '国家金融监督管理总局', since: '2023-05-18', source: REFORM_2023 },
  { old: '中国银保监会', new: '国家金融监督管理总局', since: '2023-05-18', source: REFORM_2023 },
  { old: '银保监会', new: '金融监管总局', since: '2023-05-18', source: REFORM_2023 },
  // 2021: the poverty alleviation office became the rural revitalisation administration, unveiled 25 February 2021.
  { old: '国务院扶贫开发领导小组办公室', new: '国家乡村振兴局', since: '2021-02-25', source: '国家乡村振兴局挂牌（2021年2月25日，新华社电）' },
  { old: '国务院扶贫办', new: '国家乡村振兴局', since: '2021-02-25', source: '国家乡村振兴局挂牌（2021年2月25日，新华社电）' },
  // 2022: the disease was renamed by the National Health Commission's announcement No. 7 of 2022.
  { old: '新型冠状病毒肺炎', new: '新型冠状病毒感染', since: '2022-12-26', source: '国家卫生健康委员会公告2022年第7号（2022年12月26日）' },
  // 2018: the State Council reform.
  { old: '国家卫生和计划生育委员会', new: '国家卫生健康委员会', since: '2018-03-17', source: REFORM_2018 },
  { old: '国家卫生计生委', new: '国家卫生健康委', since: '2018-03-17', source: REFORM_2018 },
  { old: '国土资源部', new: '自然资源部', since: '2018-03-17', source: REFORM_2018 },
  { old: '环境保护部', new: '生态环境部', since: '2018-03-17', source: REFORM_2018 },
  { old: '国家测绘地理信息局', new: '自然资源部', since: '2018-03-17', source: REFORM_2018 },
  { old: '国家旅游局', new: '文化和旅游部', since: '2018-03-17', source: REFORM_2018 },
  { old: '国家安全生产监督管理总局', new: '应急管理部', since: '2018-03-17', source: REFORM_2018 },
  { old: '国家安监总局', new: '应急管理部', since: '2018-03-17', source: REFORM_2018 },
  { old: '国务院法制办公室', new: '司法部', since: '2018-03-17', source: REFORM_2018 },
  { old: '国家工商行政管理总局', new: '国家市场监督管理总局', since: '2018-03-17', source: REFORM_2018 },
  { old: '国家质量监督检验检疫总局', new: '国家市场监督管理总局', since: '2018-03-17', source: REFORM_2018 },
  { old: '国家食品药品监督管理总局', new: '国家市场监督管理总局', since: '2018-03-17', source: REFORM_2018 },
  { old: '国家林业局', new: '国家林业和草原局', since: '2018-03-17', source: REFORM_2018 },
  { old: '国家粮食局', new: '国家粮食和物资储备局', since: '2018-03-17', source: REFORM_2018 },
  { old: '中国银行业监督管理委员会', new: '中国银行保险监督管理委员会', since: '2018-03-17', source: REFORM_2018 },
  { old: '中国保险监督管理委员会', new: '中国银行保险监督管理委员会', since: '2018-03-17', source: REFORM_2018 },
  // 2018: the Party's leading groups became commissions.
  { old: '中央全面深化改革领导小组', new: '中央全面深化改革委员会', since: '2018-03-21', source: PARTY_REFORM_2018 },
  { old: '中央财经领导小组', new: '中央财经委员会', since: '2018-03-21', source: PARTY_REFORM_2018 },
  { old: '中央外事工作领导小组', new: '中央外事工作委员会', since: '2018-03-21', source: PARTY_REFORM_2018 },
  { old: '中央网络安全和信息化领导小组', new: '中央网络安全和信息化委员会', since: '2018-03-21', source: PARTY_REFORM_2018 },
  // 2013 and 2008: a successor renamed again later is followed to the name in force on the document's date.
  { old: '国家人口和计划生育委员会', new: '国家卫生和计划生育委员会', since: '2013-03-14', source: REFORM_2013 },
  { old: '国家环境保护总局', new: '环境保护部', since: '2008-03-15', source: REFORM_2008 },
  { old: '劳动和社会保障部', new: '人力资源和社会保障部', since: '2008-03-15', source: REFORM_2008 },
  { old: '信息产业部', new: '工业和信息化部', since: '2008-03-15', source: REFORM_2008 },
  { old: '国防科学技术工业委员会', new: '国家国防科技工业局', since: '2008-03-15', source: REFORM_2008 },
  // 2017: the principal contradiction, as the 19th Congress restated it.
  {
    old: '人民日益增长的物质文化需要同落后的社会生产之间的矛盾',
    new: '人民日益增长的美好生活需要和不平衡不充分的发展之间的矛盾',
    since: '2017-10-18',
    source: '决胜全面建成小康社会 夺取新时代中国特色社会主义伟大胜利——在中国共产党第十九次全国代表大会上的报告（2017年10月18日）',
  },
];

/**
 * A deterministic generator of realistic speech-draft text (讲话稿) of any length, from sentence
 * templates written for this benchmark: headings at four levels, run-in series, figures with
 * units, rates that agree with their parts, and some unfilled placeholders — the mix a writer's
 * half-filled draft has.
 */

/** A small seeded PRNG (mulberry32): the same seed gives the same text on every machine. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const PLACES = ['城关镇', '东湖街道', '新区', '开发区', '北山乡', '河西镇'];
const WORKS = ['项目建设', '招商引资', '乡村振兴', '城市更新', '生态环保', '安全生产', '民生保障', '营商环境', '基层治理', '产业升级'];
const METRICS: [string, string][] = [
  ['全区固定资产投资', '亿元'],
  ['规模以上工业增加值', '亿元'],
  ['一般公共预算收入', '万元'],
  ['社会消费品零售总额', '亿元'],
  ['城镇新增就业', '人'],
  ['新建高标准农田', '万亩'],
  ['改造老旧小区', '个'],
  ['新增市场主体', '户'],
];
const VERBS = ['持续推进', '扎实开展', '全面落实', '统筹抓好', '深入实施', '大力推动'];
const TAILS = ['取得明显成效', '群众获得感不断增强', '形成了一批可复制的经验', '为全年目标任务完成打下坚实基础'];

export function generate(length: number, seed = 20261127): string {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const num = (max: number, decimals = 1) => (rnd() * max + 1).toFixed(decimals);
  const blankOr = (value: string) => (rnd() < 0.15 ? 'X' : value);
  const parts: string[] = ['在全区经济工作会议上的讲话\n同志们：\n'];
  let size = parts[0]!.length;
  let section = 0;
  while (size < length) {
    const out: string[] = [];
    out.push(`${CN[section % 10]}、${pick(VERBS)}${pick(WORKS)}\n`);
    for (let sub = 0; sub < 3; sub++) {
      out.push(`（${CN[sub]}）${pick(VERBS)}${pick(WORKS)}。\n`);
      for (let item = 0; item < 2; item++) {
        const [metric, unit] = pick(METRICS);
        const total = Math.floor(rnd() * 400) + 100;
        const part = Math.floor(total * (0.7 + rnd() * 0.3));
        out.push(
          `${item + 1}.${pick(WORKS)}。　　${pick(PLACES)}${metric}完成${blankOr(num(90))}${unit}，同比增长${blankOr(num(15))}%，${pick(TAILS)}。` +
            `辖区内${total}户个体工商户，复工${part}户，复工率${((part / total) * 100).toFixed(1)}%。` +
            `一是${pick(VERBS)}${pick(WORKS)}，二是${pick(VERBS)}${pick(WORKS)}，三是${pick(VERBS)}${pick(WORKS)}。\n`,
        );
        out.push(`（1）${pick(WORKS)}方面，累计投入资金${num(900, 0)}万元，于${blankOr('9')}月${blankOr('30')}日前完成验收。\n`);
        out.push(`（2）${pick(WORKS)}方面，${pick(PLACES)}${pick(VERBS)}，服务群众${num(50, 1)}万人次。\n`);
      }
    }
    const chunk = out.join('');
    parts.push(chunk);
    size += chunk.length;
    section++;
  }
  return parts.join('').slice(0, length);
}

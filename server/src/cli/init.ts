import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES, SEVERITY_SETTINGS, docsUrl, type Locale, type OptionSpec } from '../core/index.js';
import { CONFIG_FILE_NAME } from '../node/config-file.js';

const SEVERITY_NAMES: Readonly<Record<string, string>> = { off: '关闭', hint: '建议', info: '提示', warning: '警告', error: '错误' };

/**
 * A commented starter `.gongwenrc.json` (JSON with comments): every registered rule at its default
 * severity, with its options at their defaults, each explained in Chinese and English. Generated
 * from the registry, so it lists exactly the rules and options there are.
 */
export function starterConfig(locale: Locale = 'zh-CN'): string {
  const severities = SEVERITY_SETTINGS.map((s) => `"${s}" ${SEVERITY_NAMES[s]}`).join(' | ');
  const out: string[] = [
    `// 公文校对 gongwen-lint 的项目配置 · project configuration (${CONFIG_FILE_NAME})`,
    '// 检查一个文件时，使用离它最近的 .gongwenrc.json（文件所在目录或其上级目录）。',
    '// A file is checked with the nearest .gongwenrc.json, in its folder or a folder above.',
    '// 格式为 JSON，允许注释和末尾逗号；其中任何内容都不会被执行。',
    '// JSON with comments and trailing commas; nothing in it is ever executed.',
    '// 下面是默认设置：按需修改，不需要的项可以删去。',
    '// These are the defaults: change what you need and delete the rest.',
    `// 规则级别 Severities: ${severities}`,
    '{',
    '  // 消息语言 Message language: "zh-CN" | "en"',
    `  "locale": ${JSON.stringify(locale)},`,
    '',
    '  "rules": {',
  ];
  RULES.forEach((rule, i) => {
    const last = i === RULES.length - 1;
    if (i > 0) out.push('');
    const fixable = rule.fixable ? '；可自动修复 (fixable with --fix)' : '';
    out.push(
      `    // ${rule.id}：${rule.description['zh-CN']}`,
      `    // ${rule.description.en}`,
      `    // 默认 default: "${rule.defaultSeverity}"${fixable}；说明 docs: ${docsUrl(rule)}`,
    );
    const options = Object.entries(rule.options as Record<string, OptionSpec>);
    if (options.length === 0) {
      out.push(`    ${JSON.stringify(rule.id)}: ${JSON.stringify(rule.defaultSeverity)}${last ? '' : ','}`);
      return;
    }
    out.push(`    ${JSON.stringify(rule.id)}: {`, `      "severity": ${JSON.stringify(rule.defaultSeverity)},`);
    options.forEach(([key, spec], j) => {
      out.push(
        `      // ${spec.description['zh-CN']}`,
        `      // ${spec.description.en}`,
        `      ${JSON.stringify(key)}: ${JSON.stringify(spec.default)}${j === options.length - 1 ? '' : ','}`,
      );
    });
    out.push(`    }${last ? '' : ','}`);
  });
  out.push('  }', '}');
  return `${out.join('\n')}\n`;
}

export type InitResult = { ok: true; path: string } | { ok: false; path: string; message: string };

/** Writes the starter config into `dir`; never replaces a file that is there (created exclusively). */
export function writeStarterConfig(dir: string, locale: Locale): InitResult {
  const path = join(dir, CONFIG_FILE_NAME);
  try {
    writeFileSync(path, starterConfig(locale), { flag: 'wx' });
    return { ok: true, path };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    const message =
      code === 'EEXIST'
        ? `${path} 已存在，未覆盖（already exists; not overwritten）`
        : `无法写入（cannot write）${path}（${code}）`;
    return { ok: false, path, message };
  }
}

import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ConfigFileResolver } from '../../server/src/node/config-resolver.js';
import { readConfigFile, type ConfigFileRead } from '../../server/src/node/config-file.js';

let dir: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'gongwen-resolver-'));
  mkdirSync(join(dir, 'project/附件'), { recursive: true });
  mkdirSync(join(dir, 'project/sub'), { recursive: true });
  writeFileSync(join(dir, 'project/.gongwenrc.json'), '{\n  // 项目\n  "rules": { "placeholder": "warning" },\n  "overrides": [{ "files": "附件/**", "rules": { "placeholder": "off" } }]\n}\n');
  writeFileSync(join(dir, 'project/sub/.gongwenrc.json'), '{ "rules": { "placeholder": "info" } }');
});
after(() => rmSync(dir, { recursive: true, force: true }));

function resolver(fixed?: string) {
  const loads: string[] = [];
  const files = new ConfigFileResolver<ConfigFileRead>((path) => {
    loads.push(path);
    return readConfigFile(path);
  }, fixed);
  const severity = (file: string) => {
    const path = join(dir, file);
    return files.configAt(files.layer(files.fileFor(join(path, '..')), { locale: 'zh-CN' }), path).rules['placeholder']!.severity;
  };
  return { files, loads, severity };
}

describe('ConfigFileResolver', () => {
  it('uses the nearest config file and its overrides for the file', () => {
    const { severity } = resolver();
    assert.equal(severity('project/正文.txt'), 'warning');
    assert.equal(severity('project/附件/表.txt'), 'off');
    assert.equal(severity('project/sub/a.txt'), 'info');
    assert.equal(severity('elsewhere.txt'), 'error');
  });

  it('uses one given file for every document, its overrides relative to its own folder', () => {
    const { severity } = resolver(join(dir, 'project/.gongwenrc.json'));
    assert.equal(severity('project/sub/a.txt'), 'warning');
    assert.equal(severity('project/附件/表.txt'), 'off');
  });

  it('loads each file once until the files change', () => {
    const { files, loads, severity } = resolver();
    severity('project/正文.txt');
    severity('project/附件/表.txt');
    severity('project/sub/a.txt');
    assert.deepEqual(loads, [join(dir, 'project/.gongwenrc.json'), join(dir, 'project/sub/.gongwenrc.json')]);
    assert.ok(files.loadedUnder(join(dir, 'project/sub')));
    assert.equal(files.loadedUnder(join(dir, 'project/附件')), false);
    assert.deepEqual(files.invalidate(), loads.slice());
    severity('project/正文.txt');
    assert.equal(loads.length, 3);
  });

  it('finds a file created later once told', () => {
    const { files, severity } = resolver();
    assert.equal(severity('project/附件/表.txt'), 'off');
    writeFileSync(join(dir, 'project/附件/.gongwenrc.json'), '{ "rules": { "placeholder": "hint" } }');
    assert.equal(severity('project/附件/表.txt'), 'off', 'cached until told');
    files.invalidate();
    assert.equal(severity('project/附件/表.txt'), 'hint');
    rmSync(join(dir, 'project/附件/.gongwenrc.json'));
  });
});

describe('readConfigFile', () => {
  it('parses JSONC, treats a blank file as none, and locates a syntax error', () => {
    const path = join(dir, 'read.json');
    writeFileSync(path, '\uFEFF// 说明\n{ "locale": "en", }');
    const read = readConfigFile(path);
    assert.ok(read.ok);
    assert.deepEqual(read.raw, { locale: 'en' });
    assert.equal(read.source.startsWith('//'), true, 'no BOM: offsets as an editor counts them');
    writeFileSync(path, '/* 稍后填写 */\n');
    assert.deepEqual(readConfigFile(path), { ok: true, path, source: '/* 稍后填写 */\n', tree: undefined, raw: undefined });
    writeFileSync(path, '{\n  "rules": }');
    const broken = readConfigFile(path, 'en');
    assert.ok(!broken.ok);
    assert.equal(broken.message, 'line 2, column 12: unexpected "}", expected a value');
    assert.deepEqual([broken.syntax?.line, broken.syntax?.column], [2, 12]);
  });
  it('says why a file cannot be read, and does not read a huge one', () => {
    const missing = readConfigFile(join(dir, 'missing.json'));
    assert.deepEqual(missing, { ok: false, path: join(dir, 'missing.json'), message: '无法读取文件（ENOENT）' });
    const path = join(dir, 'huge.json');
    writeFileSync(path, `[${' '.repeat(1024 * 1024)}]`);
    const huge = readConfigFile(path);
    assert.ok(!huge.ok);
    assert.match(huge.message, /^文件过大（1048578 字节，上限 1048576 字节），未读取$/);
  });
});

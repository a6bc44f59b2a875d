import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { generate } from '../../../bench/generate.js';
import { isChineseDraft } from '../../../server/src/lsp/chinese-draft.js';
import { ROOT } from '../../helpers/paths.js';

describe('telling a Chinese draft from code', () => {
  it('takes notices, speeches and figure-heavy drafts for Chinese drafts', () => {
    assert.equal(isChineseDraft(readFileSync(join(ROOT, 'samples/speech-draft.txt'), 'utf8')), true);
    assert.equal(isChineseDraft(generate(3000)), true);
    assert.equal(isChineseDraft('关于做好X年秋冬农业生产工作的通知\n各乡镇人民政府：\n'), true);
    assert.equal(isChineseDraft('全镇固定资产投资完成5.2亿元，同比增长8.5%；规上工业产值18.6亿元（2023年：17.1亿元），PM2.5均值32μg/m³。'), true);
    assert.equal(isChineseDraft('关于开展 Windows 10 系统升级和 Office 365 授权清理工作的通知'), true);
  });

  it('does not take code, configuration or English for one, Chinese comments or not', () => {
    assert.equal(isChineseDraft('# 计算合计\ndef total(items):\n    # 逐项相加，跳过空值\n    return sum(x for x in items if x)  # 返回合计\n'), false);
    assert.equal(isChineseDraft('[database]\n; 数据库配置\nhost = localhost\nport = 5432\nuser = admin\n'), false);
    assert.equal(isChineseDraft('{\n  "name": "公文校对",\n  "version": "1.0.0",\n  "scripts": { "test": "node test.js" }\n}\n'), false);
    assert.equal(isChineseDraft('Dear colleagues,\nThe next meeting (会议) is on Friday.\n'), false);
  });

  it('wants more than a word or two', () => {
    assert.equal(isChineseDraft(''), false);
    assert.equal(isChineseDraft('一、\n二、\n1.\n2.\n'), false);
    assert.equal(isChineseDraft('通知'), false);
    assert.equal(isChineseDraft('关于X的通知'), true);
  });

  it('reads only the head of a huge paste', () => {
    const log = 'GET /index.html 200\n'.repeat(500);
    assert.equal(isChineseDraft(`${log}${'中文'.repeat(100_000)}`), false);
    assert.equal(isChineseDraft(`${'中文'.repeat(10_000)}${log.repeat(100)}`), true);
  });
});

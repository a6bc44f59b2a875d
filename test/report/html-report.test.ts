import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultConfig, type Config } from '../../server/src/core/config/config.js';
import { lintReport } from '../../server/src/core/report.js';
import { escapeHtml, renderHtmlReport, reportTime } from '../../server/src/report/html-report.js';
import { unclosedTags } from '../helpers/html.js';

const config = (locale: Config['locale'] = 'zh-CN'): Config => ({ ...defaultConfig(), locale });
const OPTIONS = { locale: 'zh-CN', version: '9.9.9', generated: '2026-12-02 14:30' } as const;

const DRAFT = [
  '关于XX市工作情况的报告',
  '一、基本情况',
  '全区固定资产投资完成5.2亿元。',
  '（一）<b>主要</b>指标',
  '全区固定资产投资完成6.1亿元。<script>"&',
  '',
].join('\n');

const page = (text = DRAFT, locale: Config['locale'] = 'zh-CN', paragraphs = false) =>
  renderHtmlReport([{ name: '稿件<1>&.txt', data: lintReport(text, config(locale)), paragraphs }], { ...OPTIONS, locale });

describe('the HTML report', () => {
  const html = page();
  it('is one page with every section, in Chinese', () => {
    assert.match(html, /^<!DOCTYPE html>\n<html lang="zh-CN">/);
    for (const heading of ['公文校对报告', '问题统计', '提纲', '未填写的占位符', '数字一览', '问题清单']) assert.ok(html.includes(`>${heading}<`), heading);
    assert.match(html, /gongwen-lint 9\.9\.9/);
    assert.match(html, /生成时间 2026-12-02 14:30/);
  });
  it('escapes the text of the draft and the file name everywhere', () => {
    assert.doesNotMatch(html, /<script/i);
    assert.doesNotMatch(html, /<b>/);
    assert.ok(html.includes('<mark>6.1亿元</mark>。&lt;script&gt;&quot;&amp;</div>'), 'the context, escaped');
    assert.ok(html.includes('&lt;b&gt;主要&lt;/b&gt;指标'), 'the heading, escaped');
    assert.ok(html.includes('<h2>稿件&lt;1&gt;&amp;.txt</h2>'), 'the file name, escaped');
    assert.equal(escapeHtml(`<a href='x'>&</a>`), '&lt;a href=&#39;x&#39;&gt;&amp;&lt;/a&gt;');
  });
  it('loads nothing: no script, no external resource, no web address at all', () => {
    assert.doesNotMatch(html, /<script|<link|<img|<iframe|@import|url\(/i);
    assert.doesNotMatch(html, /(?:https?:)?\/\/[a-z]/i);
    assert.doesNotMatch(html, /\b(?:src|href)=/i);
  });
  it('prints on A4, rows never cut', () => {
    assert.match(html, /@page \{ size: A4; margin: [^}]+\}/);
    assert.match(html, /tr \{ break-inside: avoid;/);
    assert.match(html, /thead \{ display: table-header-group; \}/);
  });
  it('is well-formed: every tag closed, in order', () => {
    assert.deepEqual(unclosedTags(html), []);
    assert.deepEqual(unclosedTags(page('', 'en')), []);
    assert.deepEqual(unclosedTags('<div><p>x</div>'), ['</div> closes <p>'], 'the checker catches a tag left open');
  });
  it('marks the offending characters in the words around them, with the fix', () => {
    assert.ok(html.includes('全区固定资产投资完成<mark>6.1亿元</mark>。'));
    assert.ok(html.includes('关于<mark>XX</mark>市工作情况的报告'));
    const fixed = renderHtmlReport([{ name: 'a.txt', data: lintReport('会议于3月5日召开,大家发言。\n', config()) }], OPTIONS);
    assert.ok(fixed.includes('会议于3月5日召开<mark>,</mark>大家发言。'));
    assert.ok(fixed.includes('建议改为「，」'));
    assert.ok(fixed.includes('<code>punctuation-width</code>'));
    assert.ok(fixed.includes('1:10'));
  });
  it('lists the outline, the blanks by kind and the figures of a metric with their places', () => {
    assert.ok(html.includes('<li><span class="marker">一、</span>基本情况<span class="ln">第 2 行</span><ul><li><span class="marker">（一）</span>'));
    assert.ok(html.includes('<tr><td>名称</td><td class="n">1</td><td>第 1 行</td></tr>'));
    assert.match(html, /全区固定资产投资 <span class="conflict">（前后不一致）<\/span><\/td><td>元<\/td><td><span class="value">5\.2亿元<span class="ln">第 3 行<\/span><\/span> <span class="value">6\.1亿元<span class="ln">第 5 行<\/span>/);
  });
  it('names a Word document’s lines as paragraphs', () => {
    const word = page(DRAFT, 'zh-CN', true);
    assert.ok(word.includes('第 1 段'));
    assert.ok(word.includes('第5段 第11字'));
    assert.ok(!word.includes('第 1 行'));
  });
  it('speaks English when asked', () => {
    const en = page(DRAFT, 'en');
    assert.match(en, /<html lang="en">/);
    for (const heading of ['Proofreading report', 'Counts', 'Outline', 'Unfilled placeholders', 'Figures', 'Findings']) assert.ok(en.includes(`>${heading}<`), heading);
    assert.doesNotMatch(en, /问题清单|生成时间/);
  });
  it('says so when there is nothing to list', () => {
    const clean = page('今年增长6.2%。\n');
    for (const words of ['未识别到编号标题。', '没有未填写的占位符。', '未发现问题。']) assert.ok(clean.includes(words), words);
  });
  it('sums the files in the header, and starts each file on a new page', () => {
    const two = renderHtmlReport(
      [
        { name: 'a.txt', data: lintReport(DRAFT, config()) },
        { name: 'b.txt', data: lintReport('今年增长6.2%。\n', config()) },
      ],
      OPTIONS,
    );
    const total = lintReport(DRAFT, config()).total;
    assert.ok(two.includes(`2 个文件 · 共 ${total} 个问题`));
    assert.equal(two.match(/<section class="file">/g)?.length, 2);
    assert.match(two, /section\.file \+ section\.file \{ break-before: page;/);
  });
  it('dates the report in local time', () => {
    assert.equal(reportTime(new Date(2026, 0, 5, 9, 7)), '2026-01-05 09:07');
  });
});

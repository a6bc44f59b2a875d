import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { configAt, layerConfig, resolveConfig, type ConfigLayers } from '../../../server/src/core/index.js';
import { overrideGlobMatches } from '../../../server/src/node/glob.js';

const severityOf = (layers: ConfigLayers, path?: string) => resolveConfig(layers, path, overrideGlobMatches).config.rules['placeholder']!.severity;

describe('resolveConfig', () => {
  const file = { raw: { rules: { placeholder: 'info' }, overrides: [{ files: '附件/**', rules: { placeholder: 'hint' } }] }, dir: '/drafts' };

  it('lays defaults < settings < file < its overrides < flags', () => {
    assert.equal(severityOf({ locale: 'zh-CN' }), 'error');
    assert.equal(severityOf({ locale: 'zh-CN', settings: { rules: { placeholder: 'warning' } } }), 'warning');
    assert.equal(severityOf({ locale: 'zh-CN', settings: { rules: { placeholder: 'warning' } }, file }, '/drafts/正文.txt'), 'info');
    assert.equal(severityOf({ locale: 'zh-CN', settings: { rules: { placeholder: 'warning' } }, file }, '/drafts/附件/表.txt'), 'hint');
    assert.equal(severityOf({ locale: 'zh-CN', file, flags: { rules: { placeholder: 'off' } } }, '/drafts/附件/表.txt'), 'off');
  });

  it('lays the layers once for all the files they serve', () => {
    const layered = layerConfig({ locale: 'zh-CN', file, flags: { rules: { 'heading-style': 'off' } } });
    const plain = configAt(layered, '/drafts/a.txt', overrideGlobMatches);
    assert.equal(configAt(layered, '/drafts/b.txt', overrideGlobMatches), plain, 'no override matches: the same object');
    const attachment = configAt(layered, '/drafts/附件/表.txt', overrideGlobMatches);
    assert.equal(attachment.rules['placeholder']!.severity, 'hint');
    assert.equal(attachment.rules['heading-style']!.severity, 'off', 'the flags still win');
  });

  it('applies no override to a document without a path', () => {
    assert.equal(severityOf({ locale: 'zh-CN', file }), 'info');
  });

  it('adds string lists up across layers', () => {
    const layers: ConfigLayers = {
      locale: 'zh-CN',
      settings: { rules: { placeholder: { allow: ['甲'] } } },
      file: { raw: { rules: { placeholder: { allow: ['乙'] } } }, dir: '/d' },
      flags: { rules: { placeholder: { allow: ['丙'] } } },
    };
    assert.deepEqual(resolveConfig(layers, '/d/a.txt', overrideGlobMatches).config.rules['placeholder']!.options['allow'], ['甲', '乙', '丙']);
  });

  it('takes the locale from the layers, a flag last', () => {
    const file = { raw: { locale: 'en' }, dir: '/d' };
    assert.equal(resolveConfig({ locale: 'zh-CN', file }, undefined, overrideGlobMatches).config.locale, 'en');
    assert.equal(resolveConfig({ locale: 'zh-CN', file, flags: { locale: 'zh-CN' } }, undefined, overrideGlobMatches).config.locale, 'zh-CN');
  });

  it('reports each layer\'s mistakes in the language asked for, and lets the layer below apply there', () => {
    const resolved = resolveConfig(
      { locale: 'en', settings: { rules: { placeholder: 'loud' } }, file: { raw: { rules: { placeholder: 'warning', nope: 'off' } }, dir: '/d' } },
      '/d/a.txt',
      overrideGlobMatches,
    );
    assert.deepEqual(resolved.errors.settings.map((e) => e.path), ['rules.placeholder']);
    assert.match(resolved.errors.settings[0]!.message, /^expected one of/);
    assert.deepEqual(resolved.errors.file.map((e) => e.path), ['rules.nope']);
    assert.deepEqual(resolved.errors.flags, []);
    assert.equal(resolved.config.rules['placeholder']!.severity, 'warning');
  });
});

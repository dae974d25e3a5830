import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import {
  answerConfiguration,
  documentSelector,
  lintedLanguages,
  matchesSelector,
  normalizeRules,
  normalizeWords,
  resolveMessageLanguage,
  toServerSettings,
} from '../../src/settings';

describe('resolveMessageLanguage', () => {
  it('follows VS Code display language when auto', () => {
    assert.equal(resolveMessageLanguage('auto', 'vi'), 'vi');
    assert.equal(resolveMessageLanguage('auto', 'vi-VN'), 'vi');
    assert.equal(resolveMessageLanguage(undefined, 'VI'), 'vi');
    assert.equal(resolveMessageLanguage('auto', 'en'), 'en');
    assert.equal(resolveMessageLanguage('auto', 'fr'), 'en');
    assert.equal(resolveMessageLanguage('auto', 'zh-tw'), 'en');
    assert.equal(resolveMessageLanguage('auto', undefined), 'en');
  });
  it('an explicit setting wins over the display language', () => {
    assert.equal(resolveMessageLanguage('en', 'vi'), 'en');
    assert.equal(resolveMessageLanguage('vi', 'en'), 'vi');
  });
  it('an unknown value falls back to auto', () => {
    assert.equal(resolveMessageLanguage('fr', 'vi'), 'vi');
    assert.equal(resolveMessageLanguage(42, 'de'), 'en');
  });
});

describe('lintedLanguages and the document selector', () => {
  it('always plaintext and markdown', () => {
    assert.deepEqual(lintedLanguages(undefined), ['plaintext', 'markdown']);
    assert.deepEqual(lintedLanguages([]), ['plaintext', 'markdown']);
  });
  it('adds extra ids once, trimmed, ignoring junk', () => {
    assert.deepEqual(lintedLanguages(['latex', ' restructuredtext ', 'markdown', 'latex', '', 'a b', 7, null]), [
      'plaintext',
      'markdown',
      'latex',
      'restructuredtext',
    ]);
    assert.deepEqual(lintedLanguages('latex'), ['plaintext', 'markdown']);
  });
  it('selects saved files and untitled buffers of those languages', () => {
    assert.deepEqual(documentSelector(['plaintext', 'latex']), [
      { scheme: 'file', language: 'plaintext' },
      { scheme: 'untitled', language: 'plaintext' },
      { scheme: 'file', language: 'latex' },
      { scheme: 'untitled', language: 'latex' },
    ]);
  });
  it('matches only those schemes and languages', () => {
    const languages = lintedLanguages(['latex']);
    assert.ok(matchesSelector(languages, 'plaintext', 'file'));
    assert.ok(matchesSelector(languages, 'markdown', 'untitled'));
    assert.ok(matchesSelector(languages, 'latex', 'file'));
    assert.ok(!matchesSelector(languages, 'csharp', 'file'));
    assert.ok(!matchesSelector(languages, 'plaintext', 'git'));
    assert.ok(!matchesSelector(languages, 'plaintext', 'output'));
  });
});

describe('normalizeRules', () => {
  it('keeps severities by id or name, lower-cased', () => {
    assert.deepEqual(normalizeRules({ RL3001: 'off', 'repeated-word': 'Error', RL4001: ' warning ' }), {
      RL3001: 'off',
      'repeated-word': 'error',
      RL4001: 'warning',
    });
  });
  it('keeps objects with their options', () => {
    assert.deepEqual(normalizeRules({ RL3101: { severity: 'INFO', style: 'modern' } }), {
      RL3101: { severity: 'info', style: 'modern' },
    });
    assert.deepEqual(normalizeRules({ RL3101: { style: 'modern' } }), { RL3101: { style: 'modern' } });
  });
  it('drops entries that can never be valid', () => {
    assert.deepEqual(normalizeRules({ RL1: 'loud', RL2: 3, RL3: null, RL4: ['off'], '': 'off', RL5: { severity: 'x' } }), {});
    assert.deepEqual(normalizeRules(null), {});
    assert.deepEqual(normalizeRules(['RL3001']), {});
    assert.deepEqual(normalizeRules('RL3001: off'), {});
  });
});

describe('normalizeWords', () => {
  it('NFC, trimmed, unique, strings only', () => {
    const decomposed = 'Hue\u0302\u0301'; // "Huế" typed as NFD
    assert.deepEqual(normalizeWords([' Huế ', decomposed, 'TCCSĐ', '', '   ', 5, null]), ['Huế', 'TCCSĐ']);
    assert.equal(normalizeWords([decomposed])[0], 'Hu\u1EBF');
  });
  it('anything but an array is no words', () => {
    assert.deepEqual(normalizeWords('Huế'), []);
    assert.deepEqual(normalizeWords(undefined), []);
  });
});

describe('toServerSettings', () => {
  it('defaults: enabled, language from VS Code, no rules, no words, no tone style', () => {
    assert.deepEqual(toServerSettings({}, 'vi'), { enable: true, language: 'vi', rules: {}, words: [] });
    assert.deepEqual(toServerSettings({}, 'en-US'), { enable: true, language: 'en', rules: {}, words: [] });
  });
  it('maps every reportlint.* setting the server reads', () => {
    const settings = toServerSettings(
      {
        enable: false,
        language: 'en',
        rules: { RL3001: 'off', RL4004: { severity: 'error' } },
        toneStyle: 'modern',
        words: ['Ủy ban', 'Ủy ban'],
        languages: ['latex'],
      },
      'vi',
    );
    assert.deepEqual(settings, {
      enable: false,
      language: 'en',
      rules: { RL3001: 'off', RL4004: { severity: 'error' } },
      toneStyle: 'modern',
      words: ['Ủy ban'],
    });
  });
  it('only false disables; auto tone style is left to .reportlint.json', () => {
    assert.equal(toServerSettings({ enable: 'no' }, 'en').enable, true);
    assert.equal(toServerSettings({ toneStyle: 'auto' }, 'en').toneStyle, undefined);
    assert.equal(toServerSettings({ toneStyle: 'fancy' }, 'en').toneStyle, undefined);
    assert.equal(toServerSettings({ toneStyle: 'traditional' }, 'en').toneStyle, 'traditional');
  });
  it('is plain JSON (it crosses the wire)', () => {
    const settings = toServerSettings({ rules: { RL3001: 'off' }, words: ['a'] }, 'vi');
    assert.deepEqual(JSON.parse(JSON.stringify(settings)), settings);
  });
});

describe('answerConfiguration', () => {
  const settings = toServerSettings({ rules: { RL3001: 'off' } }, 'vi');
  it('answers the reportlint section with the normalized settings, in order', () => {
    assert.deepEqual(
      answerConfiguration([{ section: 'editor' }, { section: 'reportlint' }], [{ tabSize: 4 }, { rules: { RL3001: 'OFF' } }], 'reportlint', settings),
      [{ tabSize: 4 }, settings],
    );
  });
  it('items without an answer get null (the protocol wants one entry per item)', () => {
    assert.deepEqual(answerConfiguration([{}, { section: 'other' }], [], 'reportlint', settings), [null, null]);
  });
});

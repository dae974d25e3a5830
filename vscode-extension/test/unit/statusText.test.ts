import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { countFindings, statusText } from '../../src/statusText';

describe('countFindings', () => {
  it('counts by VS Code severity (hints with infos)', () => {
    assert.deepEqual(countFindings([0, 1, 1, 2, 3]), { errors: 1, warnings: 2, infos: 2 });
    assert.deepEqual(countFindings([]), { errors: 0, warnings: 0, infos: 0 });
  });
});

describe('statusText', () => {
  const none = { errors: 0, warnings: 0, infos: 0 };
  it('no findings: a check mark', () => {
    assert.deepEqual(statusText(none, 'running', 'en'), { text: '$(check) ReportLint', tooltip: 'ReportLint: no findings' });
    assert.equal(statusText(none, 'running', 'vi').tooltip, 'ReportLint: không có phát hiện nào');
  });
  it('the total, with the worst severity as icon', () => {
    assert.equal(statusText({ errors: 0, warnings: 3, infos: 1 }, 'running', 'en').text, '$(warning) ReportLint: 4');
    assert.equal(statusText({ errors: 1, warnings: 0, infos: 0 }, 'running', 'en').text, '$(error) ReportLint: 1');
    assert.equal(statusText({ errors: 0, warnings: 0, infos: 2 }, 'running', 'en').text, '$(info) ReportLint: 2');
  });
  it('tooltip breaks the count down, singular and plural', () => {
    assert.equal(
      statusText({ errors: 1, warnings: 2, infos: 0 }, 'running', 'en').tooltip,
      'ReportLint: 3 findings (1 error, 2 warnings, 0 infos). Click to open the Problems panel.',
    );
    assert.equal(
      statusText({ errors: 0, warnings: 1, infos: 0 }, 'running', 'vi').tooltip,
      'ReportLint: 1 phát hiện (0 lỗi, 1 cảnh báo, 0 gợi ý). Bấm để mở bảng Problems.',
    );
  });
  it('server states override the count', () => {
    const many = { errors: 5, warnings: 0, infos: 0 };
    assert.equal(statusText(many, 'starting', 'en').text, '$(sync~spin) ReportLint');
    assert.equal(statusText(many, 'stopped', 'en').text, '$(error) ReportLint');
    assert.match(statusText(many, 'stopped', 'en').tooltip, /stopped/);
    assert.equal(statusText(many, 'disabled', 'vi').text, '$(circle-slash) ReportLint');
  });
});

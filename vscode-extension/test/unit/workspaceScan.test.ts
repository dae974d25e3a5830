import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { planScan, progressStep, SCAN_EXCLUDE, SCAN_GLOB } from '../../src/workspaceScan';

describe('planScan', () => {
  it('sorts case-insensitively, removes duplicates', () => {
    assert.deepEqual(planScan(['/w/b.md', '/w/A.txt', '/w/a.md', '/w/b.md']).files, ['/w/a.md', '/w/A.txt', '/w/b.md']);
  });
  it('caps the number of files and reports the rest', () => {
    const paths = Array.from({ length: 12 }, (_, i) => `/w/${String(i).padStart(2, '0')}.txt`);
    const plan = planScan(paths, 10);
    assert.equal(plan.files.length, 10);
    assert.equal(plan.skipped, 2);
    assert.equal(plan.files[9], '/w/09.txt');
  });
});

describe('progressStep', () => {
  it('shares 100% across the files', () => {
    assert.deepEqual(progressStep(0, 4, 'a.txt'), { message: '1/4: a.txt', increment: 25 });
    assert.equal(progressStep(0, 0, '').increment, 100);
  });
});

describe('scan globs', () => {
  it('covers text and Markdown, skips tool folders', () => {
    assert.equal(SCAN_GLOB, '**/*.{txt,md,markdown}');
    assert.ok(SCAN_EXCLUDE.includes('node_modules') && SCAN_EXCLUDE.includes('.git'));
  });
});

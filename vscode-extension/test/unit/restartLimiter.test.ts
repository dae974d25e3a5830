import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { RestartLimiter } from '../../src/restartLimiter';

function clock(start = 1_000_000) {
  const c = { time: start, now: () => c.time };
  return c;
}

describe('RestartLimiter', () => {
  it('allows up to the limit within the window, then refuses', () => {
    const c = clock();
    const limiter = new RestartLimiter(3, 60_000, c.now);
    assert.equal(limiter.recordCrash(), true);
    c.time += 1000;
    assert.equal(limiter.recordCrash(), true);
    c.time += 1000;
    assert.equal(limiter.recordCrash(), true);
    c.time += 1000;
    assert.equal(limiter.recordCrash(), false);
    assert.equal(limiter.recentCrashes, 4);
  });
  it('forgets crashes older than the window', () => {
    const c = clock();
    const limiter = new RestartLimiter(2, 60_000, c.now);
    assert.ok(limiter.recordCrash());
    assert.ok(limiter.recordCrash());
    c.time += 60_001;
    assert.equal(limiter.recentCrashes, 0);
    assert.ok(limiter.recordCrash());
    assert.ok(limiter.recordCrash());
    assert.equal(limiter.recordCrash(), false);
  });
  it('a crash exactly at the window edge still counts', () => {
    const c = clock();
    const limiter = new RestartLimiter(1, 10_000, c.now);
    assert.ok(limiter.recordCrash());
    c.time += 10_000;
    assert.equal(limiter.recordCrash(), false);
  });
  it('a manual restart resets the count', () => {
    const c = clock();
    const limiter = new RestartLimiter(1, 60_000, c.now);
    assert.ok(limiter.recordCrash());
    assert.equal(limiter.recordCrash(), false);
    limiter.reset();
    assert.equal(limiter.recentCrashes, 0);
    assert.ok(limiter.recordCrash());
  });
  it('defaults: 5 restarts in 3 minutes', () => {
    const limiter = new RestartLimiter();
    assert.equal(limiter.maxRestarts, 5);
    assert.equal(limiter.windowMs, 180_000);
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RestartPolicy } from '../../client/src/restart-policy.js';

describe('restarting a crashed language server', () => {
  it('restarts three times within three minutes, telling the user the first time; the fourth crash stops it', () => {
    let now = 0;
    const policy = new RestartPolicy(3, 180_000, () => now);
    const decisions = [0, 1_000, 2_000, 3_000].map((t) => {
      now = t;
      return policy.crashed();
    });
    assert.deepEqual(decisions, [
      { action: 'restart', notify: true },
      { action: 'restart', notify: false },
      { action: 'restart', notify: false },
      { action: 'stop' },
    ]);
    now = 4_000;
    assert.deepEqual(policy.crashed(), { action: 'restart', notify: true }, 'a manual start begins afresh');
  });

  it('forgets crashes older than the window', () => {
    let now = 0;
    const policy = new RestartPolicy(3, 180_000, () => now);
    for (const t of [0, 60_000, 120_000, 190_000, 250_000, 310_000]) {
      now = t;
      assert.equal(policy.crashed().action, 'restart', `at ${t}`);
    }
    now = 400_000;
    assert.deepEqual(policy.crashed(), { action: 'restart', notify: false });
  });
});

import assert from 'node:assert/strict';
import { describe, it, mock } from 'node:test';
import { Throttle } from '../../../src/extension/preview/throttle';

describe('preview update throttle', () => {
  it('runs once per window, after the first call of a burst, then again for a later burst', () => {
    mock.timers.enable({ apis: ['setTimeout'] });
    try {
      let runs = 0;
      const throttle = new Throttle(300, () => runs++);
      throttle.schedule();
      mock.timers.tick(100);
      throttle.schedule();
      mock.timers.tick(100);
      throttle.schedule();
      assert.equal(runs, 0);
      mock.timers.tick(100);
      assert.equal(runs, 1, 'a burst of keystrokes is one update, 300 ms after the first');
      throttle.schedule();
      mock.timers.tick(300);
      assert.equal(runs, 2);
      throttle.schedule();
      throttle.dispose();
      mock.timers.tick(1000);
      assert.equal(runs, 2, 'a disposed throttle does not fire');
    } finally {
      mock.timers.reset();
    }
  });
});

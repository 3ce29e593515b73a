import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { settle } from '../../bench/lib/settle';

/** bench/lib/settle.ts: the bench waits for a browser profile's processes to go idle (Linux /proc). */
describe('settle', () => {
  it('waits while a process of the profile is busy, and returns once it has stopped', async () => {
    const marker = `panelist-settle-${process.pid}-${Date.now()}`;
    // A busy loop whose command line names the marker, as Chromium's processes name their profile.
    const busy = spawn(process.execPath, ['-e', 'for (;;) {}', marker], { stdio: 'ignore' });
    await new Promise<void>((resolve) => busy.once('spawn', () => resolve()));
    try {
      let stopped = false;
      const waiting = settle(marker, { windowMs: 300, timeoutMs: 60_000 }).then(() => stopped);
      // settle must still be waiting after several windows of the busy loop; then the loop ends.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      stopped = true;
      busy.kill('SIGKILL');
      expect(await waiting).toBe(true);
    } finally {
      busy.kill('SIGKILL');
    }
  });

  it('returns after one window when nothing of the profile runs', async () => {
    const waited = await settle(`panelist-no-such-profile-${Date.now()}`, { windowMs: 100 });
    expect(waited).toBeGreaterThanOrEqual(90);
  });
});

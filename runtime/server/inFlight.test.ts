import { describe, expect, it } from 'vitest';
import { InFlight } from './inFlight';

describe('InFlight', () => {
  it('resolves idle() once every piece of work has ended, counting each end once', async () => {
    const work = new InFlight();
    await work.idle();
    const a = work.begin();
    const b = work.begin();
    let idle = false;
    const waiting = work.idle().then(() => {
      idle = true;
    });
    a();
    a();
    expect(work.count).toBe(1);
    await Promise.resolve();
    expect(idle).toBe(false);
    b();
    await waiting;
    expect(idle).toBe(true);
    expect(await work.track(async () => 7)).toBe(7);
    expect(work.count).toBe(0);
  });
});

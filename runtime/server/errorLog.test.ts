import { describe, expect, it } from 'vitest';
import { CallbackErrorLog } from './errorLog';

describe('CallbackErrorLog', () => {
  it('logs an error with its .ts location once per 10 s, then says how often it recurred', () => {
    const lines: string[] = [];
    let now = 0;
    const log = new CallbackErrorLog((l) => lines.push(l), () => now);
    const boom = { callback: 'double', message: 'n is too big', stack: 'Error: n is too big\n    at double (callbacks/double.ts:2:20)' };
    log.report([boom]);
    now = 1000;
    log.report([boom, boom, { callback: 'other', message: 'nope' }]);
    now = 11_000;
    log.report([boom]);
    expect(lines).toEqual([
      'callback "double" failed: n is too big at double (callbacks/double.ts:2:20)',
      'callback "other" failed: nope',
      'callback "double" failed: n is too big at double (callbacks/double.ts:2:20) (and 2 more times since it was last logged)',
    ]);
  });
});

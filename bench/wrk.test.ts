import { describe, expect, it } from 'vitest';
import { parseWrk } from './wrk';

const sample = `Running 5s test @ http://127.0.0.1:8050/_dashwright/update
  2 threads and 8 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency   412.33us  201.10us   9.81ms   93.12%
    Req/Sec     9.87k   512.00    10.90k    71.00%
  Latency Distribution
     50%  380.00us
     75%  450.00us
     90%  520.00us
     99%    1.20ms
  98213 requests in 5.00s, 21.10MB read
  Socket errors: connect 0, read 2, write 0, timeout 1
  Non-2xx or 3xx responses: 4
Requests/sec:  19642.60
Transfer/sec:      4.22MB
`;

describe('parseWrk', () => {
  it('reads requests/s, latencies in ms and errors', () => {
    expect(parseWrk(sample)).toEqual({ rps: 19642.6, p50: 0.38, p99: 1.2, errors: 7 });
  });

  it('refuses output it cannot read', () => {
    expect(() => parseWrk('nope')).toThrow(/could not read wrk/);
  });
});

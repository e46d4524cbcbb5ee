import http from 'node:http';

/** GET latencies of a cheap endpoint, one at a time, while something else loads the server. */
export async function probeLatency(url: string, seconds: number): Promise<{ p50: number; p99: number; max: number }> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const samples: number[] = [];
  const end = performance.now() + seconds * 1000;
  while (performance.now() < end) {
    const started = performance.now();
    await new Promise<void>((resolve) => http.get(url, { agent }, (res) => res.resume().on('end', () => resolve())).on('error', () => resolve()));
    samples.push(performance.now() - started);
    await new Promise((r) => setTimeout(r, 20));
  }
  agent.destroy();
  samples.sort((a, b) => a - b);
  return { p50: samples[Math.floor(samples.length / 2)] ?? 0, p99: samples[Math.floor(samples.length * 0.99)] ?? 0, max: samples[samples.length - 1] ?? 0 };
}

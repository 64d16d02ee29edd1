// A bounded HTTP load loop: a fixed number of keep-alive connections, each sending requests one
// after another, for at most `durationMs` and at most `maxRequests`. Loopback only.
import http from 'node:http';

export interface LoadResult {
  requests: number;
  errors: number;
  /** Responses whose status was not the expected one. */
  badStatus: number;
  seconds: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  bytesPerResponse: number;
}

export interface LoadOptions {
  baseUrl: string;
  /** A path, or a function returning the next path (e.g. a random query). */
  path: string | ((i: number) => string);
  connections?: number;
  durationMs?: number;
  maxRequests?: number;
  /** Warm-up (not measured): at most this many requests, for at most warmupMs (default 2000). */
  warmupRequests?: number;
  warmupMs?: number;
  expectStatus?: number;
  headers?: Record<string, string>;
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}

const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;

function assertLoopback(url: URL) {
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname))
    throw new Error(`benchmarks target loopback only, not ${url.hostname}`);
}

function once(
  agent: http.Agent,
  url: URL,
  path: string,
  headers: Record<string, string>,
): Promise<{ status: number; bytes: number }> {
  return new Promise((ok, fail) => {
    const req = http.request({ host: url.hostname, port: url.port, path, method: 'GET', agent, headers }, (res) => {
      let bytes = 0;
      res.on('data', (c: Buffer) => (bytes += c.length));
      res.on('end', () => ok({ status: res.statusCode ?? 0, bytes }));
      res.on('error', fail);
    });
    req.setTimeout(30_000, () => req.destroy(new Error('timeout')));
    req.on('error', fail);
    req.end();
  });
}

/** Runs the loop; latencies in milliseconds, measured from request start to the last byte. */
export async function load(opts: LoadOptions): Promise<LoadResult> {
  const base = new URL(opts.baseUrl);
  assertLoopback(base);
  const connections = opts.connections ?? 10;
  const durationMs = opts.durationMs ?? 10_000;
  const maxRequests = opts.maxRequests ?? 100_000;
  const expect = opts.expectStatus ?? 200;
  const headers = { accept: 'text/html,application/json', 'accept-encoding': 'identity', ...(opts.headers ?? {}) };
  const pathOf = typeof opts.path === 'string' ? () => opts.path as string : opts.path;
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });

  // Warm-up: JIT, caches, connection set-up; not measured.
  let n = 0;
  const warm = opts.warmupRequests ?? Math.min(200, connections * 20);
  const warmUntil = Date.now() + (opts.warmupMs ?? 2000);
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (n < warm && Date.now() < warmUntil) {
        n++;
        await once(agent, base, pathOf(n), headers).catch(() => {});
      }
    }),
  );

  const latencies: number[] = [];
  let errors = 0;
  let badStatus = 0;
  let bytes = 0;
  let issued = 0;
  const start = process.hrtime.bigint();
  const deadline = Date.now() + durationMs;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (issued < maxRequests && Date.now() < deadline) {
        const i = issued++;
        const t0 = process.hrtime.bigint();
        try {
          const r = await once(agent, base, pathOf(i), headers);
          latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
          bytes += r.bytes;
          if (r.status !== expect) badStatus++;
        } catch {
          errors++;
        }
      }
    }),
  );
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const mean = latencies.reduce((s, x) => s + x, 0) / (latencies.length || 1);
  return {
    requests: latencies.length,
    errors,
    badStatus,
    seconds: round(seconds),
    rps: round(latencies.length / seconds, 1),
    p50: round(percentile(latencies, 50)),
    p95: round(percentile(latencies, 95)),
    p99: round(percentile(latencies, 99)),
    mean: round(mean),
    bytesPerResponse: Math.round(bytes / (latencies.length || 1)),
  };
}

/** Percentiles of a list of durations (ms). */
export function summarize(ms: number[]) {
  const s = [...ms].sort((a, b) => a - b);
  return {
    n: s.length,
    p50: round(percentile(s, 50)),
    p95: round(percentile(s, 95)),
    p99: round(percentile(s, 99)),
    max: round(s[s.length - 1] ?? NaN),
  };
}

export { round };

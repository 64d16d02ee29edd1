import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { decodeCms } from './verify.ts';
import { certificateKey, parseCmsFast } from './fast.ts';
import type { VerifyResult } from './types.ts';

interface Pending {
  resolve: (r: VerifyResult) => void;
  reject: (e: Error) => void;
}

/**
 * verifyCms on worker threads, for bursts of signatures: parsing CMS in JavaScript is the main
 * cost of a verification, and one Node thread uses one core. Each worker loads the trust store of
 * `dir` itself. Jobs go to the worker with the fewest in flight. The optional online revocation
 * hook is not available here (it cannot cross threads); CRLs are checked as usual.
 */
export class VerifierPool {
  private readonly workers: { worker: Worker; inFlight: number }[] = [];
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private closed = false;

  constructor(
    readonly dir: string | null,
    size = Math.max(1, availableParallelism()),
  ) {
    for (let i = 0; i < size; i++) {
      // pool-worker.mjs registers tsx in the worker, then loads pool-worker.ts.
      const worker = new Worker(new URL('./pool-worker.mjs', import.meta.url), { workerData: { dir } });
      const slot = { worker, inFlight: 0 };
      worker.on('message', (m: { id: number; result?: VerifyResult; error?: string }) => {
        // An idle pool does not keep the process alive; a busy one does.
        if (--slot.inFlight === 0) worker.unref();
        const p = this.pending.get(m.id);
        if (!p) return;
        this.pending.delete(m.id);
        if (m.error) p.reject(new Error(m.error));
        else p.resolve(m.result as VerifyResult);
      });
      worker.on('error', (e) => {
        for (const [id, p] of this.pending) {
          p.reject(e);
          this.pending.delete(id);
        }
      });
      worker.unref();
      this.workers.push(slot);
    }
  }

  private send(
    job: { cms?: Uint8Array; content?: Uint8Array; at?: Date; reload?: boolean },
    slot = this.workers.reduce((a, b) => (b.inFlight < a.inFlight ? b : a)),
  ): Promise<VerifyResult> {
    if (this.closed) return Promise.reject(new Error('the verifier pool is closed'));
    const id = this.nextId++;
    if (slot.inFlight++ === 0) slot.worker.ref();
    return new Promise<VerifyResult>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      slot.worker.postMessage({ id, ...job });
    });
  }

  verify(cms: Uint8Array, content: Uint8Array, opts: { at?: Date } = {}): Promise<VerifyResult> {
    return this.send({ cms, content, at: opts.at }, this.slotFor(cms));
  }

  /**
   * Each worker keeps its own verdict cache (fast.ts), so a signer goes to the same worker each
   * time (by their certificate), unless that worker is far busier than the least busy one.
   */
  private slotFor(cms: Uint8Array) {
    const least = this.workers.reduce((a, b) => (b.inFlight < a.inFlight ? b : a));
    if (this.workers.length === 1) return least;
    const der = decodeCms(cms);
    const parsed = der && parseCmsFast(der);
    if (!parsed || !parsed.certificates.length) return least;
    const key = Buffer.from(certificateKey(parsed.certificates[0]), 'base64');
    const home = this.workers[key.readUInt32BE(0) % this.workers.length];
    return home.inFlight <= least.inFlight + 16 ? home : least;
  }

  /** Every worker reads the trust directory again (after a CRL update). */
  async reload(): Promise<void> {
    await Promise.all(this.workers.map((slot) => this.send({ reload: true }, slot)));
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }
}

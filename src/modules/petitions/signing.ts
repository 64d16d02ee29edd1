/**
 * Signing under load. A signature is acknowledged only after it is committed, and there is no
 * hot single-row update per signature: concurrent signatures are grouped by a small in-process
 * batcher into one transaction (insert … on conflict do nothing returning, then one counter
 * update per initiative per batch). While a batch commits, new arrivals wait for the next one, so
 * the batch grows with the load and the number of transactions stays small. Each caller's promise
 * resolves after its batch has committed (or rejects if it rolled back: nothing acknowledged is lost).
 */
import type { JobQueue } from '../../platform/jobs/index.ts';
import { effectiveStatus } from './domain.ts';
import { recordThresholdReached } from './commands/reachThreshold.ts';
import { addSignatures, insertSignatures, lockInitiatives } from './repository/index.ts';
import type { Db } from '../../platform/db/schema.ts';

export interface PendingSignature {
  initiativeId: string;
  iinHash: string;
  publicName: string;
  signingTime: Date | null;
  cms: Uint8Array | null;
  certSerial: string | null;
  certIssuer: string | null;
  receiptHash: string | null;
}

export type BatchOutcome =
  | { status: 'accepted'; signatureCount: number; thresholdReached: boolean }
  | { status: 'duplicate' }
  | { status: 'not_collecting' }
  | { status: 'not_found' };

interface Waiting {
  sig: PendingSignature;
  resolve: (o: BatchOutcome) => void;
  reject: (e: unknown) => void;
}

export interface BatcherOptions {
  jobs: JobQueue;
  baseUrl: string;
  /** Largest number of signatures per transaction. */
  maxBatch?: number;
  /** Batches in flight at once (1 on PGlite, which has a single connection). */
  concurrency?: number;
  now?: () => Date;
}

export class SignatureBatcher {
  private queue: Waiting[] = [];
  private inFlight = 0;
  private scheduled = false;
  private idle: (() => void)[] = [];
  /** Counters for the benchmark: transactions committed and signatures in them. */
  readonly stats = { batches: 0, signatures: 0, largest: 0 };

  constructor(
    private db: Db,
    private opts: BatcherOptions,
  ) {}

  submit(sig: PendingSignature): Promise<BatchOutcome> {
    return new Promise((resolve, reject) => {
      this.queue.push({ sig, resolve, reject });
      this.schedule();
    });
  }

  /** Resolves when nothing is queued or in flight (graceful shutdown, tests). */
  async drain(): Promise<void> {
    if (!this.queue.length && !this.inFlight) return;
    await new Promise<void>((r) => this.idle.push(r));
  }

  private schedule() {
    if (this.scheduled) return;
    this.scheduled = true;
    // setImmediate lets the requests that arrived in the same turn of the event loop join.
    setImmediate(() => {
      this.scheduled = false;
      this.pump();
    });
  }

  private pump() {
    const concurrency = this.opts.concurrency ?? 2;
    const max = this.opts.maxBatch ?? 500;
    while (this.queue.length && this.inFlight < concurrency) {
      const batch = this.queue.splice(0, max);
      this.inFlight++;
      this.flush(batch)
        .catch((e) => {
          for (const w of batch) w.reject(e);
        })
        .finally(() => {
          this.inFlight--;
          if (this.queue.length) this.pump();
          else if (!this.inFlight) for (const r of this.idle.splice(0)) r();
        });
    }
  }

  private async flush(batch: Waiting[]): Promise<void> {
    const now = this.opts.now?.() ?? new Date();
    const outcomes = new Map<Waiting, BatchOutcome>();
    await this.db.transaction().execute(async (trx) => {
      outcomes.clear();
      const ids = [...new Set(batch.map((w) => w.sig.initiativeId))].sort();
      const rows = await lockInitiatives(trx, ids);
      const byId = new Map(rows.map((r) => [r.id, r]));
      const toInsert: Waiting[] = [];
      const seen = new Set<string>();
      for (const w of batch) {
        const row = byId.get(w.sig.initiativeId);
        if (!row) outcomes.set(w, { status: 'not_found' });
        else if (effectiveStatus({ status: row.status, collectionEnds: row.collection_ends }, now) !== 'collecting')
          outcomes.set(w, { status: 'not_collecting' });
        else {
          const key = `${w.sig.initiativeId}/${w.sig.iinHash}`;
          // The same person twice in one batch: the first one counts.
          if (seen.has(key)) outcomes.set(w, { status: 'duplicate' });
          else {
            seen.add(key);
            toInsert.push(w);
          }
        }
      }
      const inserted = new Set<string>();
      if (toInsert.length) {
        const res = await insertSignatures(
          trx,
          toInsert.map((w) => ({
            initiative_id: w.sig.initiativeId,
            iin_hash: w.sig.iinHash,
            public_name: w.sig.publicName,
            signed_at: now,
            signing_time: w.sig.signingTime,
            cms: w.sig.cms,
            cert_serial: w.sig.certSerial,
            cert_issuer: w.sig.certIssuer,
            receipt_hash: w.sig.receiptHash,
          })),
        );
        for (const r of res) inserted.add(`${r.initiative_id}/${r.iin_hash}`);
      }
      const added = new Map<string, number>();
      for (const w of toInsert) {
        if (inserted.has(`${w.sig.initiativeId}/${w.sig.iinHash}`))
          added.set(w.sig.initiativeId, (added.get(w.sig.initiativeId) ?? 0) + 1);
        else outcomes.set(w, { status: 'duplicate' });
      }
      // One counter update per initiative per batch.
      const counts = new Map<string, { count: number; reached: boolean }>();
      for (const [id, n] of added) {
        const count = await addSignatures(trx, id, n);
        const row = byId.get(id)!;
        let reached = false;
        if (row.status === 'collecting' && row.threshold !== null && count >= row.threshold) {
          await recordThresholdReached(trx, this.opts.jobs, { ...row, signature_count: count }, now, this.opts.baseUrl);
          reached = true;
        }
        counts.set(id, { count, reached });
      }
      for (const w of toInsert) {
        if (outcomes.has(w)) continue;
        const c = counts.get(w.sig.initiativeId)!;
        outcomes.set(w, { status: 'accepted', signatureCount: c.count, thresholdReached: c.reached });
      }
    });
    // Committed: only now is anyone told their signature counts.
    this.stats.batches++;
    this.stats.signatures += batch.length;
    this.stats.largest = Math.max(this.stats.largest, batch.length);
    for (const w of batch) w.resolve(outcomes.get(w) ?? { status: 'not_found' });
  }
}

// A verification worker for VerifierPool: the same verifyCms, on its own thread and trust store.
import { parentPort, workerData } from 'node:worker_threads';
import { loadTrustStore } from './trust.ts';
import { verifyCms } from './verify.ts';

interface Job {
  id: number;
  cms: Uint8Array;
  content: Uint8Array;
  at?: Date;
  reload?: boolean;
}

const dir = (workerData as { dir: string | null }).dir;
parentPort!.on('message', async (job: Job) => {
  try {
    const trust = await loadTrustStore(dir, { reload: job.reload });
    if (job.reload) {
      parentPort!.postMessage({ id: job.id, result: null });
      return;
    }
    const result = await verifyCms(job.cms, job.content, trust, { at: job.at });
    parentPort!.postMessage({ id: job.id, result });
  } catch (e) {
    parentPort!.postMessage({ id: job.id, error: (e as Error).message });
  }
});

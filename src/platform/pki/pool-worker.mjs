// Entry of a VerifierPool worker thread: Node 20 does not carry the tsx loader of the main
// thread into workers, so this plain module registers it before loading the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./pool-worker.ts');

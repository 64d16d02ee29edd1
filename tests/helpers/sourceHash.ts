import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * A short hash of the files under the given folders (tests excluded), for caches of seeded
 * databases (browser tests, benchmarks) that must be rebuilt when what shapes the data changes.
 */
export function sourceHash(dirs: string[], extra = '', length = 16): string {
  const h = createHash('sha256').update(extra);
  const add = (dir: string) => {
    const p = join(ROOT, dir);
    if (!existsSync(p)) return;
    for (const name of readdirSync(p).sort()) {
      const f = join(p, name);
      if (statSync(f).isDirectory()) add(join(dir, name));
      else if (!/\.test\.tsx?$/.test(name)) h.update(f).update(readFileSync(f));
    }
  };
  dirs.forEach(add);
  return h.digest('hex').slice(0, length);
}

// The application as main.ts builds it, plus one bench-only route: a page rendered with the same
// Layout and the same platform hooks (request context, CSRF cookie, helmet) but no database work.
// That route is the framework's own ceiling every page benchmark is measured against.
// Started by bench/run.ts as a child process; prints "LISTENING <port>" when ready.
import { loadConfig } from '../src/platform/config/index.ts';
import { openDatabase } from '../src/platform/db/index.ts';
import { migrate } from '../src/platform/db/migrate.ts';
import { buildApp } from '../src/server.ts';
import { PUBLIC } from '../src/platform/authz/index.ts';
import { Layout } from '../src/platform/views/Layout.tsx';
import { renderPage } from '../src/platform/views/render.tsx';

const config = loadConfig(process.env, {
  seedDemo: false,
  worker: false,
  rateLimit: false,
  logLevel: process.env.LOG_LEVEL ?? 'error',
  port: 0,
  host: '127.0.0.1',
});
const database = await openDatabase(config);
await migrate(database);
const app = await buildApp(config, database);

function Reference() {
  return (
    <Layout title="Reference">
      <h1>Reference page</h1>
      <p>The same layout as every page, rendered with no database work.</p>
    </Layout>
  );
}
app.get('/:lang(kk|ru|en)/bench/reference', { config: { policy: PUBLIC }, schema: { hide: true } }, (req, reply) =>
  renderPage(req, reply, <Reference />),
);
app.get('/bench/reference.json', { config: { policy: PUBLIC, api: true }, schema: { hide: true } }, async () => ({
  items: [],
  total: 0,
}));

const parent = Number(process.env.BENCH_PARENT_PID);
if (parent > 0) {
  // Exit with the benchmark runner, even if it was killed (re-parented = parent gone).
  setInterval(() => {
    let alive = process.ppid === parent;
    try {
      if (alive) process.kill(parent, 0);
    } catch {
      alive = false;
    }
    if (!alive) process.exit(1);
  }, 500).unref();
}
process.on('SIGTERM', async () => {
  await app.close();
  await database.close();
  process.exit(0);
});

await app.listen({ port: 0, host: '127.0.0.1' });
const addr = app.server.address();
console.log(`LISTENING ${typeof addr === 'object' && addr ? addr.port : ''}`);

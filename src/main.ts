import { loadConfig } from './platform/config/index.ts';
import { openDatabase } from './platform/db/index.ts';
import { migrate } from './platform/db/migrate.ts';
import { buildApp } from './server.ts';
import { seedDemoIfEmpty } from './demo.ts';

const config = loadConfig();
const database = await openDatabase(config);
await migrate(database);
const app = await buildApp(config, database);
if (config.seedDemo) {
  const seeded = await seedDemoIfEmpty(app);
  if (seeded) app.log.warn('demo data loaded');
}
if (config.worker) app.jobs.start();

let closing = false;
async function shutdown(signal: string) {
  if (closing) return;
  closing = true;
  app.log.warn({ signal }, 'shutting down');
  const force = setTimeout(() => process.exit(1), 10_000);
  force.unref();
  await app.jobs.stop();
  await app.close();
  await database.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

await app.listen({ port: config.port, host: config.host });
console.log(`Qogam is running at ${config.baseUrl} (${database.kind}${config.demo ? ', demo mode' : ''})`);

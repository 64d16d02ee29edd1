import { isIP } from 'node:net';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { DEVELOPMENT_SECRET, secretWeakness } from './keys.ts';

/** Runtime configuration, read once from the environment. */
export interface Config {
  port: number;
  host: string;
  /** PGlite data directory (embedded mode); 'memory://' keeps it in memory (tests). */
  dataDir: string;
  /** When set, a real PostgreSQL is used instead of PGlite. */
  databaseUrl: string | undefined;
  /** Postgres schema to use (tests isolate each file in its own schema). */
  databaseSchema: string | undefined;
  /** Demo mode: demo data, demo accounts and the development mail viewer. */
  demo: boolean;
  /** Load demo data on first start. */
  seedDemo: boolean;
  baseUrl: string;
  /**
   * The secret every key is derived from, one per purpose (keys.ts, ADR 0008); in production it must
   * be strong (secretWeakness), elsewhere it defaults to a public development value.
   */
  secret: string;
  smtpUrl: string | undefined;
  mailFrom: string;
  uploadsDir: string;
  /** Directory of trusted CA certificates (*.pem, *.crt) and CRLs (*.crl) for digital signatures; in demo mode the generated test CA. */
  trustedCaDir: string | undefined;
  /**
   * Worker threads that verify CMS signatures (QOGAM_PKI_WORKERS). 0 verifies on the main thread
   * (the default in tests and development). Default in production: the number of CPUs minus one
   * (at least 1), so a signing burst uses every core while the main thread serves HTTP.
   */
  pkiWorkers: number;
  maxUploadBytes: number;
  logLevel: string;
  /**
   * Addresses or CIDR ranges of the reverse proxies in front of the server (QOGAM_TRUSTED_PROXIES,
   * comma-separated; also proxy-addr's names loopback, linklocal, uniquelocal). Only a request
   * from one of them has its client address taken from X-Forwarded-For; by default none.
   */
  trustedProxies: string[];
  /** Disable rate limits (benchmarks only). */
  rateLimit: boolean;
  /** Run the background job worker in this process. */
  worker: boolean;
  production: boolean;
}

const PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** QOGAM_TRUSTED_PROXIES as a list; a value that is no address, range or name stops the start. */
export function trustedProxies(value: string | undefined): string[] {
  const list = (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const item of list) {
    const [addr, bits, extra] = item.split('/');
    const kind = isIP(addr);
    const max = kind === 4 ? 32 : 128;
    const okBits = bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= max);
    if (!(PROXY_NAMES.has(item) || (kind && okBits && extra === undefined)))
      throw new Error(
        `QOGAM_TRUSTED_PROXIES: "${item}" is not an IP address, a CIDR range or one of loopback, linklocal, uniquelocal`,
      );
  }
  return list;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const dataDir = env.DATA_DIR ?? './data';
  const production = env.NODE_ENV === 'production';
  const port = Number(env.PORT ?? 3000);
  const demo = env.QOGAM_DEMO ? env.QOGAM_DEMO !== '0' : !production;
  const cfg: Config = {
    port,
    host: env.HOST ?? (production ? '0.0.0.0' : '127.0.0.1'),
    dataDir: dataDir.startsWith('memory://') ? dataDir : resolve(dataDir, 'pglite'),
    databaseUrl: env.DATABASE_URL || undefined,
    databaseSchema: env.DATABASE_SCHEMA || undefined,
    demo,
    seedDemo: demo && env.QOGAM_SEED !== '0',
    baseUrl: env.BASE_URL ?? `http://localhost:${port}`,
    secret: env.QOGAM_SECRET || (production ? '' : DEVELOPMENT_SECRET),
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM ?? 'Qogam <no-reply@qogam.kz>',
    uploadsDir:
      env.UPLOADS_DIR ?? (dataDir.startsWith('memory://') ? resolve('.tmp/uploads') : resolve(dataDir, 'uploads')),
    trustedCaDir: env.QOGAM_TRUSTED_CA
      ? resolve(env.QOGAM_TRUSTED_CA)
      : demo
        ? dataDir.startsWith('memory://')
          ? resolve('.tmp/pki/test-ca')
          : resolve(dataDir, 'pki/test-ca')
        : undefined,
    pkiWorkers:
      env.QOGAM_PKI_WORKERS !== undefined && env.QOGAM_PKI_WORKERS !== ''
        ? Math.max(0, Math.floor(Number(env.QOGAM_PKI_WORKERS)) || 0)
        : production
          ? Math.max(1, availableParallelism() - 1)
          : 0,
    maxUploadBytes: Number(env.MAX_UPLOAD_BYTES ?? 10 * 1024 * 1024),
    logLevel: env.LOG_LEVEL ?? (production ? 'info' : 'warn'),
    trustedProxies: trustedProxies(env.QOGAM_TRUSTED_PROXIES),
    rateLimit: env.QOGAM_RATE_LIMIT !== '0',
    worker: env.QOGAM_WORKER !== '0',
    production,
    ...overrides,
  };
  if (cfg.production) {
    const weak = secretWeakness(cfg.secret);
    if (weak) throw new Error(weak);
  }
  return cfg;
}

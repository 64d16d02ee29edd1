import { parseArgs } from 'node:util';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve as resolvePath } from 'node:path';
import { createTestCa, issueCertificate } from './platform/pki/index.ts';
import { checkDigit, validateBin, validateIin } from './reference/identity.ts';
import { loadConfig } from './platform/config/index.ts';
import { openDatabase } from './platform/db/index.ts';
import { migrate } from './platform/db/migrate.ts';
import { ROLES, type Role } from './platform/auth/actor.ts';
import { buildApp } from './server.ts';
import { seedDemo } from './demo.ts';
import { addMembership, createUser, grantRole, issueTokenFor } from './modules/accounts/index.ts';
import { seedRegistryDemo } from './modules/registry/index.ts';

const HELP = `Qogam operator commands: npm run qogam -- <command> [options]

  migrate                                   apply pending database migrations
  demo load [--ngos N]                      load the demo (state bodies, accounts, N organisations)
  synth --ngos 25000 [--seed S]             add N synthetic organisations (benchmarks, load tests)
  user create --email E --name N --password P [--role R ...]
  user grant --email E --role R             give a global role (${ROLES.join(', ')})
  user member --email E --organization BIN | --state-body ID
  token issue --email E --name LABEL        print a new personal API token (shown once)
  pki test-ca [--dir D]                     create the test CA (for development only) if missing; print its files
  pki issue --iin IIN --surname S --given-name G [--patronymic P] [--bin BIN] [--ecdsa] [--out D] [--dir D]
                                            issue a test citizen certificate and key (PEM, PKCS#8) from the test CA

The database is PGlite under DATA_DIR (default ./data) unless DATABASE_URL is set.
The test CA lives in QOGAM_TRUSTED_CA (in demo mode by default DATA_DIR/pki/test-ca), unless --dir is given.`;

async function main(argv: string[]) {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      password: { type: 'string' },
      role: { type: 'string', multiple: true },
      organization: { type: 'string' },
      'state-body': { type: 'string' },
      ngos: { type: 'string' },
      seed: { type: 'string' },
      dir: { type: 'string' },
      out: { type: 'string' },
      iin: { type: 'string' },
      surname: { type: 'string' },
      'given-name': { type: 'string' },
      patronymic: { type: 'string' },
      bin: { type: 'string' },
      ecdsa: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [cmd, sub] = positionals;
  if (!cmd || values.help || cmd === 'help') {
    console.log(HELP);
    return 0;
  }
  const config = loadConfig();
  if (cmd === 'pki') return pkiCommand(sub, values, config.trustedCaDir);
  const database = await openDatabase(config);
  try {
    const applied = await migrate(database);
    if (cmd === 'migrate') {
      console.log(applied.length ? `applied: ${applied.join(', ')}` : 'database is up to date');
      return 0;
    }
    const db = database.db;
    const need = (v: string | undefined, name: string) => {
      if (!v) throw new UsageError(`--${name} is required`);
      return v;
    };
    const roleOf = (r: string): Role => {
      if (!(ROLES as readonly string[]).includes(r))
        throw new UsageError(`unknown role "${r}"; one of ${ROLES.join(', ')}`);
      return r as Role;
    };
    if (cmd === 'demo' && sub === 'load') {
      const app = await buildApp({ ...config, worker: false }, database, { logger: false });
      const done = await seedDemo(app, { ngos: values.ngos ? Number(values.ngos) : undefined });
      await app.close();
      console.log(done ? 'demo loaded' : 'nothing to do');
      return 0;
    }
    if (cmd === 'synth') {
      const n = Number(need(values.ngos, 'ngos'));
      if (!Number.isInteger(n) || n < 1 || n > 1_000_000)
        throw new UsageError('--ngos must be a whole number from 1 to 1000000');
      const t0 = Date.now();
      const { inserted } = await seedRegistryDemo(db, { count: n, seed: Number(values.seed ?? Date.now() % 100000) });
      // BINs that already exist (the same seed run twice) are skipped, so say what was really added.
      console.log(`added ${inserted} of ${n} organisations in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
      return 0;
    }
    if (cmd === 'user' && sub === 'create') {
      const res = await createUser(db, {
        email: need(values.email, 'email'),
        name: need(values.name, 'name'),
        password: need(values.password, 'password'),
        roles: (values.role ?? ['citizen']).map(roleOf),
        confirmed: true,
      });
      if (!res.ok) throw new UsageError(`could not create the user: ${res.reason}`);
      console.log(`created ${values.email}`);
      return 0;
    }
    if (cmd === 'user' && sub === 'grant') {
      const res = await grantRole(db, need(values.email, 'email'), roleOf(need(values.role?.[0], 'role')));
      if (!res.ok) throw new UsageError(`could not grant: ${res.reason}`);
      console.log(`granted ${values.role?.[0]} to ${values.email}`);
      return 0;
    }
    if (cmd === 'user' && sub === 'member') {
      const email = need(values.email, 'email');
      const res = values.organization
        ? await addMembership(db, email, 'organization', values.organization)
        : await addMembership(db, email, 'state_body', need(values['state-body'], 'state-body'));
      if (!res.ok) throw new UsageError(`could not add the membership: ${res.reason}`);
      console.log('membership added');
      return 0;
    }
    if (cmd === 'token' && sub === 'issue') {
      const res = await issueTokenFor(db, need(values.email, 'email'), need(values.name, 'name'));
      if (!res.ok) throw new UsageError(`could not issue a token: ${res.reason}`);
      console.log(res.value);
      return 0;
    }
    throw new UsageError(`unknown command "${positionals.join(' ')}"`);
  } finally {
    await database.close();
  }
}

class UsageError extends Error {}

/** `pki test-ca` and `pki issue`: the test PKI, needing no database. */
async function pkiCommand(
  sub: string | undefined,
  values: Record<string, string | boolean | string[] | undefined>,
  trustedCaDir: string | undefined,
): Promise<number> {
  const str = (k: string) => (typeof values[k] === 'string' ? (values[k] as string) : undefined);
  const dir = str('dir') ?? trustedCaDir;
  if (!dir) throw new UsageError('give --dir, or set QOGAM_TRUSTED_CA (or run in demo mode)');
  if (sub === 'test-ca') {
    const ca = await createTestCa(dir);
    console.log(
      `test CA (for development and tests only, never for real signatures):\n  certificate  ${ca.certPath}\n  key          ${ca.keyPath}\n  CRL          ${ca.crlPath}`,
    );
    return 0;
  }
  if (sub === 'issue') {
    const need = (k: string) => {
      const v = str(k);
      if (!v) throw new UsageError(`--${k} is required`);
      return v;
    };
    const iin = validateIin(need('iin'));
    if (!iin.ok) {
      const digits = need('iin').replace(/\s+/g, '');
      const k = /^\d{11,12}$/.test(digits) ? checkDigit(digits.slice(0, 11)) : null;
      throw new UsageError(
        `--iin is not a valid IIN (${iin.reason})${k !== null && iin.reason === 'checksum' ? `; with a correct check digit it would be ${digits.slice(0, 11)}${k}` : ''}`,
      );
    }
    const binArg = str('bin');
    const bin = binArg === undefined ? undefined : validateBin(binArg);
    if (bin && !bin.ok) throw new UsageError(`--bin is not a valid BIN (${bin.reason})`);
    const ca = await createTestCa(dir);
    const issued = await issueCertificate(ca, {
      iin: iin.value,
      surname: need('surname'),
      givenName: need('given-name'),
      patronymic: str('patronymic'),
      bin: bin?.ok ? bin.value : undefined,
      keyAlgorithm: values.ecdsa ? 'ECDSA' : 'RSA',
    });
    const out = resolvePath(str('out') ?? '.');
    mkdirSync(out, { recursive: true });
    const base = join(out, `${iin.value}-${issued.serialNumber.slice(0, 8)}`);
    writeFileSync(`${base}.crt`, issued.certPem);
    writeFileSync(`${base}.key`, issued.keyPem, { mode: 0o600 });
    console.log(`certificate  ${base}.crt\nkey          ${base}.key`);
    console.log(
      `sign with:    openssl cms -sign -binary -nodetach -outform DER -in payload.txt -signer ${base}.crt -inkey ${base}.key -out signature.cms`,
    );
    console.log(`as PKCS#12:   openssl pkcs12 -export -in ${base}.crt -inkey ${base}.key -out ${base}.p12`);
    return 0;
  }
  throw new UsageError(`unknown command "pki ${sub ?? ''}"`);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e) => {
    if (e instanceof UsageError || (e as any)?.code?.startsWith?.('ERR_PARSE_ARGS')) {
      console.error(`error: ${e.message}\n\n${HELP}`);
      process.exit(2);
    }
    console.error(e);
    process.exit(1);
  },
);

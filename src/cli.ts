import { parseArgs } from 'node:util';
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

The database is PGlite under DATA_DIR (default ./data) unless DATABASE_URL is set.`;

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
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [cmd, sub] = positionals;
  if (!cmd || values.help || cmd === 'help') {
    console.log(HELP);
    return 0;
  }
  const config = loadConfig();
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
      if (!(ROLES as readonly string[]).includes(r)) throw new UsageError(`unknown role "${r}"; one of ${ROLES.join(', ')}`);
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
      if (!Number.isInteger(n) || n < 1 || n > 1_000_000) throw new UsageError('--ngos must be a whole number from 1 to 1000000');
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

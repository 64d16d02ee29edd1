import {
  DummyDriver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type CompiledQuery,
} from 'kysely';
import type { DB, Db } from './schema.ts';

/**
 * The database handle repository functions take. Examples are typed against it, so a changed
 * repository signature fails `tsc` in the module's queries.ts as well as in its callers.
 */
export type QueryDb = Db;

/** One call of a repository function with realistic arguments; `npm run queries` records the SQL it sends. */
export interface QueryExample {
  name: string;
  run: (db: QueryDb) => Promise<unknown>;
}

export interface RecordedStatement {
  sql: string;
  parameters: number;
}

export interface Recording {
  statements: RecordedStatement[];
  /** Set when the example threw (typically `executeTakeFirstOrThrow` on the recorder's empty rows). */
  error?: string;
}

/**
 * Runs an example against a Kysely instance whose driver executes nothing (every query returns no
 * rows) and keeps each compiled statement in order. An example that throws part-way keeps what
 * it sent up to there.
 */
export async function record(example: QueryExample): Promise<Recording> {
  const statements: RecordedStatement[] = [];
  const keep = (q: CompiledQuery) => statements.push({ sql: q.sql, parameters: q.parameters.length });
  const db = new Kysely<DB>({
    dialect: {
      createAdapter: () => new PostgresAdapter(),
      createDriver: () => new DummyDriver(),
      createIntrospector: (k) => new PostgresIntrospector(k),
      createQueryCompiler: () => new PostgresQueryCompiler(),
    },
    // Kysely logs every executed (and streamed) query once, after the driver ran it.
    log: (event) => {
      if (event.level === 'query') keep(event.query);
    },
  });
  try {
    await example.run(db);
    return { statements };
  } catch (e) {
    return { statements, error: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
  } finally {
    await db.destroy();
  }
}

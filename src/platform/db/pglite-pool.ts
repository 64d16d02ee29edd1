import type { PGlite } from '@electric-sql/pglite';
import type { PostgresPool, PostgresPoolClient } from 'kysely';

/**
 * Presents an embedded PGlite instance as the pool Kysely's PostgresDialect expects,
 * so the same dialect (and the same SQL) serves PGlite and a real PostgreSQL.
 * PGlite is a single connection: a transaction must own it until it ends, so the
 * pool hands out one client at a time and queues the rest.
 */
export function pglitePool(pg: PGlite): PostgresPool {
  let tail: Promise<void> = Promise.resolve();
  return {
    async connect(): Promise<PostgresPoolClient> {
      let release!: () => void;
      const mine = new Promise<void>((r) => (release = r));
      const before = tail;
      tail = tail.then(() => mine);
      await before;
      return {
        async query(sql: any, parameters?: any) {
          const res = await pg.query(sql, parameters as unknown[]);
          return {
            command: (res as any).command ?? 'SELECT',
            rowCount: res.affectedRows ?? res.rows.length,
            rows: res.rows,
          } as any;
        },
        release: () => release(),
      } as PostgresPoolClient;
    },
    async end() {
      /* closed by the owner of the PGlite instance */
    },
    // Kysely 0.29 reads the pool's options to open a control connection that cancels a query; a
    // PGlite client reports no backend process id, so nothing is ever cancelled that way.
    options: {},
  };
}

/**
 * Type-level test, checked by `tsc` (never run): the declared database type (schema.ts) and the
 * migrated schema (generated.ts, written by `npm run db:types`) have the same tables, and each
 * table the same columns, in both directions. A migration that adds a column nobody declared, or a
 * declared column that no migration makes, fails the typecheck here with its `table.column` name.
 * Column types are not compared: the declarations are narrower on purpose (unions, JSON shapes).
 */
import type { DB as Migrated } from './generated.ts';
import type { DB as Declared } from './schema.ts';

type Both = keyof Migrated & keyof Declared & string;
type ColumnsOnlyIn<A, B> = {
  [T in Both]: `${T}.${Exclude<keyof A[T & keyof A], keyof B[T & keyof B]> & string}`;
}[Both];

/** `true` when X is empty; otherwise a type that names what is left, so the error message shows it. */
type None<X> = [X] extends [never] ? true : { unexpected: X };

export const tablesMigratedButNotDeclared: None<Exclude<keyof Migrated, keyof Declared>> = true;
export const tablesDeclaredButNotMigrated: None<Exclude<keyof Declared, keyof Migrated>> = true;
export const columnsMigratedButNotDeclared: None<ColumnsOnlyIn<Migrated, Declared>> = true;
export const columnsDeclaredButNotMigrated: None<ColumnsOnlyIn<Declared, Migrated>> = true;

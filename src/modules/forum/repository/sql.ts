/** Small SQL helpers the forum's repository files share (no queries of their own). */
import { sql } from 'kysely';

export const isUuid = (s: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s);
export const like = (q: string) => `%${q.replace(/[%_\\]/g, (m) => `\\${m}`)}%`;
/** A date column as 'YYYY-MM-DD' text on both drivers (node-postgres would make a Date of it). */
export const dateText = (col: string) => sql<string>`to_char(${sql.ref(col)}, 'YYYY-MM-DD')`;

/**
 * A body's record on deadlines in a year, from the appeals module (`bodyAppealRecord`) and the
 * petitions module (`bodyInitiativeRecord`), read through their index.ts. A failure there leaves
 * the row out rather than breaking the assessment page.
 */
import type { Kysely } from 'kysely';
import { bodyAppealRecord } from '../appeals/index.ts';
import { bodyInitiativeRecord } from '../petitions/index.ts';
import type { Db } from '../../platform/db/schema.ts';

export interface DeadlineRecord {
  received: number;
  answered: number;
  answeredOnTime: number;
  overdue: number;
}

async function read(f: () => Promise<DeadlineRecord>): Promise<DeadlineRecord | null> {
  try {
    const r = await f();
    return {
      received: Number(r.received),
      answered: Number(r.answered),
      answeredOnTime: Number(r.answeredOnTime),
      overdue: Number(r.overdue),
    };
  } catch {
    return null;
  }
}

/** Appeals and initiatives of a body in a year (null for a source that failed). */
export async function deadlineRecord(db: Db, bodyId: string, year: number) {
  const [appeals, initiatives] = await Promise.all([
    read(() => bodyAppealRecord(db, bodyId, year)),
    read(() => bodyInitiativeRecord(db, bodyId, year)),
  ]);
  return { appeals, initiatives, year };
}

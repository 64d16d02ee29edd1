/**
 * Initiatives answered on time, from the petitions module's `bodyInitiativeRecord`, for the
 * scorecards. A failure there (its tables missing on an old database, say) leaves the
 * column empty instead of breaking the scorecard.
 */
import { bodyInitiativeRecord } from '../petitions/index.ts';
import type { Db } from '../../platform/db/schema.ts';

export interface InitiativeRecord {
  received: number;
  answered: number;
  answeredOnTime: number;
  overdue: number;
}

export async function initiativesAvailable(): Promise<boolean> {
  return typeof bodyInitiativeRecord === 'function';
}

/** The petitions module's figures for a body and year, or null when it fails. */
export async function initiativeRecord(db: Db, stateBodyId: string, year: number): Promise<InitiativeRecord | null> {
  try {
    const r = await bodyInitiativeRecord(db, stateBodyId, year);
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

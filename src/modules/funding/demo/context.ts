/**
 * What the parts of funding's demo share: the PRNG (one sequence for the whole story, so the
 * order of the calls to it is the order of the story), the story's clock, the people, and the
 * rows being built, inserted at the end by the repository's insertHistory.
 */
import { seededRandom } from '../../../platform/random.ts';
import { almatyDate } from '../../../reference/index.ts';

export const DAY = 86_400_000;

/** A deterministic v4-shaped uuid from the PRNG. */
export function uuid(r: () => number): string {
  const h = Array.from({ length: 32 }, () => Math.floor(r() * 16).toString(16));
  h[12] = '4';
  h[16] = ((parseInt(h[16], 16) & 3) | 8).toString(16);
  const s = h.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

export interface DemoAccount {
  id: string;
  email: string;
  name: string;
}
type Who = { id: string; name: string } | undefined;

/** Plain rows of many tables, typed where insertHistory takes them. */
export interface DemoRows {
  plans: any[];
  topics: any[];
  comments: any[];
  audit: any[];
  calls: any[];
  lots: any[];
  apps: any[];
  panels: any[];
  members: any[];
  conflicts: any[];
  scores: any[];
  decisions: any[];
  corrections: any[];
  projects: any[];
  milestones: any[];
  lines: any[];
  reports: any[];
  spending: any[];
  visits: any[];
  survey: any[];
  evaluations: any[];
}

export interface Demo {
  r: () => number;
  /** An instant `days` from now at `hour` o'clock, Almaty time. */
  at: (days: number, hour?: number) => Date;
  pickN: <T>(arr: T[], n: number) => T[];
  /** Records a public audit entry of the story. */
  pub: (
    action: string,
    entityType: string,
    entityId: string,
    when: Date,
    actor: Who,
    data?: Record<string, unknown>,
  ) => void;
  rows: DemoRows;
  bodies: Map<string, string>;
  users: Map<string, DemoAccount>;
  expertUser: DemoAccount;
  ngoUser: DemoAccount;
  official: DemoAccount | undefined;
  operator: DemoAccount | undefined;
  /** The organisation the demo NGO account represents. */
  ngoBin: string | undefined;
  /** The other organisations that apply. */
  pool: string[];
  expertIds: string[];
  expertNames: Map<string, string>;
  /** The last call number given per prefix. */
  numbers: Map<string, number>;
  /** How many projects in delivery the demo NGO already has. */
  ngoUsed: number;
}

/** The PRNG, the clock and the empty rows of a demo told from `now`. */
export function demoBase(seed: number, now: Date): Pick<Demo, 'r' | 'at' | 'pickN' | 'pub' | 'rows'> {
  const r = seededRandom(seed + 3);
  const at = (days: number, hour = 18) => {
    const d = almatyDate(new Date(now.getTime() + days * DAY));
    return new Date(`${d}T${String(hour).padStart(2, '0')}:00:00+05:00`);
  };
  const pickN = <T>(arr: T[], n: number) => {
    const a = [...arr];
    for (let i = a.length - 1; i > 0; i--) {
      const j = Math.floor(r() * (i + 1));
      [a[i], a[j]] = [a[j], a[i]];
    }
    return a.slice(0, n);
  };
  const rows: DemoRows = {
    plans: [],
    topics: [],
    comments: [],
    audit: [],
    calls: [],
    lots: [],
    apps: [],
    panels: [],
    members: [],
    conflicts: [],
    scores: [],
    decisions: [],
    corrections: [],
    projects: [],
    milestones: [],
    lines: [],
    reports: [],
    spending: [],
    visits: [],
    survey: [],
    evaluations: [],
  };
  const audit = rows.audit;
  const pub = (
    action: string,
    entityType: string,
    entityId: string,
    when: Date,
    actor: Who,
    data: Record<string, unknown> = {},
  ) =>
    audit.push({
      at: when,
      actor_id: actor?.id ?? null,
      actor_name: actor?.name ?? null,
      action: `funding.${action}`,
      entity_type: entityType,
      entity_id: entityId,
      data: JSON.stringify(data),
      is_public: true,
    });
  return { r, at, pickN, pub, rows };
}

/** The sums behind the funding dashboard: contracted amounts by year, region, area and instrument. */
import type { Db } from '../../../platform/db/schema.ts';
import { projectTotals } from '../repository/index.ts';

export interface FundingTotals {
  byYear: { year: number; instrument: string; tiyn: number; projects: number }[];
  byRegion: { region: string | null; tiyn: number; projects: number }[];
  byArea: { area: string; tiyn: number; projects: number }[];
  byInstrument: { instrument: string; tiyn: number; projects: number }[];
}

/** Four aggregate queries over the projects (a project = a signed contract); years in Asia/Almaty. */
export async function fundingTotals(db: Db): Promise<FundingTotals> {
  const rows = await projectTotals(db);
  const add = <K extends string>(
    m: Map<K, { tiyn: number; projects: number }>,
    k: K,
    tiyn: number,
    projects: number,
  ) => {
    const x = m.get(k) ?? { tiyn: 0, projects: 0 };
    m.set(k, { tiyn: x.tiyn + tiyn, projects: x.projects + projects });
  };
  const y = new Map<string, { tiyn: number; projects: number }>();
  const r = new Map<string, { tiyn: number; projects: number }>();
  const a = new Map<string, { tiyn: number; projects: number }>();
  const i = new Map<string, { tiyn: number; projects: number }>();
  for (const row of rows) {
    const tiyn = Number(row.tiyn);
    add(y, `${row.year}|${row.instrument}`, tiyn, row.projects);
    add(r, row.region ?? '', tiyn, row.projects);
    add(a, row.area, tiyn, row.projects);
    add(i, row.instrument, tiyn, row.projects);
  }
  const desc = (p: { tiyn: number }, q: { tiyn: number }) => q.tiyn - p.tiyn;
  return {
    byYear: [...y]
      .map(([k, v]) => ({ year: Number(k.split('|')[0]), instrument: k.split('|')[1], ...v }))
      .sort((p, q) => p.year - q.year || p.instrument.localeCompare(q.instrument)),
    byRegion: [...r].map(([k, v]) => ({ region: k || null, ...v })).sort(desc),
    byArea: [...a].map(([k, v]) => ({ area: k, ...v })).sort(desc),
    byInstrument: [...i].map(([k, v]) => ({ instrument: k, ...v })).sort(desc),
  };
}

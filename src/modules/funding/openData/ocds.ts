/**
 * State social order as Open Contracting Data Standard 1.1 releases (pure functions of a call's
 * bundle). One contracting process per call: ocid = prefix + call number. Releases follow the
 * stages the public saw: planning (the approved plan), tender (the call and its lots), award (the
 * published decision), contract (the signed contracts) and implementation (milestones and the
 * reports), each dated when it happened; the compiled release is the latest state of everything.
 */
import type { ApplicationRow, CallBundle, LotRow, ProjectRow } from './bundles.ts';

/**
 * The OCDS prefix of this publisher. Prefixes are issued by the OCDS Helpdesk; a real installation
 * sets its own registered prefix through QOGAM_OCDS_PREFIX.
 */
export const OCDS_PREFIX = process.env.QOGAM_OCDS_PREFIX || 'ocds-qgm7kz';

const KZT = (tiyn: number) => ({ amount: Math.round(tiyn) / 100, currency: 'KZT' });
/** A civil date (Asia/Almaty) as an OCDS date-time. */
const day = (d: string) => `${d}T00:00:00+05:00`;
const iso = (d: Date) => d.toISOString();

export const bodyPartyId = (code: string) => `KZ-GOV-${code}`;
export const orgPartyId = (bin: string) => `KZ-BIN-${bin}`;

type Release = Record<string, unknown> & { id: string; date: string; tag: string[] };

const TENDER_STATUS: Record<string, string> = {
  published: 'active',
  closed: 'active',
  review: 'active',
  decided: 'complete',
  cancelled: 'cancelled',
};
const CONTRACT_STATUS: Record<string, string> = {
  delivering: 'active',
  final_submitted: 'active',
  completed: 'terminated',
  evaluated: 'terminated',
  terminated: 'terminated',
};

function parties(b: CallBundle) {
  const buyer = {
    id: bodyPartyId(b.call.body.code),
    name: b.call.body.name_ru,
    roles: ['buyer', 'procuringEntity'],
    address: { countryName: 'Kazakhstan' },
  };
  const orgs = new Map<
    string,
    { id: string; name: string; identifier: { scheme: string; id: string; legalName: string }; roles: string[] }
  >();
  for (const a of b.applications) {
    const winner = a.status === 'awarded' || b.projects.some((p) => p.application_id === a.id);
    const o = orgs.get(a.bin) ?? {
      id: orgPartyId(a.bin),
      name: a.org_name_ru,
      identifier: { scheme: 'KZ-BIN', id: a.bin, legalName: a.org_name_ru },
      roles: ['tenderer'],
    };
    if (winner && !o.roles.includes('supplier')) o.roles.push('supplier');
    orgs.set(a.bin, o);
  }
  return [buyer, ...orgs.values()];
}

const ref = (a: { bin: string; org_name_ru: string }) => ({ id: orgPartyId(a.bin), name: a.org_name_ru });

function lotJson(l: LotRow, callStatus: string) {
  return {
    id: String(l.number),
    title: l.title,
    description: l.description || undefined,
    value: KZT(l.budget_tiyn),
    status: TENDER_STATUS[callStatus] ?? 'active',
    contractPeriod: { durationInDays: l.duration_months * 30 },
  };
}

function tender(b: CallBundle) {
  const c = b.call;
  const tenderers = [...new Map(b.applications.map((a) => [a.bin, ref(a)])).values()];
  return {
    id: c.number,
    title: c.title,
    description: c.description || undefined,
    status: TENDER_STATUS[c.status] ?? 'active',
    procuringEntity: { id: bodyPartyId(c.body.code), name: c.body.name_ru },
    value: KZT(b.lots.reduce((s, l) => s + l.budget_tiyn, 0)),
    procurementMethod: 'open',
    procurementMethodDetails:
      'State social order: open competition (Law on State Social Order, Grants and Awards for NGOs)',
    mainProcurementCategory: 'services',
    tenderPeriod: { startDate: iso(c.opens_at), endDate: iso(c.closes_at) },
    numberOfTenderers: tenderers.length,
    tenderers,
    lots: b.lots.map((l) => lotJson(l, c.status)),
  };
}

function awards(b: CallBundle) {
  if (!b.decision) return [];
  const lotNumber = new Map(b.lots.map((l) => [l.id, String(l.number)]));
  const winners: ApplicationRow[] = b.applications.filter(
    (a) => a.status === 'awarded' || b.projects.some((p) => p.application_id === a.id),
  );
  return winners.map((a) => {
    const project = b.projects.find((p) => p.application_id === a.id);
    return {
      id: a.id,
      title: project?.title,
      status: 'active',
      date: iso(b.decision!.published_at),
      value: KZT(project?.amount_tiyn ?? a.requested_tiyn),
      suppliers: [ref(a)],
      relatedLots: [lotNumber.get(a.lot_id) ?? ''].filter(Boolean),
    };
  });
}

function contract(p: ProjectRow, withImplementation: CallBundle | null, base: string) {
  const c: Record<string, unknown> = {
    id: p.number,
    awardID: p.application_id,
    title: p.title,
    status: CONTRACT_STATUS[p.status] ?? 'active',
    period: { startDate: day(p.starts_on), endDate: day(p.ends_on) },
    value: KZT(p.amount_tiyn),
    dateSigned: iso(p.signed_at),
  };
  if (withImplementation) {
    const b = withImplementation;
    c.implementation = {
      milestones: b.milestones
        .filter((m) => m.project_id === p.id)
        .map((m) => ({
          id: m.id,
          title: m.title,
          type: 'delivery',
          dueDate: day(m.due_on),
          dateMet: m.done_on ? day(m.done_on) : undefined,
          status: m.done_on ? 'met' : new Date(day(m.due_on)) < new Date() ? 'notMet' : 'scheduled',
        })),
      documents: b.reports
        .filter((r) => r.project_id === p.id)
        .map((r) => ({
          id: r.id,
          documentType: r.kind === 'final' ? 'completionCertificate' : 'physicalProgressReport',
          title: `${r.kind === 'final' ? 'Final report' : 'Interim report'}: ${r.beneficiaries_reached} beneficiaries reached, ${(r.spent_tiyn / 100).toFixed(2)} KZT spent`,
          url: `${base}/ru/funding/projects/${p.id}#report-${r.id}`,
          datePublished: iso(r.submitted_at),
          format: 'text/html',
        })),
    };
  }
  return c;
}

const latest = (dates: (Date | null | undefined)[]) =>
  new Date(Math.max(...dates.filter((d): d is Date => !!d).map((d) => d.getTime())));

/** Every release of a call, oldest first. */
export function releasesOf(b: CallBundle, base: string): Release[] {
  const c = b.call;
  const ocid = `${OCDS_PREFIX}-${c.number}`;
  const common = {
    ocid,
    initiationType: 'tender',
    buyer: { id: bodyPartyId(c.body.code), name: c.body.name_ru },
    language: 'ru',
  };
  const out: Release[] = [];
  if (c.plan_approved_at) {
    out.push({
      ...common,
      id: `${c.number}-planning`,
      date: iso(c.plan_approved_at),
      tag: ['planning'],
      parties: parties({ ...b, applications: [] }),
      planning: {
        rationale: c.plan_title ?? undefined,
        budget: { amount: KZT(b.lots.reduce((s, l) => s + l.budget_tiyn, 0)) },
      },
    });
  }
  const tenderDate = c.announced_at ?? c.opens_at;
  out.push({
    ...common,
    id: `${c.number}-tender`,
    date: iso(tenderDate),
    tag: ['tender'],
    parties: parties(b),
    tender: tender(b),
  });
  if (b.decision)
    out.push({
      ...common,
      id: `${c.number}-award`,
      date: iso(b.decision.published_at),
      tag: ['award'],
      parties: parties(b),
      awards: awards(b),
    });
  if (b.projects.length) {
    out.push({
      ...common,
      id: `${c.number}-contract`,
      date: iso(latest(b.projects.map((p) => p.signed_at))),
      tag: ['contract'],
      parties: parties(b),
      contracts: b.projects.map((p) => contract(p, null, base)),
    });
    if (b.reports.length || b.milestones.length) {
      const date = latest([...b.reports.map((r) => r.submitted_at), ...b.projects.map((p) => p.updated_at)]);
      out.push({
        ...common,
        id: `${c.number}-implementation`,
        date: iso(date),
        tag: ['implementation'],
        parties: parties(b),
        contracts: b.projects.map((p) => contract(p, b, base)),
      });
    }
  }
  return out;
}

/** The latest state of the whole process, as OCDS's merge of the releases would give it. */
export function compiledReleaseOf(b: CallBundle, base: string): Release {
  const rs = releasesOf(b, base);
  const merged: Release = { ...rs[0], id: `${rs[0].ocid}-compiled`, tag: ['compiled'], date: rs[rs.length - 1].date };
  for (const r of rs) {
    for (const k of ['parties', 'planning', 'tender', 'awards', 'contracts'] as const)
      if (r[k] !== undefined) merged[k] = r[k];
  }
  return merged;
}

/** Rows -> what pages and the API show. */
import { pick, type Locale } from '../../platform/i18n/index.ts';
import { regions } from '../../reference/index.ts';
import { responseDueDate } from './domain.ts';
import type {
  ApplicationRow,
  CouncilRow,
  DecisionRow,
  DocumentRow,
  HearingRow,
  MeetingRow,
  MemberRow,
  QuestionRow,
  ReportRow,
  SelectionRow,
} from './repository/index.ts';

export const councilName = (c: { name_kk: string; name_ru: string; name_en: string | null }, l: Locale) =>
  pick({ kk: c.name_kk, ru: c.name_ru, en: c.name_en }, l);
export const bodyName = (b: { body_name_kk: string; body_name_ru: string; body_name_en: string }, l: Locale) =>
  pick({ kk: b.body_name_kk, ru: b.body_name_ru, en: b.body_name_en }, l);
export const regionName = (code: string | null, l: Locale) =>
  code ? (regions.find((r) => r.code === code)?.name[l] ?? code) : '';
const iso = (d: Date | string | null | undefined) => (d ? new Date(d).toISOString() : null);
export const documentUrl = (id: string) => `/councils/documents/${id}`;
const bodyJson = (r: CouncilRow | HearingRow) => ({
  code: r.body_code,
  names: { kk: r.body_name_kk, ru: r.body_name_ru, en: r.body_name_en },
});
const docJson = (d: DocumentRow) => ({ title: d.title, url: documentUrl(d.id), mime: d.mime });

export function councilItemJson(c: CouncilRow) {
  return {
    id: c.id,
    names: { kk: c.name_kk, ru: c.name_ru, en: c.name_en },
    level: c.level,
    region: c.region,
    stateBody: bodyJson(c),
    termStart: c.term_start,
    termEnd: c.term_end,
    status: c.status,
    url: `/kk/councils/${c.id}`,
    meetingsIcs: `/api/v1/councils/${c.id}/meetings.ics`,
  };
}

export function councilDetailJson(
  c: CouncilRow,
  x: {
    members: MemberRow[];
    selections: (SelectionRow & { applications: ApplicationRow[] })[];
    meetings: (MeetingRow & { decisions: DecisionRow[]; documents: DocumentRow[] })[];
    reports: ReportRow[];
  },
) {
  return {
    ...councilItemJson(c),
    description: c.description,
    members: x.members.map((m) => ({
      name: m.full_name,
      role: m.role,
      affiliation: m.affiliation,
      termStart: m.term_start,
      termEnd: m.term_end,
    })),
    selections: x.selections.map((s) => ({
      id: s.id,
      title: s.title,
      seats: s.seats,
      applicationsCloseOn: s.applications_close_on,
      status: s.status,
      commissionSize: s.commission_size,
      candidates: s.applications.map((a) => ({
        name: a.full_name,
        kind: a.applicant_kind,
        organizationBin: a.organization_bin,
        status: a.status,
        votesFor: a.votes_for,
        votesAgainst: a.votes_against,
        votesAbstain: a.votes_abstain,
      })),
    })),
    meetings: x.meetings.map((m) => ({
      id: m.id,
      title: m.title,
      startsAt: iso(m.starts_at)!,
      endsAt: iso(m.ends_at)!,
      location: m.location,
      status: m.status,
      agenda: m.agenda,
      minutes: m.minutes,
      attendance: (m.attendance as string[]).length,
      documents: m.documents.map(docJson),
      decisions: m.decisions.map((d) => ({
        number: d.number,
        text: d.text,
        votesFor: d.votes_for,
        votesAgainst: d.votes_against,
        votesAbstain: d.votes_abstain,
        response: {
          status: d.response_status,
          text: d.response_text,
          respondedAt: iso(d.responded_at),
          dueOn: responseDueDate(new Date(m.starts_at)),
        },
      })),
    })),
    reports: x.reports.map((r) => ({
      id: r.id,
      title: r.title,
      authorKind: r.author_kind,
      author: r.author_name,
      organizationBin: r.organization_bin,
      findings: r.findings,
      publishedAt: iso(r.published_at)!,
      status: r.status,
      bodyAnswer: r.body_answer,
      answeredAt: iso(r.answered_at),
    })),
  };
}

export function hearingItemJson(h: HearingRow) {
  return {
    id: h.id,
    title: h.title,
    stateBody: bodyJson(h),
    region: h.region,
    councilId: h.council_id,
    startsAt: iso(h.starts_at)!,
    announcedAt: iso(h.announced_at)!,
    location: h.location,
    status: h.status,
    url: `/kk/hearings/${h.id}`,
  };
}

export function hearingDetailJson(
  h: HearingRow,
  x: { questions: QuestionRow[]; registrations: number; materials: DocumentRow[] },
) {
  return {
    ...hearingItemJson(h),
    description: h.description,
    minutes: h.minutes,
    participants: h.participants_count,
    registrations: x.registrations,
    materials: x.materials.map(docJson),
    // Hidden posts are left out of the API; the page shows that one was hidden and why.
    questions: x.questions
      .filter((q) => !q.hidden)
      .map((q) => ({
        id: q.id,
        kind: q.kind,
        phase: q.phase,
        author: q.author_name,
        text: q.text,
        askedAt: iso(q.created_at)!,
        answer: q.answer,
        outcome: q.outcome,
        answeredAt: iso(q.answered_at),
      })),
  };
}

/** Small pieces shared by the module's pages. */
import { areaByCode, regionByCode } from '../../../reference/index.ts';
import { formatMoney, formatNumber, type Locale } from '../../../platform/i18n/index.ts';
import { useCtx } from '../../../platform/views/context.ts';
import { StatusTag } from '../../../platform/kit/index.ts';
import type { TagTone } from '../../../platform/views/data.tsx';
import { progressPercent, type ApplicationStatus, type CampaignPhase, type OpportunityStatus } from '../domain.ts';

const OPP_TONE: Record<OpportunityStatus, TagTone> = {
  open: 'green',
  closed: 'yellow',
  completed: 'blue',
  cancelled: 'grey',
};
const APP_TONE: Record<ApplicationStatus, TagTone> = {
  applied: 'yellow',
  accepted: 'blue',
  declined: 'red',
  withdrawn: 'grey',
  completed: 'green',
  revoked: 'red',
};
const PHASE_TONE: Record<CampaignPhase, TagTone> = {
  upcoming: 'grey',
  active: 'green',
  ended: 'yellow',
  reported: 'blue',
};

export const OpportunityTag = ({ status }: { status: OpportunityStatus }) => (
  <StatusTag status={status} keyPrefix="volunteering.status" tones={OPP_TONE} />
);

export const ApplicationTag = ({ status }: { status: ApplicationStatus }) => (
  <StatusTag status={status} keyPrefix="volunteering.application.status" tones={APP_TONE} />
);

export const PhaseTag = ({ phase }: { phase: CampaignPhase }) => (
  <StatusTag status={phase} keyPrefix="volunteering.phase" tones={PHASE_TONE} />
);

/** Collected against the goal: a bar (decorative) and the numbers in words. */
export function Progress({ raised, goal }: { raised: number; goal: number }) {
  const { t, locale } = useCtx();
  const pct = progressPercent(raised, goal);
  return (
    <p class="progress">
      <span class="meter" aria-hidden="true">
        <span style={`width:${Math.min(100, pct)}%`} />
      </span>{' '}
      {t('volunteering.charity.progress', {
        raised: formatMoney(raised, locale),
        goal: formatMoney(goal, locale),
        percent: formatNumber(pct, locale),
      })}
    </p>
  );
}

export const regionName = (code: string | null, locale: Locale) =>
  code ? (regionByCode(code)?.name[locale] ?? code) : '';
export const areaName = (code: string, locale: Locale) => areaByCode(code)?.name[locale] ?? code;

/** Where: "online", or "settlement, region". */
export function placeText(
  o: { online: boolean; region: string | null; settlement: string },
  locale: Locale,
  t: (k: string) => string,
): string {
  const where = [o.settlement, regionName(o.region, locale)].filter(Boolean).join(', ');
  return o.online ? (where ? `${t('volunteering.online')} · ${where}` : t('volunteering.online')) : where;
}

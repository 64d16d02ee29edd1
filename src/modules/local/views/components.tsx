import { useCtx } from '../../../platform/views/context.ts';
import { Tag, type TagTone } from '../../../platform/views/data.tsx';
import { MessagePage as PlatformMessagePage } from '../../../platform/views/page.tsx';
import { CYCLE_STATUSES, type CycleStatus, type ImplementationStatus, type ProposalStatus } from '../domain.ts';

const CYCLE_TONE: Record<CycleStatus, TagTone> = {
  draft: 'grey',
  proposals: 'blue',
  review: 'yellow',
  voting: 'blue',
  results: 'green',
  implementation: 'green',
  closed: 'grey',
};
const PROPOSAL_TONE: Record<ProposalStatus, TagTone> = {
  submitted: 'grey',
  feasible: 'blue',
  infeasible: 'red',
  selected: 'green',
  not_selected: 'grey',
};
const IMPL_TONE: Record<ImplementationStatus, TagTone> = {
  not_started: 'grey',
  in_progress: 'yellow',
  completed: 'green',
  cancelled: 'red',
};

export function CycleStatusTag({ status }: { status: CycleStatus }) {
  const { t } = useCtx();
  return <Tag tone={CYCLE_TONE[status]}>{t(`local.cycleStatus.${status}`)}</Tag>;
}
export function ProposalStatusTag({ status }: { status: ProposalStatus }) {
  const { t } = useCtx();
  return <Tag tone={PROPOSAL_TONE[status]}>{t(`local.proposalStatus.${status}`)}</Tag>;
}
export function ImplementationTag({ status }: { status: ImplementationStatus }) {
  const { t } = useCtx();
  return <Tag tone={IMPL_TONE[status]}>{t(`local.implementation.${status}`)}</Tag>;
}

/** The stages of a cycle, the current one marked (a list, readable without colour). */
export function StageList({ status }: { status: CycleStatus }) {
  const { t } = useCtx();
  const at = CYCLE_STATUSES.indexOf(status);
  return (
    <ol class="stages" aria-label={t('local.cycle.stages')}>
      {CYCLE_STATUSES.map((s, i) => (
        <li key={s} aria-current={i === at ? 'step' : undefined}>
          {i === at ? (
            <strong>
              {t(`local.cycleStatus.${s}`)} ({t('local.cycle.current')})
            </strong>
          ) : i < at ? (
            `${t(`local.cycleStatus.${s}`)} ✓`
          ) : (
            t(`local.cycleStatus.${s}`)
          )}
        </li>
      ))}
    </ol>
  );
}

export { Section } from '../../../platform/views/page.tsx';

/** A refusal or an absence, under the module's breadcrumb. */
export function MessagePage(p: { title: string; message: string; links?: [string, string][] }) {
  const { t } = useCtx();
  return <PlatformMessagePage {...p} crumbs={[[t('local.title'), '/local']]} />;
}

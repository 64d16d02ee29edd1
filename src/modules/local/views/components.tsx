import { StatusTag } from '../../../platform/kit/index.ts';
import { useCtx } from '../../../platform/views/context.ts';
import type { TagTone } from '../../../platform/views/data.tsx';
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

export const CycleStatusTag = ({ status }: { status: CycleStatus }) => (
  <StatusTag status={status} keyPrefix="local.cycleStatus" tones={CYCLE_TONE} />
);
export const ProposalStatusTag = ({ status }: { status: ProposalStatus }) => (
  <StatusTag status={status} keyPrefix="local.proposalStatus" tones={PROPOSAL_TONE} />
);
export const ImplementationTag = ({ status }: { status: ImplementationStatus }) => (
  <StatusTag status={status} keyPrefix="local.implementation" tones={IMPL_TONE} />
);

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

/**
 * What the monitoring pages refuse: only an address that names nothing (an unknown indicator or
 * goal). Read-only, so no commands; the words are `monitoring.deny.<reason>`.
 */
import { reasons, type ReasonOf } from '../../platform/kit/index.ts';

export const { fail, table } = reasons({ not_found: 'not_found' });
export type MonitoringReason = ReasonOf<typeof table>;

/** The registry's status tags: the kit's StatusTag in the registry's words and tones. */
import { StatusTag } from '../../../platform/kit/index.ts';
import type { ReportStatus } from '../domain.ts';
import { REPORT_TONE, SOCIAL_TONE, VERIFICATION_TONE } from '../presenters.ts';

export const VerificationTag = ({ state }: { state: string }) => (
  <StatusTag status={state} keyPrefix="registry.verification" tones={VERIFICATION_TONE} />
);

export const ReportTag = ({ status }: { status: ReportStatus }) => (
  <StatusTag status={status} keyPrefix="registry.report.status" tones={REPORT_TONE} />
);

export const SocialTag = ({ status }: { status: string }) => (
  <StatusTag status={status} keyPrefix="registry.social.status" tones={SOCIAL_TONE} />
);

/**
 * Every reason funding gives, with its kind (the kind decides the HTTP status, kit/result.ts).
 * Pages say `funding.deny.<reason>`; a failure with a field says `funding.errors.<reason>` next to it.
 * The kinds follow the old route table: 409 → conflict, 404 → not_found, field problems → invalid,
 * anything else → forbidden (`signIn` was 401 on pages; the route gates sign-in before a command runs).
 */
import { commandsFor } from '../../platform/kit/index.ts';
import type { ReasonOf, Verdict } from '../../platform/kit/index.ts';

export const FUNDING_REASONS = {
  not_found: 'not_found',
  // who may act
  signIn: 'forbidden',
  notYourBody: 'forbidden',
  notYourOrganization: 'forbidden',
  notDraft: 'forbidden',
  notExpert: 'forbidden',
  notOnPanel: 'forbidden',
  notUnderReview: 'forbidden',
  declareFirst: 'forbidden',
  conflicted: 'forbidden',
  projectNotDelivering: 'forbidden',
  ineligible: 'forbidden',
  // the state does not allow it
  badTransition: 'conflict',
  alreadyDrawn: 'conflict',
  alreadyDeclared: 'conflict',
  alreadyScored: 'conflict',
  alreadySigned: 'conflict',
  alreadyAnswered: 'conflict',
  staleVersion: 'conflict',
  deadlinePassed: 'conflict',
  notOpenYet: 'conflict',
  periodNotOver: 'conflict',
  compliancePending: 'conflict',
  panelNotDrawn: 'conflict',
  callNotClosed: 'conflict',
  callNotDraft: 'conflict',
  planNotDraft: 'conflict',
  noLots: 'conflict',
  noTopics: 'conflict',
  discussionRunning: 'conflict',
  unansweredComments: 'conflict',
  notInDiscussion: 'conflict',
  unscored: 'conflict',
  notDecided: 'conflict',
  contractSigned: 'conflict',
  notAwarded: 'conflict',
  finalPending: 'conflict',
  notEnoughExperts: 'conflict',
  discussionClosed: 'conflict',
  closesInPast: 'conflict',
  projectClosed: 'conflict',
  // wrong input (shown next to the field)
  reasonRequired: 'invalid',
  noChange: 'invalid',
  closesBeforeOpens: 'invalid',
  endsInPast: 'invalid',
  winnerNotAdmitted: 'invalid',
  oneWinnerPerLot: 'invalid',
  overBudget: 'invalid',
  overLine: 'invalid',
  scoreRange: 'invalid',
  invalidScores: 'invalid',
  incomplete: 'invalid',
  answerTooShort: 'invalid',
  badInput: 'invalid',
  startsOnRequired: 'invalid',
  // a lot's problems (domain.lotProblems)
  budgetPositive: 'invalid',
  durationYears: 'invalid',
  grantTypeRequired: 'invalid',
  belowBand: 'invalid',
  aboveBand: 'invalid',
  durationOutOfBand: 'invalid',
  prizeRequired: 'invalid',
  prizeOverFund: 'invalid',
  splitRuleRequired: 'invalid',
  indicatorsRequired: 'invalid',
} as const;

export type FundingReason = ReasonOf<typeof FUNDING_REASONS>;
export type FundingVerdict = Verdict<FundingReason>;

export const { command, fail, refuse, allow, deny, kindOf } = commandsFor(FUNDING_REASONS);

/** The audit entities of funding. */
export type Entity =
  'funding_plan' | 'funding_call' | 'funding_application' | 'funding_project' | 'funding_report' | 'funding_expert';

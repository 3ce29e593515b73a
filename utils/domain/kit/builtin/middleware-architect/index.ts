import { KIT_SCHEMA_VERSION, type KitInput } from '../../schema';
import { behavioralLeadership, executiveReview, teamFit } from './people-rounds';
import { debriefAgenda } from './debrief';
import { categories, decisionOptions, offerThreshold, questionBank, ratingScale, referenceChecks } from './scoring';
import { phoneScreen, recruiterScreen, takeHomeReview } from './screening-rounds';
import { systemDesign, technicalDeepDive } from './technical-rounds';

/**
 * The Middleware Architect kit, transcribed from
 * docs/guides/middleware-architect-interview-guide.md (tests/kit checks it against that file).
 */
export const middlewareArchitectKit: KitInput = {
  schemaVersion: KIT_SCHEMA_VERSION,
  id: 'middleware-architect',
  title: 'Interview Guide: Middleware Architect',
  role: 'Middleware Architect',
  organisation: 'MyBambu',
  version: 1,
  description:
    'MyBambu technical interview process: eight rounds, each with its own questions, ' +
    'evaluation criteria and red/green flags. About 4.5-5 hours in total, on-site or virtual, ' +
    'with 2-3 interviewers per session.',
  ratingScale,
  categories,
  offerThreshold,
  decisionOptions,
  rounds: [recruiterScreen, phoneScreen, takeHomeReview, technicalDeepDive, systemDesign, behavioralLeadership, teamFit, executiveReview],
  referenceChecks,
  questionBank,
  debriefAgenda,
};

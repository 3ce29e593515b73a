import { KIT_SCHEMA_VERSION, type KitInput } from '../../schema';
import { guidance } from './guidance';
import { behavioralLeadership, executiveReview, teamFit } from './people-rounds';
import { debriefAgenda } from './debrief';
import { categories, decisionOptions, offerThreshold, questionBank, ratingScale, referenceChecks } from './scoring';
import { phoneScreen, recruiterScreen, takeHomeReview } from './screening-rounds';
import { systemDesign, technicalDeepDive } from './technical-rounds';

/**
 * The Middleware Architect kit, transcribed from
 * docs/guides/middleware-architect-interview-guide.md (tests/domain/kit checks it against that file).
 *
 * Version 2 carries all of the guide: rubrics, objectives, materials, tasks, assessment areas and
 * the interviewer guidance. Interviews run with version 1 keep it (the store never removes a
 * version an interview uses), so their scorecards still open and score as they were written.
 */
export const middlewareArchitectKit: KitInput = {
  schemaVersion: KIT_SCHEMA_VERSION,
  id: 'middleware-architect',
  title: 'Interview Guide: Middleware Architect',
  role: 'Middleware Architect',
  organisation: 'MyBambu',
  version: 2,
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
  guidance,
  debriefAgenda,
};

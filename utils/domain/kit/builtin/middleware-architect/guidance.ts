import type { KitInput } from '../../schema';

/**
 * The guide's "Candidate Experience Best Practices" and "Common Mistakes to Avoid", word for word,
 * and what Panelist derives from them: a nudge when the round is nearly over, and checks at submit.
 */
export const guidance: NonNullable<KitInput['guidance']> = {
  before: ['Send detailed agenda', 'Share architectural overview', 'Provide team bios', 'Include parking/logistics'],
  during: ['Start on time', 'Introduce each interviewer', 'Allow candidate questions', 'Provide breaks', 'Offer water/coffee'],
  after: [
    'Thank you email within 24 hours',
    'Timeline for decision',
    'Feedback regardless of outcome',
    'Keep candidate warm if process extends',
  ],
  mistakes: [
    {
      title: 'Interviewer Mistakes',
      items: [
        'Asking trivia questions',
        'Focusing only on current tech stack',
        'Not allowing candidate to ask questions',
        'Making decision on "gut feel" alone',
        'Not taking detailed notes',
      ],
    },
    {
      title: 'Process Mistakes',
      items: ['Too many rounds', 'Unclear requirements', 'Inconsistent evaluation', 'Slow decision making', 'Poor candidate communication'],
    },
  ],
  // "Allow candidate questions": said while there is still time to.
  nudges: [{ text: "Leave time for the candidate's questions", minutesLeft: 5 }],
  // Each check is worded by the mistake it guards against.
  submitChecks: [
    { check: 'scored-without-notes', text: 'Not taking detailed notes' },
    { check: 'candidate-questions-skipped', text: 'Not allowing candidate to ask questions' },
    { check: 'decision-reason-short', text: 'Making decision on "gut feel" alone' },
  ],
};

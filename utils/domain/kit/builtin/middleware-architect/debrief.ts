import type { KitInput } from '../../schema';

/** The guide's "Decision Meeting Agenda": its format, and its five timed steps, each of the kind Panelist runs it as. */
export const debriefAgenda: NonNullable<KitInput['debriefAgenda']> = {
  format: ['30-minute debrief after all interviews', 'All interviewers present', 'Structured discussion'],
  steps: [
    { id: 'impressions', title: 'Round-robin initial impressions', kind: 'impressions', durationMin: 5 },
    { id: 'by-category', title: 'Review scoring by category', kind: 'by-category', durationMin: 10 },
    { id: 'concerns', title: 'Discuss concerns/red flags', kind: 'concerns', durationMin: 5 },
    { id: 'strengths', title: 'Highlight strengths', kind: 'strengths', durationMin: 5 },
    { id: 'vote', title: 'Final vote', kind: 'vote', durationMin: 5 },
  ],
};

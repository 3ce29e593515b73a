import type { RoundInput } from './types';

/** Rounds 6-8: behavioural & leadership, team fit, executive review. */

export const behavioralLeadership: RoundInput = {
  id: 'behavioral',
  number: 6,
  title: 'Behavioral & Leadership',
  durationMin: 45,
  objectives: ['Assess leadership capabilities', 'Evaluate cultural fit', 'Understand work style'],
  categoryIds: ['leadership', 'communication', 'culture'],
  sections: [
    {
      id: 'questions-with-star-method',
      title: 'Questions with STAR Method',
      questions: [
        {
          id: 'behavioral.questions-with-star-method.q1',
          title: 'Leading Technical Change',
          prompt: 'Tell me about a time you led a major architectural transformation.',
          followUps: ['Resistance faced?', 'How convinced stakeholders?', 'Lessons learned?'],
          categoryId: 'leadership',
        },
        {
          id: 'behavioral.questions-with-star-method.q2',
          title: 'Failure & Learning',
          prompt: "Describe a technical decision you made that didn't work out.",
          followUps: ['How discovered?', 'How recovered?', 'What changed?'],
          categoryId: 'leadership',
        },
        {
          id: 'behavioral.questions-with-star-method.q3',
          title: 'Mentorship',
          prompt: 'How have you developed junior engineers into senior contributors?',
          followUps: ['Specific examples?', 'Teaching methods?', 'Success metrics?'],
          categoryId: 'leadership',
        },
        {
          id: 'behavioral.questions-with-star-method.q4',
          title: 'Stakeholder Management',
          prompt: 'Tell me about negotiating technical debt paydown with product management.',
          followUps: ['How prioritized?', 'How communicated value?', 'Outcomes?'],
          categoryId: 'communication',
        },
        {
          id: 'behavioral.questions-with-star-method.q5',
          title: 'Conflict Resolution',
          prompt: 'Describe a technical disagreement with a peer and how you resolved it.',
          followUps: ['Process?', 'Compromise?', 'Relationship after?'],
          categoryId: 'communication',
        },
        {
          id: 'behavioral.questions-with-star-method.q6',
          title: 'Mission Alignment',
          prompt: 'Why is financial inclusion important to you?',
          extraPrompts: ['How do you ensure your technical decisions serve end users?'],
          categoryId: 'culture',
        },
      ],
    },
  ],
  greenFlags: [
    'Specific examples with clear outcomes',
    'Takes ownership of failures',
    'Emphasizes team growth',
    'Balances technical and business needs',
    'Shows empathy for users',
    'Comfortable with ambiguity',
  ],
  redFlags: [
    'Blames others for failures',
    'No examples of mentorship',
    'Purely technical focus',
    'Rigid thinking',
    'Dismissive of current architecture',
    "Can't explain to non-technical audience",
  ],
};

export const teamFit: RoundInput = {
  id: 'team-fit',
  number: 7,
  title: 'Team Fit Session',
  durationMin: 30,
  format: ['Informal discussion with potential teammates', '2-3 senior engineers', 'Coffee chat style'],
  categoryIds: ['culture', 'communication', 'leadership'],
  sections: [
    {
      id: 'topics-to-cover',
      title: 'Topics to Cover',
      questions: [
        { id: 'team-fit.topics-to-cover.q1', prompt: 'Day-to-day collaboration style', categoryId: 'culture' },
        { id: 'team-fit.topics-to-cover.q2', prompt: 'Code review philosophy', categoryId: 'leadership' },
        { id: 'team-fit.topics-to-cover.q3', prompt: 'Documentation practices', categoryId: 'communication' },
        { id: 'team-fit.topics-to-cover.q4', prompt: 'On-call responsibilities', categoryId: 'culture' },
        { id: 'team-fit.topics-to-cover.q5', prompt: 'Team dynamics and culture', categoryId: 'culture' },
        // The candidate asks; nothing to score.
        { id: 'team-fit.topics-to-cover.q6', prompt: 'Questions from candidate', scored: false },
      ],
    },
  ],
  // "Team Assessment Areas": what the teammates keep in view across the session, not scored on their own.
  assessmentAreas: [
    { name: 'Communication style fit' },
    { name: 'Technical respect from peers' },
    { name: 'Collaboration approach' },
    { name: 'Culture add potential' },
    { name: 'Red flags from team' },
  ],
};

export const executiveReview: RoundInput = {
  id: 'executive',
  number: 8,
  title: 'Executive Review',
  durationMin: 30,
  // The guide lists participants here; they tell the interviewer who is in the room.
  format: ['VP of Engineering or CTO', 'Candidate'],
  categoryIds: ['architecture', 'leadership', 'communication', 'culture'],
  sections: [
    {
      id: 'focus-areas',
      title: 'Focus Areas',
      questions: [
        {
          id: 'executive.focus-areas.q1',
          title: 'Strategic Thinking',
          prompt: 'Where do you see backend architecture heading in 5 years?',
          extraPrompts: ['How do you balance innovation with stability?'],
          categoryId: 'architecture',
        },
        {
          id: 'executive.focus-areas.q2',
          title: 'Business Alignment',
          prompt: 'How do you measure architectural success?',
          extraPrompts: ['How would you justify the investment in microservices?'],
          categoryId: 'communication',
        },
        {
          id: 'executive.focus-areas.q3',
          title: 'Leadership Vision',
          prompt: 'How would you structure the platform team?',
          extraPrompts: ["What's your philosophy on build vs buy?"],
          categoryId: 'leadership',
        },
        {
          id: 'executive.focus-areas.q4',
          title: 'Company Fit',
          prompt: 'What excites you most about MyBambu?',
          extraPrompts: ['What concerns do you have?'],
          categoryId: 'culture',
        },
        {
          id: 'executive.focus-areas.q5',
          title: 'Growth Trajectory',
          prompt: 'Where do you see yourself in 3 years?',
          extraPrompts: ['What would success look like in year one?'],
          categoryId: 'leadership',
        },
      ],
    },
  ],
};

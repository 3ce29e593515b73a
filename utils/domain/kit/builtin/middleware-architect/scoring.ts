import type { KitInput } from '../../schema';

/** The guide's scoring framework, decision options, reference checks and question bank. */

export const ratingScale: KitInput['ratingScale'] = [
  { score: 5, label: 'Exceptional', description: 'Exceeds all requirements, would elevate team' },
  { score: 4, label: 'Strong', description: 'Meets all requirements, clear hire' },
  { score: 3, label: 'Adequate', description: 'Meets most requirements, potential hire' },
  { score: 2, label: 'Below', description: 'Missing key requirements, unlikely hire' },
  { score: 1, label: 'Poor', description: 'Does not meet requirements, no hire' },
];

/** The scoring matrix, in the guide's table order. */
export const categories: NonNullable<KitInput['categories']> = [
  { id: 'django', name: 'Django Expertise', weightPct: 20, minScore: 4, notes: 'Must demonstrate deep knowledge' },
  { id: 'architecture', name: 'Architecture Experience', weightPct: 20, minScore: 4, notes: 'Proven decomposition experience' },
  { id: 'deep-dive', name: 'Technical Deep Dive', weightPct: 15, minScore: 3, notes: 'Hands-on capability' },
  { id: 'system-design', name: 'System Design', weightPct: 15, minScore: 3, notes: 'Scalable thinking' },
  { id: 'leadership', name: 'Leadership', weightPct: 15, minScore: 3, notes: 'Team development focus' },
  { id: 'communication', name: 'Communication', weightPct: 10, minScore: 4, notes: 'Critical for architect role' },
  { id: 'culture', name: 'Culture Fit', weightPct: 5, minScore: 3, notes: 'Mission alignment' },
];

export const offerThreshold = 3.5;

export const decisionOptions: KitInput['decisionOptions'] = [
  { id: 'strong-yes', label: 'Strong Yes', meaning: 'Make offer immediately', nextStep: 'offer' },
  { id: 'yes', label: 'Yes', meaning: 'Make offer after reference checks', nextStep: 'reference-checks' },
  { id: 'maybe', label: 'Maybe', meaning: 'Need additional interview/discussion', nextStep: 'more-interviews' },
  { id: 'no', label: 'No', meaning: 'Reject with specific feedback', nextStep: 'reject' },
];

export const referenceChecks: NonNullable<KitInput['referenceChecks']> = [
  {
    kind: 'technical',
    title: 'Technical Reference',
    questions: [
      'How would you rate their Django expertise?',
      'Describe their most impressive architectural achievement.',
      'How do they handle production incidents?',
      'Would you hire them again?',
    ],
  },
  {
    kind: 'leadership',
    title: 'Leadership Reference',
    questions: [
      'How effective were they at mentoring?',
      'How did they handle conflicting priorities?',
      'Describe their communication with non-technical stakeholders.',
      'What type of environment do they thrive in?',
    ],
  },
];

export const questionBank: NonNullable<KitInput['questionBank']> = [
  {
    title: 'Additional Django Questions',
    questions: [
      "Explain Django's request/response cycle",
      'How do you optimize Django admin for large datasets?',
      "Describe Django's migration system internals",
      'How do you handle multi-tenancy in Django?',
    ],
  },
  {
    title: 'Additional Architecture Questions',
    questions: [
      'How do you handle data consistency in microservices?',
      'Explain event sourcing vs event-driven architecture',
      'How do you design for regulatory compliance?',
      "What's your approach to API versioning?",
    ],
  },
  {
    title: 'Additional Behavioral Questions',
    questions: [
      'How do you stay current with technology?',
      'Describe your ideal work environment',
      'How do you handle ambiguous requirements?',
      "What's your proudest technical achievement?",
    ],
  },
];

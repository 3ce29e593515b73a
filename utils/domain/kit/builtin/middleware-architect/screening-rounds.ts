import { ormLoopSample } from './code-samples';
import type { RoundInput } from './types';

/** Rounds 1-3: recruiter screen, technical phone screen, take-home review. */

export const recruiterScreen: RoundInput = {
  id: 'recruiter-screen',
  number: 1,
  title: 'Recruiter Screen',
  durationMin: 30,
  objectives: ['Verify basic qualifications', 'Assess communication skills', 'Align compensation expectations', 'Sell the opportunity'],
  categoryIds: ['django', 'communication', 'culture'],
  sections: [
    {
      id: 'questions',
      title: 'Questions',
      questions: [
        {
          id: 'recruiter-screen.questions.q1',
          title: 'Background & Motivation',
          prompt: 'Walk me through your career journey and what brings you to this opportunity.',
          expectedPoints: ['Progression', 'architectural focus', 'interest in fintech'],
          categoryId: 'communication',
        },
        {
          id: 'recruiter-screen.questions.q2',
          title: 'Technical Verification',
          prompt: 'Describe your experience with Django and monolith decomposition.',
          expectedPoints: ['Specific projects', 'scale', 'outcomes'],
          categoryId: 'django',
        },
        {
          id: 'recruiter-screen.questions.q3',
          title: 'Mission Alignment',
          prompt: 'What interests you about serving underbanked communities?',
          expectedPoints: ['Genuine interest', 'understanding of impact'],
          categoryId: 'culture',
        },
        {
          // Logistics are checked off, not scored.
          id: 'recruiter-screen.questions.q4',
          title: 'Logistics',
          prompt: 'Logistics',
          expectedPoints: [
            'Compensation expectations (target: $150-175K base)',
            'Location flexibility (West Palm Beach hybrid or remote)',
            'Start date availability',
          ],
          scored: false,
        },
      ],
    },
  ],
  proceedIf: ['5+ years Django', 'decomposition experience', 'reasonable comp expectations'],
  rejectIf: ['No Django experience', 'only greenfield projects', 'excessive comp demands'],
};

export const phoneScreen: RoundInput = {
  id: 'phone-screen',
  number: 2,
  title: 'Technical Phone Screen',
  durationMin: 45,
  objectives: ['Validate technical expertise', 'Assess problem-solving approach', 'Evaluate communication of technical concepts'],
  categoryIds: ['django', 'architecture', 'communication'],
  sections: [
    {
      id: 'part-a',
      title: 'Part A: Django Deep Dive',
      durationMin: 15,
      questions: [
        {
          id: 'phone-screen.part-a.q1',
          title: 'ORM Optimization',
          prompt: "What's wrong with this code and how would you fix it?",
          code: ormLoopSample,
          expectedPoints: ['Identifies N+1 queries', 'suggests select_related/prefetch_related'],
          categoryId: 'django',
        },
        {
          id: 'phone-screen.part-a.q2',
          title: 'Celery Architecture',
          prompt: 'We have 14 Celery queues. How would you optimize task routing and prevent queue backlogs?',
          expectedPoints: ['Priority queues', 'worker scaling', 'task timeouts', 'monitoring'],
          categoryId: 'django',
        },
        {
          id: 'phone-screen.part-a.q3',
          title: 'Django at Scale',
          prompt: 'How do you handle 400+ migrations in production?',
          expectedPoints: ['Squashing', 'zero-downtime strategies', 'backwards compatibility'],
          categoryId: 'django',
        },
      ],
    },
    {
      id: 'part-b',
      title: 'Part B: Architecture Philosophy',
      durationMin: 15,
      questions: [
        {
          id: 'phone-screen.part-b.q1',
          title: 'Decomposition Strategy',
          prompt: 'How do you identify service boundaries in a monolith?',
          expectedPoints: ['DDD', 'bounded contexts', 'data ownership', 'team structure'],
          categoryId: 'architecture',
        },
        {
          id: 'phone-screen.part-b.q2',
          title: 'Integration Patterns',
          prompt: 'How do you handle failures when calling external payment APIs?',
          expectedPoints: ['Circuit breakers', 'retries', 'idempotency', 'compensating transactions'],
          categoryId: 'architecture',
        },
        {
          id: 'phone-screen.part-b.q3',
          title: 'Performance Troubleshooting',
          prompt: 'A critical endpoint suddenly takes 30 seconds. Walk me through your debugging process.',
          expectedPoints: ['APM tools', 'query analysis', 'profiling', 'systematic approach'],
          categoryId: 'architecture',
        },
      ],
    },
    {
      id: 'part-c',
      title: 'Part C: Scenario Discussion',
      durationMin: 15,
      questions: [
        {
          id: 'phone-screen.part-c.q1',
          title: 'Real Challenge',
          prompt: 'We have 22 integrations with 7 different auth patterns. How would you standardize this?',
          expectedPoints: ['Adapter pattern', 'abstraction layer', 'gradual migration'],
          categoryId: 'architecture',
        },
      ],
    },
  ],
  rubric: [
    { label: 'Strong', minScore: 4, maxScore: 5, description: 'Specific examples, deep knowledge, clear communication' },
    { label: 'Adequate', minScore: 3, maxScore: 3, description: 'Good understanding, some examples, decent communication' },
    { label: 'Weak', minScore: 1, maxScore: 2, description: 'Vague answers, limited experience, poor explanations' },
  ],
};

export const takeHomeReview: RoundInput = {
  id: 'take-home',
  number: 3,
  title: 'Take-Home Challenge Review',
  // The candidate does the work before the interview; the review itself has no fixed length.
  durationNote: '3-6 hours, submitted before',
  categoryIds: ['deep-dive', 'architecture', 'communication'],
  sections: [
    {
      id: 'review-focus-areas',
      title: 'Review Focus Areas',
      briefing: ['See `coding-challenge-complete.md` for the full challenge specification.'],
      questions: [
        { id: 'take-home.review-focus-areas.q1', prompt: 'Code quality and organization', categoryId: 'deep-dive' },
        { id: 'take-home.review-focus-areas.q2', prompt: 'Architecture decisions', categoryId: 'architecture' },
        { id: 'take-home.review-focus-areas.q3', prompt: 'Migration strategy', categoryId: 'architecture' },
        { id: 'take-home.review-focus-areas.q4', prompt: 'Testing approach', categoryId: 'deep-dive' },
        { id: 'take-home.review-focus-areas.q5', prompt: 'Documentation quality', categoryId: 'communication' },
      ],
    },
  ],
};

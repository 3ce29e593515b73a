import { galileoServiceSample, userTransactionsSample } from './code-samples';
import type { RoundInput } from './types';

/** Rounds 4-5: the hands-on deep dive and the system design challenge. */

export const technicalDeepDive: RoundInput = {
  id: 'deep-dive',
  number: 4,
  title: 'Technical Deep Dive',
  durationMin: 90,
  objectives: ['Deep technical assessment', 'Evaluate hands-on capabilities', 'Assess architectural thinking'],
  categoryIds: ['deep-dive', 'architecture', 'django'],
  sections: [
    {
      id: 'part-a',
      title: 'Part A: Code Review Exercise',
      durationMin: 30,
      questions: [
        {
          // One question per exercise: the candidate works through one piece of code.
          id: 'deep-dive.part-a.q1',
          title: 'Code Review Exercise',
          prompt: 'What issues do you see in this code?',
          code: galileoServiceSample,
          followUps: ['How would you refactor this for production?', 'How would you test this effectively?'],
          pointsLabel: 'Expected Improvements',
          expectedPoints: [
            'Dependency injection',
            'Proper error handling',
            'Retry logic',
            'Circuit breaker',
            'Idempotency',
            'Transaction management',
            'Structured logging',
            'Mock-friendly design',
          ],
          categoryId: 'deep-dive',
        },
      ],
    },
    {
      id: 'part-b',
      title: 'Part B: Architecture Whiteboard',
      durationMin: 30,
      // "Provide context:": what the interviewer hands over before the challenge.
      materials: [
        'Current: 52 Django apps, single database',
        'Payment apps: transactions, cards, tabapay, galileo integration',
        'Volume: 100K transactions/day',
        'Requirement: Zero downtime migration',
      ],
      questions: [
        {
          id: 'deep-dive.part-b.q1',
          title: 'Architecture Whiteboard',
          prompt: 'Design how you would extract the payment processing from our monolith',
          pointsLabel: 'Evaluation Points',
          expectedPoints: [
            'Service boundary definition',
            'Data separation strategy',
            'API design',
            'Event-driven communication',
            'Migration phases',
            'Rollback plan',
          ],
          categoryId: 'architecture',
        },
      ],
    },
    {
      id: 'part-c',
      title: 'Part C: Performance Optimization',
      durationMin: 30,
      // What the candidate is asked to do with the code, in order.
      tasks: ['Identify all performance issues', 'Provide optimized solution', 'Discuss caching strategy', 'Suggest database indexes'],
      questions: [
        {
          id: 'deep-dive.part-c.q1',
          title: 'Performance Optimization',
          prompt: 'Our transaction list API takes 15 seconds to load for users with >1000 transactions',
          code: userTransactionsSample,
          pointsLabel: 'Expected Solutions',
          expectedPoints: [
            'Use select_related/prefetch_related',
            'Pagination',
            'Database indexes on user_id, created_at',
            'Redis caching with proper invalidation',
            'Consider read replicas',
            'Async loading for UI',
          ],
          categoryId: 'django',
        },
      ],
    },
  ],
};

export const systemDesign: RoundInput = {
  id: 'system-design',
  number: 5,
  title: 'System Design',
  durationMin: 60,
  categoryIds: ['system-design', 'architecture'],
  // "Provide:": what the interviewer hands over for the challenge.
  materials: ['Current state overview (monolith diagram)', 'Constraints (team size, timeline, budget indicators)'],
  sections: [
    {
      id: 'challenge',
      title: "Challenge: Design MyBambu's Next-Generation Architecture",
      // The requirements the candidate designs for.
      briefingLabel: 'Requirements',
      briefing: [
        'Support 30M users (current: 3M)',
        'Handle $170B annual transaction volume',
        '99.99% uptime (current: 99.5%)',
        'Deploy multiple times per day (current: bi-weekly)',
        'Support real-time fraud detection',
        'Multi-region for compliance',
      ],
      questions: [
        {
          id: 'system-design.challenge.q1',
          prompt: "Design MyBambu's Next-Generation Architecture",
          // Scored criterion by criterion (below); each criterion lists its own points.
          followUps: [
            'How do you handle distributed transactions?',
            "What's your database migration strategy?",
            'How do you ensure data consistency?',
            "What are the first three services you'd extract?",
            'How do you handle regulation requirements?',
          ],
          categoryId: 'system-design',
          // The guide weighs the challenge on five criteria, each scored on its own.
          criteria: [
            {
              id: 'service-design',
              name: 'Service Design',
              weightPct: 20,
              points: ['Logical service boundaries', 'Clear ownership model', 'Appropriate granularity'],
            },
            {
              id: 'data-architecture',
              name: 'Data Architecture',
              weightPct: 20,
              points: ['Database per service vs shared', 'Data consistency strategy', 'Event sourcing consideration'],
            },
            {
              id: 'communication',
              name: 'Communication',
              weightPct: 20,
              points: ['Sync vs async patterns', 'API gateway design', 'Event bus architecture'],
            },
            {
              id: 'scalability',
              name: 'Scalability',
              weightPct: 20,
              points: ['Horizontal scaling strategy', 'Caching layers', 'CDN usage', 'Load balancing'],
            },
            {
              id: 'reliability',
              name: 'Reliability',
              weightPct: 20,
              points: ['Failure scenarios', 'Circuit breakers', 'Monitoring/observability', 'Disaster recovery'],
            },
          ],
        },
      ],
    },
  ],
};

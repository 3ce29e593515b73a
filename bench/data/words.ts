import type { Random } from './random';

/** Vocabulary for generated notes, prompts and names: interview-flavoured so text sizes are realistic. */
const WORDS = (
  'the candidate explained how they would shard the queue and why retries need idempotency keys ' +
  'they described a migration from a monolith to services owned by teams with clear contracts ' +
  'good answer on caching but missed invalidation when the upstream record changes ' +
  'walked through tracing latency across the gateway and the database pool under load ' +
  'strong ownership of incidents wrote the postmortem and fixed the alerting thresholds ' +
  'hesitant about consistency trade offs needed prompting on eventual consistency and outbox ' +
  'mentored two engineers set up code review norms and a weekly architecture forum ' +
  'asked sharp questions about our deployment pipeline and rollback strategy'
).split(' ');

export function sentence(random: Random, minWords: number, maxWords: number): string {
  const count = minWords + random.int(maxWords - minWords + 1);
  const words = Array.from({ length: count }, () => random.pick(WORDS));
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export const CANDIDATE_FIRST_NAMES = [
  'Ada',
  'Grace',
  'Alan',
  'Edsger',
  'Barbara',
  'Donald',
  'Frances',
  'Ken',
  'Margaret',
  'Dennis',
  'Radia',
  'Tim',
  'Hedy',
  'Linus',
  'Katherine',
  'John',
  'Sophie',
  'Yukihiro',
  'Anita',
  'Guido',
  'Lynn',
  'Bjarne',
  'Shafi',
  'Niklaus',
  'José',
  'Chen',
  'Amara',
  'Priya',
  'Olu',
  'Mei',
  'Sven',
  'Fatima',
  'Diego',
  'Aiko',
  'Nadia',
  'Kwame',
];
export const CANDIDATE_LAST_NAMES = [
  'Lovelace',
  'Hopper',
  'Turing',
  'Dijkstra',
  'Liskov',
  'Knuth',
  'Allen',
  'Thompson',
  'Hamilton',
  'Ritchie',
  'Perlman',
  'Berners-Lee',
  'Lamarr',
  'Torvalds',
  'Johnson',
  'McCarthy',
  'Wilson',
  'Matsumoto',
  'Borg',
  'van Rossum',
  'Conway',
  'Stroustrup',
  'Goldwasser',
  'Wirth',
  'García',
  '李',
  'Okafor',
  'Raman',
  'Adeyemi',
  'Tanaka',
  'Nilsson',
  'Haddad',
  'Alvarez',
  'Sato',
  'Petrova',
  'Mensah',
];
export const INTERVIEWERS = [
  'Sam Carter',
  'Alex Kim',
  'Jordan Lee',
  'Riley Chen',
  'Morgan Diaz',
  'Casey Patel',
  'Taylor Brooks',
  'Jamie Novak',
  'Robin Yusuf',
  'Avery Stone',
  'Quinn Murphy',
  'Drew Santos',
  'Harper Ito',
  'Rowan Okoro',
  'Sasha Ivanova',
  'Emerson Blake',
  'Finley Cruz',
  'Hayden Moreau',
  'Kendall Shah',
  'Logan Weiss',
  'Marlowe Tan',
  'Parker Hughes',
  'Reese Lindqvist',
  'Skyler Osei',
  'Teagan Ross',
];

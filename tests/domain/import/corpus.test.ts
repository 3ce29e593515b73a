import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importMarkdownGuide } from '../../../utils/domain/import/markdown';

/*
 * Every guide in ./guides (each written here in a shape real teams use) and the shipped guide,
 * held to the two promises of the importer:
 *  - recall: every question the guide asks is a question of the kit (its prompt or a further prompt);
 *  - losslessness: every non-blank line became part of the kit or is reported as left over, with
 *    its line; a line marked as used has its words somewhere in the kit.
 * The questions each guide asks are listed by hand below, read off the guide.
 */

const ASKED: Record<string, string[]> = {
  'stages-data-engineer.md': [
    'Walk me through the last pipeline you owned end to end.',
    'Which orchestration tools have you used, and why?',
    'What would make you leave your current role?',
    'Explain the difference between a left join and an inner join.',
    'When would you denormalise a table?',
    'Make this query return daily active users for the last 30 days.',
    'Design an ingestion pipeline for 2 billion events a day.',
  ],
  'no-durations-frontend.md': [
    'Tell me about a time you shipped something you were not proud of.',
    'How do you give feedback to a more senior engineer?',
    'What is a closure? Give an example from your own code.',
    'How can closures leak memory?',
    'What runs first: a resolved promise callback or a `setTimeout(0)` callback?',
  ],
  'question-bank-sre.md': [
    'How would you find which process is holding a port?',
    'What does load average measure?',
    'What happens when you type a URL into a browser?',
    'How does TCP handle packet loss?',
    'How do you run a blameless postmortem?',
    'Walk me through your last on-call incident.',
  ],
  'nested-backend.md': [
    'Tell me about a system you scaled.',
    'What broke first?',
    'Why is this endpoint slow?',
    'Design a URL shortener for 10k writes per second.',
  ],
  'front-matter-product-manager.md': [
    'Pick a product you love. What would you change about it?',
    'How would you decide what to build next quarter?',
    'Tell me about a launch that slipped',
    'How do you work with engineering when estimates keep growing?',
  ],
  'rubric-only-competencies.md': ['Technical Skill', 'Collaboration', 'Ownership'],
  'scorecard-table.md': ['Empathy', 'Product knowledge', 'Renewals'],
  'levelled-table-support.md': [
    'A customer says login takes a minute. Where do you start?',
    'How do you answer a customer who threatens to cancel?',
    'Write the reply to the ticket in the handout.',
  ],
  'scenarios-incident-commander.md': [
    'What do you do in the first five minutes?',
    'Who do you page, and why?',
    'How do you decide whether this is an incident?',
    'What would you measure?',
    'Write the first public status update for Scenario 1.',
    'Walk me through a post-incident review you ran.',
    'What action item from a review are you proudest of?',
  ],
  'flags-many-names-designer.md': [
    'Walk us through the problem, your process and the outcome.',
    'When did research change your mind?',
    'Design a way for patients to reschedule appointments.',
  ],
  'pasted-doc-no-headings.md': [
    'Tell me about an analysis that changed a decision.',
    'How do you check that a dashboard is right?',
    'Which SQL window functions do you use most, and for what?',
    'Walk me through your notebook.',
    'What would you do with another week?',
  ],
  'question-bank-ml-topics.md': [
    'How do you choose between a simple model and a deep one',
    'What does overfitting look like in your metrics?',
    'How do you roll back a bad model?',
    'What do you monitor after a launch?',
    'Data labelling budgets',
    'Fairness trade-offs',
  ],
  'debrief-agenda-sales.md': ['Sell me this pen.', 'What do you do when a deal stalls?'],
  'shipped guide': [
    'Walk me through your career journey and what brings you to this opportunity.',
    "What's wrong with this code and how would you fix it?",
    'We have 14 Celery queues. How would you optimize task routing and prevent queue backlogs?',
    'How do you handle 400+ migrations in production?',
    'How do you identify service boundaries in a monolith?',
    'We have 22 integrations with 7 different auth patterns. How would you standardize this?',
    'What issues do you see in this code?',
    'Tell me about a time you led a major architectural transformation.',
    'Why is financial inclusion important to you?',
    'How do you ensure your technical decisions serve end users?',
    'Where do you see backend architecture heading in 5 years?',
    'What would success look like in year one?',
  ],
};

const read = (path: string) => readFileSync(fileURLToPath(new URL(path, import.meta.url)), 'utf8');
const files = readdirSync(fileURLToPath(new URL('./guides', import.meta.url))).filter((f) => f.endsWith('.md'));
const guides: Array<[string, string]> = [
  ...files.map((f): [string, string] => [f, read(`./guides/${f}`)]),
  ['shipped guide', read('../../../docs/guides/middleware-architect-interview-guide.md')],
];

describe('the guide corpus', () => {
  it('has at least 12 guides, each with the questions it asks listed here', () => {
    expect(files.length).toBeGreaterThanOrEqual(12);
    expect(Object.keys(ASKED).sort()).toEqual(guides.map(([name]) => name).sort());
  });
});

describe.each(guides)('%s', (name, source) => {
  const result = importMarkdownGuide(source);
  const kit = result.kit;

  it('gives a valid kit', () => {
    expect(result.parsed.ok ? [] : result.parsed.errors).toEqual([]);
  });

  it('recall: every question the guide asks is a question of the kit', () => {
    const asked = kit.rounds.flatMap((r) =>
      r.sections.flatMap((s) => (s.questions ?? []).flatMap((q) => [q.prompt, ...(q.extraPrompts ?? [])])),
    );
    const missing = ASKED[name]!.filter((q) => !asked.includes(q));
    expect(missing).toEqual([]);
  });

  it('losslessness: every non-blank line is part of the kit or reported as left over with its line', () => {
    const lines = source.split('\n');
    expect(result.lines).toHaveLength(lines.length);
    const reported = new Set<number>();
    for (const item of result.leftOver) {
      const span = item.text.split('\n').length;
      for (let l = item.line; l < item.line + span; l++) reported.add(l);
    }
    const unaccounted = lines.flatMap((text, i) => {
      const mark = result.lines[i];
      if (text.trim() === '') return [];
      if (mark === 'used' || mark === 'markup') return [];
      if (mark === 'left' && reported.has(i + 1)) return [];
      return [`line ${i + 1} (${mark}): ${text}`];
    });
    expect(unaccounted).toEqual([]);
    // Markup read with its block (a table's |---| row, a bare ">") is not reported as if it were content.
    expect(result.leftOver.filter((item) => /^[|:\-\s>]*$/.test(item.text))).toEqual([]);
  });

  it('a line marked as used has its words in the kit (headings and labels name where the words went)', () => {
    const inKit = JSON.stringify(kit).toLowerCase().replace(/\\"/g, '"');
    const removed = new Set(result.recognised.filter((r) => /front matter|template tag|space for notes/.test(r.what)).map((r) => r.line));
    const missing = source.split('\n').flatMap((text, i) => {
      if (result.lines[i] !== 'used' || removed.has(i + 1) || /^\s*#/.test(text)) return [];
      // "**Listen for:**" alone labels the next block; "**Hiring bar:** 3.5" is checked by what follows the label.
      const plain = text
        .replace(/[*_`>]/g, '')
        .replace(/^\s*(?:[-+]|\d+[.)])\s+/, '')
        .trim();
      const label = /^[^:]{1,40}:\s*(.*)$/.exec(plain);
      if (label && !label[1]) return [];
      const found = (t: string) => {
        const words = t.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]{2,}|\d(?:\.\d+)?/gu) ?? [];
        return words.length === 0 || words.some((w) => inKit.includes(w));
      };
      return (label && found(label[1]!)) || found(text) ? [] : [`line ${i + 1}: ${text}`];
    });
    expect(missing).toEqual([]);
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { parseGuide } from '../../../utils/domain/import/parse';
import { findPlainBlocks, parseWithPlainBlocks } from '../../../utils/domain/import/plain-blocks';

/*
 * The plain-block fast path builds headings, paragraphs and tight lists of plain text itself.
 * Its tree must be micromark's, positions and key order included: on every guide of the corpus,
 * the shipped guide, and generated text made of plain lines and the lines that come closest to them.
 */

const whole = (md: string): Root => fromMarkdown(md, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
const read = (path: string) => readFileSync(fileURLToPath(new URL(path, import.meta.url)), 'utf8');
const SHIPPED = read('../../../docs/guides/middleware-architect-interview-guide.md');
const guides: Array<[string, string]> = [
  ['shipped guide', SHIPPED],
  ...readdirSync(fileURLToPath(new URL('./guides', import.meta.url))).map((f): [string, string] => [f, read(`./guides/${f}`)]),
];

/** Plain lines and near misses: every way a line can stop being plain text, or make its neighbour not plain. */
const LINES = [
  ...['1. **Background & Motivation**', '2. **Django at Scale**', '- **Strong (4-5)**: specific examples', '- **Bold** then text'],
  ...[
    '   - "Walk me through your career."',
    '   - Listen for: scale, outcomes',
    '  - two-space sub',
    '   * star sub',
    '   - **Sub**: bold',
  ],
  ...['    - four-space sub', '     - five', '   - ', '   continued text', '**Questions:**', '**Label**: text', '**a**b', '**a*b**'],
  ...[
    '** a**',
    '**a **',
    '**a**:',
    '- **a.**b',
    '**Q?**: x',
    'a &amp; b',
    'a & b',
    'snake_case word',
    '_lead',
    'trail_',
    '__init__',
    'x _under_ y',
    'word_ and _word',
  ],
  ...['Alpha beta gamma', 'Listen for: scale, outcomes', 'ab', 'abc', 'Caf\u00e9 au lait \u2192 ok', '"Quoted," she said (twice)?'],
  ...['C# and F#', '$150-175K base, 20% bonus', '2024 was a year', '2. not a list here', '1.5 hours', 'x=1 + y'],
  ...['Trailing two  ', 'Trailing one ', '\tTabbed', 'Tab\tinside', '   ', '\t', '', '', ''],
  ...['- item one', '- item two', '* star item', '+ plus item', '1. first', '2. second', '7. seventh', '1) paren', '3) paren three'],
  ...['007. zero padded', '1234567890. ten digits', '-  two spaces', '- ', '-', '1.', '- - -', '* * *', '- 1. nested', '- # heading item'],
  ...['  - indented item', '   continued', '    indented code', '  two in', '- item **bold**', '1. item `code`'],
  ...['---', '===', '***', '___', '# Title', '## Heading two', '###### Six', '####### Seven', '## Ends #', '#NoSpace', '##'],
  ...['## **Bold** heading', '<div>', '</div>', '<!-- note', '-->', '<?php', '```', '```python', '~~~', '    ```'],
  ...['> quoted', '> - quoted item', '| a | b |', '| - | - |', 'a | b', '- |', ':-:', 'Text with *emphasis*'],
  ...['snake_case', 'A [link](x)', '[ref]', '[ref]: /url', 'www.example.com', 'mail a@b.co', 'see http://x.y', 'a ~b~', 'a &amp; b'],
  ...['back\\slash', '<b>x</b>', '![img](x)', 'x < y', '- [ ] task', '[^1]: note', 'Note [^1]', '\u0000nul'],
];

/** Small seeded PRNG (mulberry32), so a failure names a reproducible case. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HEADS = [
  '1. **Background & Motivation**',
  '2. Plain item',
  '3) **Q**: ask',
  '- **Bold** item',
  '- plain item',
  '* star item',
  '+ plus',
];
const SUBS = [
  '   - "Walk me through it."',
  '   - Listen for: scale, outcomes',
  '  - two in',
  '   * star sub',
  '   - **Sub**: bold',
  '   - Expected: select_related',
];

function generated(seed: number): string {
  const next = random(seed);
  const pick = (pool: string[]) => pool[Math.floor(next() * pool.length)]!;
  const plainish = [...LINES.slice(0, 60), '', ''];
  const out: string[] = [];
  const count = 1 + Math.floor(next() * 24);
  // Mostly plain lines and lists of questions with their points, so that plain blocks meet every kind of neighbour.
  while (out.length < count) {
    const roll = next();
    if (roll < 0.3) {
      out.push(pick(HEADS));
      for (let s = Math.floor(next() * 4); s > 0; s--) out.push(next() < 0.9 ? pick(SUBS) : pick(LINES));
      if (next() < 0.5) out.push('');
    } else out.push(roll < 0.75 ? pick(plainish) : pick(LINES));
  }
  return out.join('\n') + (next() < 0.5 ? '\n' : '');
}

describe('plain blocks built without micromark', () => {
  it.each(guides)('give micromark’s tree for %s', (_name, md) => {
    const fast = parseWithPlainBlocks(md, whole);
    expect(JSON.stringify(fast)).toBe(JSON.stringify(whole(md)));
    expect(parseGuide(md)).toEqual(whole(md));
  });

  // 800 seeds in short tests, so that no test holds the worker long on a loaded machine.
  it.each(Array.from({ length: 16 }, (_, i) => 1 + i * 50))(
    'give micromark’s tree for generated plain and near-plain text (seeds %i on)',
    (from) => {
      for (let seed = from; seed < from + 50; seed++) {
        const md = generated(seed);
        const fast = JSON.stringify(parseWithPlainBlocks(md, whole));
        if (fast !== JSON.stringify(whole(md)))
          expect({ seed, md, fast: JSON.parse(fast) as unknown }).toEqual({ seed, md, fast: whole(md) });
      }
    },
  );

  it('are built for the shipped guide’s headings, paragraphs and lists, with micromark called once, on the rest', () => {
    const lines = SHIPPED.split('\n');
    const kinds = new Set(findPlainBlocks(lines).map((b) => b.kind));
    expect([...kinds].sort()).toEqual(['heading', 'list', 'text']);
    const seen: string[] = [];
    const tree = parseWithPlainBlocks(SHIPPED, (text) => {
      seen.push(text);
      return whole(text);
    });
    expect(seen).toHaveLength(1);
    expect(seen[0]).toContain('\n*****');
    expect(seen[0]).not.toContain('- Verify basic qualifications');
    expect(tree).toEqual(whole(SHIPPED));
  });

  it('fall back to micromark on the whole text where a masked line does not come back as a top-level break', () => {
    const md = '## Heading\n\nPlain text\n- plain item\n';
    const calls: string[] = [];
    const tree = parseWithPlainBlocks(md, (text) => {
      calls.push(text);
      const root = whole(text);
      // As if micromark had read the masked lines into some block the scan did not see.
      if (text !== md) root.children = root.children.filter((c) => c.type !== 'thematicBreak');
      return root;
    });
    expect(calls).toEqual(['**********\n\n**********\n************\n', md]);
    expect(tree).toEqual(whole(md));
  });
});

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { BUILTIN_KITS } from '../../../utils/domain/kit/builtin';

// The table is pasted into the README, so it must say what the kit actually does.
it('docs/kit-categories.md lists the categories each built-in round evidences', () => {
  const kit = BUILTIN_KITS[0]!;
  const doc = readFileSync(fileURLToPath(new URL('../../../docs/kit-categories.md', import.meta.url)), 'utf8');
  const rows = doc
    .split('\n')
    .filter((line) => /^\| \d+\. /.test(line))
    .map((line) => line.split('|').map((cell) => cell.trim()));
  const nameOf = (id: string) => kit.categories.find((c) => c.id === id)!.name;
  expect(rows.map((cells) => [cells[1]!.replace(/ \(.*\)$/, ''), cells[2]])).toEqual(
    kit.rounds.map((r) => [`${r.number}. ${r.title}`, r.categoryIds.map(nameOf).join(', ')]),
  );
});

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { BUILTIN_KITS } from '../../utils/domain/kit/builtin';
import { parseKit } from '../../utils/domain/kit/parse';

/* The kit command line, run as a user runs it: a separate process through tsx. */

// Each run starts a fresh tsx process; on a busy machine that takes seconds, not a failure.

const root = fileURLToPath(new URL('../..', import.meta.url));
const guide = join(root, 'docs/guides/middleware-architect-interview-guide.md');
const work = mkdtempSync(join(tmpdir(), 'panelist-kit-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function kit(...args: string[]) {
  const run = spawnSync('npx', ['tsx', 'scripts/kit-cli.ts', ...args], { cwd: root, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function file(name: string, content: string | Buffer): string {
  const path = join(work, name);
  writeFileSync(path, content);
  return path;
}

const imported = kit('import', guide);

describe('kit import', () => {
  const run = imported;

  it('writes the kit as JSON on stdout and exits 0 for the shipped guide', () => {
    expect(run.status).toBe(0);
    const parsed = parseKit(JSON.parse(run.stdout));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) {
      expect(parsed.kit.id).toBe('middleware-architect');
      expect(parsed.kit.rounds).toHaveLength(8);
    }
    expect(run.stdout).toMatch(/^\{\n {2}"schemaVersion": 2,/);
  });

  it('reports what was recognised and what was left over, with lines, on stderr', () => {
    expect(run.stderr).toContain('Recognised (');
    expect(run.stderr).toMatch(/line 23 +round: "Round 1: Recruiter Screen \(30 minutes\)"/);
    expect(run.stderr).toMatch(/Left over \(\d+\), not part of the kit:/);
    expect(run.stderr).toMatch(/line 4 +heading: ## Overview/);
    expect(run.stderr).toContain('Result: valid kit "middleware-architect" v1: 8 rounds');
  });

  it('exits 1 with the reasons when the guide gives no valid kit, still writing what it read', () => {
    const notes = file('notes.md', '# Hiring notes\n\nWe should hire someone great.\n');
    const failed = kit('import', notes);
    expect(failed.status).toBe(1);
    expect(failed.stderr).toContain('Result: not a valid kit:');
    expect(failed.stderr).toContain('rounds: a kit needs at least one round');
    expect(failed.stderr).toMatch(/line 3 +paragraph under "Hiring notes": We should hire someone great\./);
    expect(JSON.parse(failed.stdout).title).toBe('Hiring notes');
  });

  it.each([
    ['an empty file', () => file('empty.md', '\n\n'), 'The guide is empty'],
    ['a binary file', () => file('scan.md', Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3, 0xff, 0xfe])), 'This is not a text file'],
    ['a 3 MB file', () => file('huge.md', '- line\n'.repeat(450_000)), 'Panelist reads guides up to 2.0 MB'],
  ])('exits 1 naming the problem for %s, with no kit on stdout', (_case, make, message) => {
    const run = kit('import', make());
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('not a guide Panelist can read:');
    expect(run.stderr).toContain(message);
    expect(run.stdout).toBe('');
  });

  it('takes the kit id from --id', () => {
    const small = file('small.md', '## Round 1: Screen (30 min)\n\n1. "Why this role?"\n');
    const run = kit('import', small, '--id', 'screen-kit');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).id).toBe('screen-kit');
  });
});

describe('kit check', () => {
  it('exits 0 for a kit file written by import', () => {
    const run = kit('check', file('imported.json', imported.stdout));
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('imported.json: valid kit "middleware-architect" v1: 8 rounds');
  });

  it('exits 0 for the built-in kit exported as JSON', () => {
    const run = kit('check', file('builtin.json', JSON.stringify(BUILTIN_KITS[0])));
    expect(run.status).toBe(0);
  });

  it('exits 1 and names each problem by its path', () => {
    const broken = structuredClone(BUILTIN_KITS[0]!) as unknown as {
      rounds: Array<{ sections: Array<{ questions: Array<Record<string, unknown>> }>; durationMin?: unknown }>;
    };
    delete broken.rounds[0]!.sections[0]!.questions[0]!.prompt;
    broken.rounds[1]!.durationMin = 'forty-five';
    const run = kit('check', file('broken.json', JSON.stringify(broken)));
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('not a valid kit:');
    expect(run.stderr).toContain('rounds[0].sections[0].questions[0].prompt: required');
    expect(run.stderr).toMatch(/rounds\[1\]\.durationMin: expected a number, got "forty-five"/);
  });

  it('exits 1 for a file that is not JSON', () => {
    const run = kit('check', file('guide.json', readFileSync(guide, 'utf8')));
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('not valid JSON');
  });
});

describe('kit command line', () => {
  it.each([
    ['an unknown command', ['convert', guide]],
    ['no command', []],
    ['no file', ['import']],
    ['an unknown option', ['import', guide, '--fast']],
  ])('exits 2 with the usage for %s', (_case, args) => {
    const run = kit(...args);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Usage:');
    expect(run.stdout).toBe('');
  });

  it('exits 2 when the file cannot be read', () => {
    const run = kit('check', join(work, 'missing.json'));
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('cannot read');
    expect(run.stderr).toContain('ENOENT');
  });
});

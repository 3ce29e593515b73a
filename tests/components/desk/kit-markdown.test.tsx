// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { BUILTIN_KITS } from '@/utils/domain/kit/builtin';
import type { TestStore } from '../../support/store';
import { connectDesk, fileOf, renderDesk } from '../../support/desk';

vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));

let store: TestStore;
beforeEach(async () => {
  store = await connectDesk({ kits: BUILTIN_KITS });
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const GUIDE = `# Interview Guide: Data Engineer

## Round 1: Screen (30 min)

### Questions

1. **Pipelines**
   - "How do you backfill a broken pipeline?"
   - Listen for: idempotency, partitions

Some stray remark nobody mapped.

### Red Flags
- Blames tools
`;

describe('importing a Markdown interview guide', () => {
  it('shows what was recognised and what was left over, lets the guide be fixed in place, then saves', async () => {
    const user = userEvent.setup();
    renderDesk();
    await user.upload(await screen.findByLabelText('Interview guide (Markdown)'), fileOf('data.md', GUIDE));
    const preview = await screen.findByRole('region', { name: 'Check the kit from data.md before saving' });
    expect(within(preview).getByLabelText('Kit id')).toHaveValue('data-engineer');
    expect(within(preview).getByText('Recognised (9)')).toBeInTheDocument();
    expect(preview).toHaveTextContent('line 3 · round: "Round 1: Screen (30 min)" → round 1 "screen", 30 min');
    expect(preview).toHaveTextContent('line 7 · question: screen.questions.q1: How do you backfill a broken pipeline? (2 expected)');
    expect(within(preview).getByText('Left over (1)')).toBeInTheDocument();
    expect(preview).toHaveTextContent('line 11 · paragraph under "Questions": Some stray remark nobody mapped.');

    // Fix the guide right here: the preview follows.
    const guide = within(preview).getByLabelText('Guide (Markdown)');
    await user.clear(guide);
    await user.click(guide);
    await user.paste(GUIDE.replace('Some stray remark nobody mapped.\n\n', ''));
    await waitFor(() => expect(within(preview).getByText('Left over (0)')).toBeInTheDocument());
    expect(preview).toHaveTextContent('Every part of the guide became part of the kit.');

    await user.click(within(preview).getByRole('button', { name: 'Save kit' }));
    expect(await screen.findByText('Imported Interview Guide: Data Engineer (id data-engineer, version 1).')).toBeInTheDocument();
    const kit = await store.call('kits.get', { id: 'data-engineer' });
    expect(kit.rounds[0]).toMatchObject({ title: 'Screen', durationMin: 30, redFlags: ['Blames tools'] });
    expect(kit.rounds[0]!.sections[0]!.questions[0]).toMatchObject({
      prompt: 'How do you backfill a broken pipeline?',
      expectedPoints: ['idempotency', 'partitions'],
    });
  });

  it('imports the shipped guide beside the built-in kit under a free id, with the same rounds', async () => {
    const user = userEvent.setup();
    renderDesk();
    const markdown = readFileSync('docs/guides/middleware-architect-interview-guide.md', 'utf8');
    await user.upload(await screen.findByLabelText('Interview guide (Markdown)'), fileOf('guide.md', markdown));
    const preview = await screen.findByRole('region', { name: 'Check the kit from guide.md before saving' });
    expect(within(preview).getByLabelText('Kit id')).toHaveValue('middleware-architect-imported');
    await user.click(within(preview).getByRole('button', { name: 'Save kit' }));
    await screen.findByText(/^Imported .* \(id middleware-architect-imported, version 1\)\.$/);
    const imported = await store.call('kits.get', { id: 'middleware-architect-imported' });
    expect(imported.rounds.map((r) => [r.title, r.durationMin])).toEqual(BUILTIN_KITS[0]!.rounds.map((r) => [r.title, r.durationMin]));
  });

  it('refuses to save a guide that does not make a valid kit, saying why', async () => {
    const user = userEvent.setup();
    renderDesk();
    await user.upload(await screen.findByLabelText('Interview guide (Markdown)'), fileOf('empty.md', 'Just a note.\n'));
    const preview = await screen.findByRole('region', { name: 'Check the kit from empty.md before saving' });
    expect(within(preview).getByRole('alert')).toHaveTextContent(/This is not a valid kit yet .*rounds/);
    expect(within(preview).getByRole('button', { name: 'Save kit' })).toBeDisabled();
    expect(preview).toHaveTextContent('Just a note.');
  });
});

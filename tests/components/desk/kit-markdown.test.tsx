// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
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
    // A plain summary first, then the guide line by line with what was left over.
    expect(preview).toHaveTextContent(
      '1 round, 1 question, a 5-point scale, no weights: scores will be a plain average, no offer threshold.',
    );
    expect(preview).toHaveTextContent('1 part of the guide is not in the kit');
    const lines = within(preview).getByRole('list', { name: 'The guide, line by line' });
    expect(lines).toHaveTextContent('left over:Some stray remark nobody mapped.');
    await user.click(within(preview).getByLabelText('Show only the lines left over'));
    expect(within(lines).getAllByRole('listitem')).toHaveLength(GUIDE.split('\n').length);
    expect(within(lines).getAllByText('in the kit:').length).toBeGreaterThan(5);

    // One action turns the left-over line into a question of its section.
    await user.click(within(preview).getByRole('button', { name: 'Make it a question (line 11)' }));
    expect(preview).toHaveTextContent('Every line of the guide is in the kit.');
    expect(preview).toHaveTextContent('1 round, 2 questions');

    await user.click(within(preview).getByRole('button', { name: 'Save kit' }));
    expect(await screen.findByText('Imported Interview Guide: Data Engineer (id data-engineer, version 1).')).toBeInTheDocument();
    const kit = await store.call('kits.get', { id: 'data-engineer' });
    expect(kit.rounds[0]).toMatchObject({ title: 'Screen', durationMin: 30, redFlags: ['Blames tools'] });
    expect(kit.rounds[0]!.sections[0]!.questions.map((q) => q.prompt)).toEqual([
      'How do you backfill a broken pipeline?',
      'Some stray remark nobody mapped.',
    ]);
  });

  it('reads rich text pasted from a doc, with its script and handlers gone, and a file dropped on the import area', async () => {
    const user = userEvent.setup();
    renderDesk();
    const paste = await screen.findByLabelText('Paste a guide');
    const html =
      '<b style="font-weight:normal"><h1>Interview Guide: Platform Engineer</h1><h2>Round 1: Screen (30 minutes)</h2>' +
      '<ol><li><p><span style="font-weight:700">Motivation</span></p><ul><li><p>"Why platform work?"</p></li></ul></li></ol>' +
      '<p>Hi<img src=x onerror="window.pwned=1"><script>window.pwned=2</script></p></b>';
    paste.focus();
    await user.paste({ getData: (type: string) => (type === 'text/html' ? html : 'plain') } as unknown as DataTransfer);
    const preview = await screen.findByRole('region', { name: 'Check the kit from the pasted guide before saving' });
    expect(within(preview).getByLabelText('Kit id')).toHaveValue('platform-engineer');
    expect((within(preview).getByLabelText('Guide (Markdown)') as HTMLTextAreaElement).value).toContain(
      '1. **Motivation**\n\n   - "Why platform work?"',
    );
    expect(document.querySelector('img, script')).toBeNull();
    expect((window as unknown as { pwned?: number }).pwned).toBeUndefined();
    expect(await store.db.kits.count()).toBe(1);

    const area = screen.getByRole('region', { name: 'Import a kit' });
    fireEvent.drop(area, { dataTransfer: { files: [fileOf('dropped.md', GUIDE)] } });
    expect(await screen.findByRole('region', { name: 'Check the kit from dropped.md before saving' })).toBeInTheDocument();
  });

  it('names the problem with a file it cannot read, and changes nothing', async () => {
    const user = userEvent.setup();
    renderDesk();
    await user.upload(await screen.findByLabelText('Interview guide (Markdown)'), fileOf('scan.md', '%PDF\u0000\u0001binary'));
    const preview = await screen.findByRole('region', { name: 'Check the kit from scan.md before saving' });
    expect(within(preview).getByRole('alert')).toHaveTextContent('This is not a text file');
    expect(within(preview).queryByRole('button', { name: 'Save kit' })).toBeNull();
    expect(await store.db.kits.count()).toBe(1);
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

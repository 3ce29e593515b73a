// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { testKit, type TestStore } from '../../support/store';
import { captureDownloads, connectDesk, fileOf, renderDesk } from '../../support/desk';

// Generous waits: the store runs on fake-indexeddb and machines under load are slow; nothing here is timed.

vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));

let store: TestStore;
beforeEach(async () => {
  store = await connectDesk();
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const kitItem = async (title: string) => (await screen.findByRole('heading', { name: title, level: 4 })).closest('li')!;

describe('the kit library', () => {
  it('lists installed kits with what they hold and who uses them', async () => {
    await store.call('interviews.start', {
      candidateName: 'Ana',
      kitId: 'test-kit',
      roundId: 'screen',
      interviewer: 'Sam',
      platform: 'meet',
    });
    renderDesk();
    const item = await kitItem('Test kit');
    expect(within(item).getByText('built in')).toBeInTheDocument();
    expect(item).toHaveTextContent('version 1 · 2 rounds · 4 questions · used by 1 interview');
    // A built-in kit offers no edit, rename or delete; duplicating is the way to change it.
    expect(within(item).queryByRole('button', { name: /^Edit/ })).toBeNull();
    expect(within(item).queryByRole('button', { name: /^Delete/ })).toBeNull();
  });

  it('previews every round, section and question as text, so a kit holding HTML stays inert', async () => {
    const hostile = structuredClone(testKit);
    hostile.id = 'hostile';
    hostile.title = 'Hostile <b>kit</b>';
    hostile.rounds[0]!.sections[0]!.questions[0]!.prompt = '<img src=x onerror=alert(1)>';
    hostile.rounds[0]!.sections[0]!.questions[0]!.expectedPoints = ['<script>window.pwned = true</script>'];
    await store.call('kits.save', { kit: hostile });
    const user = userEvent.setup();
    renderDesk();
    await user.click(await screen.findByRole('button', { name: 'Preview Hostile <b>kit</b>' }));
    const preview = await screen.findByRole('region', { name: 'Preview: Hostile <b>kit</b>' });
    expect(within(preview).getByText('<img src=x onerror=alert(1)>')).toBeInTheDocument();
    expect(within(preview).getByText('<script>window.pwned = true</script>')).toBeInTheDocument();
    expect(document.querySelector('img, script, b')).toBeNull();
    expect(within(preview).getByRole('heading', { name: 'Screening (30 min)', level: 4 })).toBeInTheDocument();
    expect(within(preview).getByRole('heading', { name: 'Part A (15 min)', level: 5 })).toBeInTheDocument();
    expect(within(preview).getByRole('table', { name: 'Scoring matrix (offer threshold 3.5)' })).toHaveTextContent('Django Expertise60%4');
  });

  it('duplicates, renames, archives and deletes a kit', async () => {
    const user = userEvent.setup();
    renderDesk();
    await user.click(await screen.findByRole('button', { name: 'Duplicate Test kit' }));
    expect(await screen.findByText('Created Test kit (copy) (id test-kit-copy); it can be renamed and edited.')).toBeInTheDocument();

    await user.click(await screen.findByRole('button', { name: 'Rename Test kit (copy)' }));
    const name = screen.getByLabelText('New name for Test kit (copy)');
    await user.clear(name);
    await user.type(name, 'Platform kit{Enter}');
    await kitItem('Platform kit');
    expect((await store.call('kits.get', { id: 'test-kit-copy' })).title).toBe('Platform kit');

    await user.click(screen.getByRole('button', { name: 'Archive Platform kit' }));
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Platform kit' })).toBeNull());
    await user.click(screen.getByLabelText('Show archived kits (1)'));
    const archived = await kitItem('Platform kit');
    expect(within(archived).getByText('archived')).toBeInTheDocument();

    await user.click(within(archived).getByRole('button', { name: 'Delete Platform kit' }));
    const confirm = screen.getByRole('alertdialog', { name: 'Delete Platform kit?' });
    // Focus starts on Cancel, so a stray Enter deletes nothing.
    expect(within(confirm).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.click(within(confirm).getByRole('button', { name: 'Delete kit' }));
    expect(await screen.findByText('Deleted Platform kit (1 version).')).toBeInTheDocument();
    expect(await store.db.kits.where('id').equals('test-kit-copy').count()).toBe(0);
  });

  it('exports a kit as JSON that reads back as the same kit', async () => {
    const downloads = captureDownloads();
    const user = userEvent.setup();
    renderDesk();
    await user.click(await screen.findByRole('button', { name: 'Export JSON for Test kit' }));
    await screen.findByText('Saved Test kit as test-kit-v1.json.');
    expect(downloads.map((d) => d.filename)).toEqual(['test-kit-v1.json']);
    expect(JSON.parse(await downloads[0]!.text)).toEqual(testKit);
  });
});

describe('importing a kit from JSON', () => {
  it('names each problem by its path and saves nothing', async () => {
    const user = userEvent.setup();
    renderDesk();
    const broken = structuredClone(testKit) as Record<string, unknown> & typeof testKit;
    broken.id = 'broken';
    broken.rounds[0]!.sections[1]!.questions[0]!.prompt = '';
    (broken as Record<string, unknown>).offerThreshold = 'high';
    await user.upload(await screen.findByLabelText('Kit file (JSON)'), fileOf('broken.json', JSON.stringify(broken)));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('broken.json is not a valid kit (2 problems):');
    expect(
      within(alert)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['offerThreshold: expected a number, got "high"', 'rounds[0].sections[1].questions[0].prompt: required']);

    await user.upload(screen.getByLabelText('Kit file (JSON)'), fileOf('notes.json', '{ "title": '));
    expect(await screen.findByRole('alert')).toHaveTextContent(/notes\.json is not a valid kit \(1 problem\):\s*not valid JSON/);
    expect(await store.db.kits.count()).toBe(1);
  });

  it('shows the kit before saving, warns about an id in use, and saves it', async () => {
    const user = userEvent.setup();
    renderDesk();
    const incoming = { ...testKit, title: 'Team screen' };
    await user.upload(await screen.findByLabelText('Kit file (JSON)'), fileOf('team.json', JSON.stringify(incoming)));
    const preview = await screen.findByRole('region', { name: 'Check the kit from team.json before saving' });
    // test-kit is taken (built in), so the import proposes a free id.
    expect(within(preview).getByLabelText('Kit id')).toHaveValue('test-kit-imported');
    expect(preview).toHaveTextContent('2 rounds, 4 questions, a 2-point scale, 2 weighted categories, offer threshold 3.5.');
    await user.clear(within(preview).getByLabelText('Kit id'));
    await user.type(within(preview).getByLabelText('Kit id'), 'test-kit');
    expect(preview).toHaveTextContent(
      '"Test kit" already has this id at version 1: saving replaces that version (refused for a built-in kit).',
    );
    await user.clear(within(preview).getByLabelText('Kit id'));
    await user.type(within(preview).getByLabelText('Kit id'), 'team-screen');
    await user.click(within(preview).getByRole('button', { name: 'Save kit' }));
    expect(await screen.findByText('Imported Team screen (id team-screen, version 1).')).toBeInTheDocument();
    await kitItem('Team screen');
    expect((await store.call('kits.get', { id: 'team-screen' })).rounds).toEqual(testKit.rounds);
  });
});

describe('the kit editor', () => {
  it('validates as you type, names the path, and saves wording, timings and questions', async () => {
    await store.call('kits.save', { kit: { ...testKit, id: 'mine', title: 'Mine' } });
    const user = userEvent.setup();
    renderDesk();
    await user.click(await screen.findByRole('button', { name: 'Edit Mine' }));
    const editor = await screen.findByRole('form', { name: 'Edit Mine' });
    const first = within(editor).getByLabelText('Question 1 of Part A (ORM Optimization)');
    await user.clear(first);
    expect(first).toHaveAttribute('aria-invalid', 'true');
    expect(within(editor).getByText('rounds[0].sections[0].questions[0].prompt: required')).toBeInTheDocument();
    expect(within(editor).getByRole('button', { name: 'Save changes' })).toBeDisabled();
    await user.type(first, 'How do you find an N+1 query?');
    expect(first).not.toHaveAttribute('aria-invalid');

    const minutes = within(editor).getByLabelText('Minutes for Part B');
    await user.clear(minutes);
    await user.type(minutes, '-5');
    expect(within(editor).getByText(/^rounds\[0\]\.sections\[1\]\.durationMin: expected a positive number of minutes/)).toBeInTheDocument();
    await user.clear(minutes);
    await user.type(minutes, '20');

    await user.click(within(editor).getByRole('button', { name: 'Remove Question 2 of Part A' }));
    await user.click(within(editor).getByRole('button', { name: 'Add a question to Part B' }));
    await user.type(within(editor).getByLabelText('Question 2 of Part B'), 'What would you change first?');
    expect(within(editor).getByText('No problems found.')).toBeInTheDocument();
    await user.click(within(editor).getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('Saved Mine (version 1).')).toBeInTheDocument();

    const saved = await store.call('kits.get', { id: 'mine' });
    const [partA, partB] = saved.rounds[0]!.sections;
    expect(partA!.questions.map((q) => q.prompt)).toEqual(['How do you find an N+1 query?']);
    expect(partB!.durationMin).toBe(20);
    expect(partB!.questions.map((q) => [q.id, q.prompt])).toEqual([
      ['close', 'Any questions for us?'],
      ['b-new-1', 'What would you change first?'],
    ]);
  });

  it('saves a kit that interviews use as a new version, leaving theirs untouched', async () => {
    await store.call('kits.save', { kit: { ...testKit, id: 'mine', title: 'Mine' } });
    await store.call('interviews.start', { candidateName: 'Ana', kitId: 'mine', roundId: 'screen', interviewer: 'Sam', platform: 'meet' });
    const user = userEvent.setup();
    renderDesk();
    await user.click(await screen.findByRole('button', { name: 'Edit Mine' }));
    const editor = await screen.findByRole('form', { name: 'Edit Mine' });
    expect(editor).toHaveTextContent('Interviews use this kit, so saving creates version 2; they keep version 1.');
    await user.type(within(editor).getByLabelText('Kit title'), ' v2');
    await user.click(within(editor).getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('Saved Mine v2 (version 2).')).toBeInTheDocument();
    expect((await store.call('kits.get', { id: 'mine', version: 1 })).title).toBe('Mine');
  });
});

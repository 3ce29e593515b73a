// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { parseCsv } from '@/utils/domain/csv';
import { completeScorecard, startScreening, type TestStore } from '../../support/store';
import { captureDownloads, connectDesk, fileOf, renderDesk } from '../../support/desk';
import { debriefKit, interviewsCsv, itemsCsv, kim, lee } from '../../support/debrief-fixtures';

vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));

let store: TestStore;
beforeEach(async () => {
  store = await connectDesk({ kits: [debriefKit] });
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** Sam's own scorecard for Ana Lima in this browser: Django 5, Communication 3, "Yes". */
async function samsScorecard(submit: boolean) {
  const { interview, candidate } = await startScreening(store);
  await completeScorecard(store, interview.id);
  if (submit) await store.call('interviews.submit', { id: interview.id });
  return candidate.id;
}

/** Open the desk on the candidate and start a debrief for them. */
async function startDebrief(candidateId: string) {
  const user = userEvent.setup();
  renderDesk(`#/debrief?candidate=${candidateId}`);
  await screen.findByText(/^This browser holds 1 scorecard for Ana Lima/);
  await user.type(screen.getByLabelText('Your name (you run the meeting)'), 'Sam');
  await user.click(screen.getByRole('button', { name: 'Start the debrief' }));
  await screen.findByRole('heading', { name: 'Debrief: Ana Lima', level: 2 });
  return user;
}

const others = () => [fileOf('kim.csv', itemsCsv(kim), 'text/csv'), fileOf('lee.csv', interviewsCsv(lee), 'text/csv')];
const scoreColumns = () =>
  within(screen.getByRole('table', { name: 'Scores per category' }))
    .getAllByRole('columnheader')
    .map((h) => h.textContent)
    .slice(3, -5);

describe('the debrief in the desk', () => {
  it("keeps the other interviewers' scores out of view until this browser's scorecard is submitted, unless overridden", async () => {
    const user = await startDebrief(await samsScorecard(false));
    await user.upload(screen.getByLabelText('Or choose CSV scorecards'), others());
    const hidden = await screen.findByRole('region', { name: "Other interviewers' scores are hidden" });
    expect(hidden).toHaveTextContent(
      '2 other scorecards are hidden until you submit your own scorecard for Ana Lima, so your scores stay your own.',
    );
    expect(screen.queryByText(/Kim|Lee/)).toBeNull();
    await user.click(within(hidden).getByRole('button', { name: 'Show the other interviewers’ scores anyway' }));
    await screen.findByText('You chose to see the panel’s scores before submitting your own.');
    await user.click(screen.getByRole('button', { name: /^2\. Scores/ }));
    expect(scoreColumns()).toEqual(['Sam · Screeningdraftthis browser', 'Kim · Screening', 'Lee · Screening']);
    await user.click(screen.getByRole('button', { name: 'Hide them again' }));
    await screen.findByRole('region', { name: "Other interviewers' scores are hidden" });
  });

  it('runs the agenda, names every column with interviewer and round, keeps the headline honest, and puts evidence one click away', async () => {
    const user = await startDebrief(await samsScorecard(true));
    await user.upload(screen.getByLabelText('Or choose CSV scorecards'), others());
    await screen.findByText('Added 2 files.');
    const clock = screen.getByRole('region', { name: 'Meeting clock' });
    expect(clock).toHaveTextContent('Impressions (3 min)');
    expect(clock).toHaveTextContent('Not started · Step 1 of 5');
    await user.click(within(clock).getByRole('button', { name: 'Start the meeting' }));
    await within(clock).findByRole('button', { name: 'Pause' });
    const order = screen.getByRole('list', { name: 'Round-robin order' });
    expect(
      within(order)
        .getAllByRole('heading')
        .map((h) => h.textContent),
    ).toEqual(['1. Sam', '2. Kim', '3. Lee']);
    expect(order).toHaveTextContent('Could not explain select_related');
    await user.click(screen.getByRole('button', { name: 'Next speaker: Kim' }));
    await screen.findByText('Speaking: Kim');

    await user.click(within(clock).getByRole('button', { name: 'Next step' }));
    await within(clock).findByText('Step 2 of 5');
    expect(scoreColumns()).toEqual(['Sam · Screeningthis browser', 'Kim · Screening', 'Lee · Screening']);
    // Sam 5, Kim 3, Lee 2 on Django: mean 3.33 under its minimum of 4; the total's verdict says so.
    expect(screen.getByRole('group', { name: 'Verdict' })).toHaveTextContent('below the bar');
    expect(screen.getByRole('group', { name: 'Verdict' })).toHaveTextContent('Below their minimum: Django Expertise.');
    const evidence = screen.getByText('Evidence for Django Expertise', { selector: 'summary span' });
    await user.click(evidence);
    const notes = screen.getByRole('list', { name: 'Evidence for Django Expertise' });
    expect(notes).toHaveTextContent('Named both, with trade-offs');
    expect(notes).toHaveTextContent('This interviewer sent the per-interview export, which carries no notes');
    expect(screen.getByRole('img', { name: /^Scores per category, 1 to 5/ })).toBeInTheDocument();

    await user.click(within(clock).getByRole('button', { name: 'Next step' }));
    await within(clock).findByText('Step 3 of 5');
    expect(screen.getByRole('region', { name: 'Concerns (red flags)' })).toHaveTextContent(
      'Blamed the previous team (Lee · Screening at 5:00)',
    );
    expect(screen.getByRole('region', { name: 'Failed minimums' })).toHaveTextContent('Django Expertise: mean 3.33, minimum 4');
  });

  it('records one vote per interviewer, a marked vote from someone without a scorecard, and the panel’s decision with its consequence', async () => {
    const user = await startDebrief(await samsScorecard(true));
    await user.upload(screen.getByLabelText('Or choose CSV scorecards'), others());
    await screen.findByText('Added 2 files.');
    await user.click(screen.getByRole('button', { name: /^5\. Vote/ }));
    const kimVote = await screen.findByRole('group', { name: 'Vote of Kim' });
    await user.click(within(kimVote).getByRole('radio', { name: 'No' }));
    await user.click(within(kimVote).getByRole('radio', { name: 'Yes' }));
    await user.click(within(screen.getByRole('group', { name: 'Vote of Sam' })).getByRole('radio', { name: 'Yes' }));
    await user.type(screen.getByLabelText('Someone else votes (name)'), 'Dana');
    await user.click(screen.getByRole('button', { name: 'Add voter' }));
    const dana = screen.getByRole('group', { name: /^Vote of Dana/ });
    expect(dana).toHaveTextContent('no scorecard in this debrief');
    await user.click(within(dana).getByRole('radio', { name: 'No' }));
    const tally = screen.getByRole('status', { name: 'Votes so far' });
    await within(tally).findByText(/Votes: Strong Yes 0, Yes 2, No 1/);
    expect(tally).toHaveTextContent('not voted yet: Lee');

    await user.selectOptions(screen.getByLabelText('Decision'), 'yes');
    await user.type(screen.getByLabelText('Reason'), 'Strong Django; references to confirm leadership');
    await user.click(screen.getByRole('button', { name: 'Record the decision' }));
    await screen.findByText(/^Recorded: Yes, because Strong Django; references to confirm leadership/);
    const decision = screen.getByRole('region', { name: 'The panel’s decision' });
    expect(within(decision).getByText('Yes: Make offer after reference checks', { selector: 'p' })).toBeInTheDocument();
    expect(decision).toHaveTextContent('No reference checks yet.');
    await user.click(within(decision).getByRole('button', { name: 'Go to the reference checks' }));
    expect(screen.getByRole('heading', { name: 'Reference checks: Ana Lima' })).toHaveFocus();
    const stored = (await store.db.debriefs.toArray())[0]!;
    expect(stored.votes.map((v) => [v.voter, v.decisionId])).toEqual([
      ['Kim', 'yes'],
      ['Sam', 'yes'],
      ['Dana', 'no'],
    ]);
    expect(stored.decision).toMatchObject({ decisionId: 'yes', by: 'Sam' });
  });

  it('names bad input and what was set aside, counts a file dropped twice once, and loses nothing recorded', async () => {
    const user = await startDebrief(await samsScorecard(true));
    await user.click(screen.getByRole('button', { name: /^5\. Vote/ }));
    await user.click(within(screen.getByRole('group', { name: 'Vote of Sam' })).getByRole('radio', { name: 'Yes' }));
    await screen.findByText(/Votes: Strong Yes 0, Yes 1, No 0/);
    const broken = itemsCsv(kim).replace(',3,no,', ',9,no,');
    await user.upload(screen.getByLabelText('Or choose CSV scorecards'), [
      fileOf('kim.csv', broken),
      fileOf('notes.csv', 'name,comment\r\nAna,great\r\n', 'text/csv'),
      fileOf('bob.csv', itemsCsv({ ...lee, candidate: 'Bob Stone' }), 'text/csv'),
    ]);
    expect(await screen.findByRole('list', { name: 'Problems in kim.csv' })).toHaveTextContent(
      'kim.csv line 2, score: expected 1-5, got "9"',
    );
    expect(screen.getByRole('list', { name: 'Problems in notes.csv' })).toHaveTextContent(
      'notes.csv line 1: not a Panelist scorecard export',
    );
    expect(screen.getByRole('list', { name: 'Notes on bob.csv' })).toHaveTextContent(
      'bob.csv: 1 scorecard about Bob Stone, not Ana Lima: set aside',
    );

    const zone = screen.getByText('Drop the other interviewers’ CSV scorecards here').parentElement!;
    fireEvent.drop(zone, { dataTransfer: { files: [fileOf('kim again.csv', broken)] } });
    await screen.findByText('kim again.csv was already in this debrief (the same content): counted once.');
    fireEvent.drop(zone, { dataTransfer: { files: [fileOf('kim.csv', itemsCsv(lee))] } });
    await screen.findByText('kim.csv (2)');
    await screen.findByText('Added 1 file.');
    await user.click(screen.getByRole('button', { name: 'Remove notes.csv' }));
    await waitFor(() => expect(screen.queryByText('notes.csv')).toBeNull());
    expect(screen.getByText(/Votes: Strong Yes 0, Yes 1, No 0/)).toBeInTheDocument();
    expect((await store.db.debriefs.toArray())[0]!.votes).toHaveLength(1);
  });

  it('exports the outcome as CSV and copies its summary as Markdown and as plain text', async () => {
    const downloads = captureDownloads();
    const copied: string[] = [];
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (text: string) => void copied.push(text) },
    });
    const user = await startDebrief(await samsScorecard(true));
    await user.upload(screen.getByLabelText('Or choose CSV scorecards'), others());
    await screen.findByRole('heading', { name: '3. Lee' });
    await user.click(screen.getByRole('button', { name: 'Download outcome CSV' }));
    expect(downloads[0]!.filename).toMatch(/^panelist-debrief-ana-lima-\d{4}-\d\d-\d\d\.csv$/);
    const csv = parseCsv(await downloads[0]!.text);
    expect(csv.header.slice(4, 7)).toEqual(['Sam · Screening', 'Kim · Screening', 'Lee · Screening']);
    expect(csv.rows[0]).toMatchObject({ item: 'Django Expertise', mean: '3.33', disagreement: 'yes' });
    // user-event puts a clipboard stub on the page: what the buttons write is read back from it.
    await user.click(screen.getByRole('button', { name: 'Copy summary (Markdown)' }));
    await screen.findByText('Summary copied as Markdown.');
    const markdown = await navigator.clipboard.readText();
    expect(markdown).toMatch(/^# Debrief: Ana Lima\n/);
    expect(markdown).toContain('- Lee · Screening: 2.4, No: Could not explain select\\_related');
    await user.click(screen.getByRole('button', { name: 'Copy summary (plain text)' }));
    await screen.findByText('Summary copied as plain text.');
    const text = await navigator.clipboard.readText();
    expect(text).toMatch(/^Debrief: Ana Lima\n/);
    expect(text).not.toContain('\\_');
  });

  it('runs a reference check from the candidate, and the debrief shows it; a remount resumes the same debrief', async () => {
    const candidateId = await samsScorecard(true);
    const user = await startDebrief(candidateId);
    await user.click(screen.getByRole('button', { name: 'Start the meeting' }));
    const checks = screen.getByRole('region', { name: 'Reference checks: Ana Lima' });
    await user.selectOptions(within(checks).getByLabelText('Questions for'), 'Technical Reference');
    await user.type(within(checks).getByLabelText('Referee’s name'), 'Jo Park');
    await user.type(within(checks).getByLabelText('Relationship to the candidate'), 'former manager');
    await user.click(within(checks).getByRole('button', { name: 'Start the check' }));
    const form = await within(checks).findByRole('article', { name: 'Technical Reference: Jo Park' });
    await user.type(within(form).getByLabelText('Notes: How would you rate their Django expertise?'), 'Best on the team');
    await user.click(within(form).getByRole('radio', { name: 'Yes' }));
    await user.click(within(form).getByRole('button', { name: 'Mark complete' }));
    await within(form).findByRole('button', { name: 'Mark in progress' });
    expect((await store.call('references.list', { candidateId }))[0]!.answers[0]!.notes).toBe('Best on the team');
    expect(await screen.findAllByText('Technical Reference: Jo Park (former manager), would hire again: yes, complete')).not.toHaveLength(
      0,
    );

    cleanup();
    renderDesk(window.location.hash);
    await screen.findByRole('heading', { name: 'Debrief: Ana Lima', level: 2 });
    expect(screen.getByRole('region', { name: 'Meeting clock' })).toHaveTextContent('Step 1 of 5');
    expect(screen.getByRole('button', { name: 'Pause' })).toBeInTheDocument();
    expect(await screen.findAllByText(/^1 reference check, 1 complete; would hire again: 1 yes/)).not.toHaveLength(0);
  });
});

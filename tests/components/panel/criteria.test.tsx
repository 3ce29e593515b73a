// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PanelApp } from '@/components/panel/PanelApp';
import { answerId } from '@/utils/domain/interview/schema';
import { connectStore, type ConnectedStore } from '../../support/panel-store';

vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));

const CHALLENGE = 'system-design.challenge.q1';
let store: ConnectedStore;
let id: string;

beforeEach(async () => {
  fakeBrowser.reset();
  store = await connectStore();
  const bundle = await store.call('interviews.start', {
    candidateName: 'Ana Lima',
    kitId: 'middleware-architect',
    roundId: 'system-design',
    interviewer: 'Sam',
    platform: 'meet',
    meetingCode: 'abc-defg-hij',
  });
  id = bundle.interview.id;
  await store.call('interviews.timer', { id, event: { type: 'start', at: Date.now() } });
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const criterion = (name: string) => screen.getByRole('radiogroup', { name: `${name} (20%)` });
const pick = (name: string, score: number) => within(criterion(name)).getByRole('radio', { name: new RegExp(`^${score} `) });
const stored = () => store.db.answers.get(answerId(id, CHALLENGE));

describe('a question scored on weighted criteria', () => {
  it('shows each criterion with its weight and points, the anchors once, and a 1-5 per criterion', async () => {
    render(<PanelApp hostWindow={null} initialInterviewId={id} />);
    const card = await screen.findByRole('article', { name: /Design MyBambu's Next-Generation Architecture/ });
    const group = within(card).getByRole('group', { name: "Criteria for Design MyBambu's Next-Generation Architecture" });
    expect(within(group).getAllByRole('radiogroup')).toHaveLength(5);
    for (const name of ['Service Design', 'Data Architecture', 'Communication', 'Scalability', 'Reliability'])
      expect(criterion(name)).toBeInTheDocument();
    expect(within(card).getByRole('list', { name: 'What to look for in Scalability' })).toHaveTextContent('CDN usage');
    // Round 5 has no rubric: the kit's scale applies to every criterion and is listed once, visibly.
    const anchors = within(card).getByRole('list', { name: 'What each score means, for every criterion' });
    expect(
      within(anchors)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      '5 Exceptional: Exceeds all requirements, would elevate team',
      '4 Strong: Meets all requirements, clear hire',
      '3 Adequate: Meets most requirements, potential hire',
      '2 Below: Missing key requirements, unlikely hire',
      '1 Poor: Does not meet requirements, no hire',
    ]);
    // The criteria replace the old "Listen for" checkboxes.
    expect(within(card).queryByRole('group', { name: 'Listen for' })).toBeNull();
    expect(within(card).getByText('Not scored yet: score each of the 5 criteria.')).toBeInTheDocument();
  });

  it('stores each criterion, says the weighted score, and the category takes it in the summary', async () => {
    const user = userEvent.setup();
    render(<PanelApp hostWindow={null} initialInterviewId={id} />);
    await screen.findByRole('article', { name: /Next-Generation Architecture/ });
    await user.click(pick('Service Design', 4));
    await user.click(pick('Data Architecture', 3));
    expect(screen.getByText('Weighted score 3.5, from 2 of 5 criteria')).toBeInTheDocument();
    await user.click(pick('Communication', 3));
    await user.click(pick('Scalability', 4));
    await user.click(pick('Reliability', 3));
    expect(screen.getByText('Weighted score 3.4, from 5 of 5 criteria')).toBeInTheDocument();
    await waitFor(async () =>
      expect((await stored())?.criteriaScores).toEqual({
        'service-design': 4,
        'data-architecture': 3,
        communication: 3,
        scalability: 4,
        reliability: 3,
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Preview summary' }));
    const scores = await screen.findByRole('table', { name: 'Category scores' });
    expect(within(scores).getByRole('row', { name: /System Design/ })).toHaveTextContent('3.4');
  });

  it('takes keys 1-5 for the criterion whose block has focus, and "Not asked" clears every criterion', async () => {
    const user = userEvent.setup();
    render(<PanelApp hostWindow={null} initialInterviewId={id} />);
    await screen.findByRole('article', { name: /Next-Generation Architecture/ });
    await user.click(pick('Reliability', 2));
    await user.keyboard('{ArrowRight}');
    expect(pick('Reliability', 3)).toBeChecked();
    pick('Scalability', 1).focus();
    await user.keyboard('5');
    expect(pick('Scalability', 5)).toBeChecked();
    expect(pick('Reliability', 3)).toBeChecked();
    await waitFor(async () => expect((await stored())?.criteriaScores).toEqual({ reliability: 3, scalability: 5 }));

    await user.click(screen.getByRole('checkbox', { name: "Not asked: Design MyBambu's Next-Generation Architecture" }));
    expect(pick('Scalability', 5)).not.toBeChecked();
    expect(pick('Scalability', 5)).toBeDisabled();
    await waitFor(async () => expect(await stored()).toMatchObject({ notAsked: true, score: null }));
    expect((await stored())?.criteriaScores).toBeUndefined();
  });

  it('asks for evidence for a criterion scored 5 before submitting', async () => {
    const user = userEvent.setup();
    render(<PanelApp hostWindow={null} initialInterviewId={id} />);
    await screen.findByRole('article', { name: /Next-Generation Architecture/ });
    await user.click(pick('Scalability', 5));
    expect(screen.getByText('A score of 5 needs an evidence note before the scorecard can be submitted.')).toBeInTheDocument();
  });
});

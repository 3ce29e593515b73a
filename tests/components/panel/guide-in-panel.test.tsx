// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PanelApp } from '@/components/panel/PanelApp';
import { connectStore, startPhoneScreen, type ConnectedStore } from '../../support/panel-store';

vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));

let store: ConnectedStore;

beforeEach(async () => {
  fakeBrowser.reset();
  store = await connectStore();
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

async function startRound(roundId: string, at = Date.now()) {
  const { interview } = await store.call('interviews.start', {
    candidateName: 'Ana Lima',
    kitId: 'middleware-architect',
    roundId,
    interviewer: 'Sam',
    platform: 'meet',
  });
  await store.call('interviews.timer', { id: interview.id, event: { type: 'start', at } });
  return interview.id;
}

describe('the round as the guide wrote it, in the panel', () => {
  it('shows round 2’s rubric beside each score while scoring, and describes each score by its band', async () => {
    const id = await startPhoneScreen(store, Date.now());
    render(<PanelApp hostWindow={null} initialInterviewId={id} />);
    const card = await screen.findByRole('article', { name: /ORM Optimization/ });
    const rubric = within(card).getByRole('list', { name: 'What the scores mean for ORM Optimization' });
    expect(
      within(rubric)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      '4–5 Strong: Specific examples, deep knowledge, clear communication',
      '3 Adequate: Good understanding, some examples, decent communication',
      '1–2 Weak: Vague answers, limited experience, poor explanations',
    ]);
    const group = within(card).getByRole('radiogroup', { name: 'ORM Optimization' });
    expect(within(group).getByRole('radio', { name: /^5 Exceptional/ })).toHaveAccessibleDescription(
      '4–5 Strong: Specific examples, deep knowledge, clear communication',
    );
    await userEvent.setup().click(within(group).getByRole('radio', { name: /^2 Below/ }));
    expect(within(rubric).getByText(/Weak/).closest('li')).toHaveTextContent('(your score)');
  });

  it('opens the round with its objectives and the guide’s during-the-interview checklist', async () => {
    const id = await startPhoneScreen(store, Date.now());
    const user = userEvent.setup();
    render(<PanelApp hostWindow={null} initialInterviewId={id} />);
    const brief = (await screen.findByText('About this round: Technical Phone Screen')).closest('details')!;
    expect(brief).toHaveAttribute('open');
    expect(within(brief).getByRole('list', { name: 'Objectives' })).toHaveTextContent('Validate technical expertise');
    const during = within(brief).getByRole('group', { name: 'During the interview' });
    expect(
      within(during)
        .getAllByRole('checkbox')
        .map((c) => c.closest('label')!.textContent),
    ).toEqual(['Start on time', 'Introduce each interviewer', 'Allow candidate questions', 'Provide breaks', 'Offer water/coffee']);
    await user.click(within(during).getByRole('checkbox', { name: 'Start on time' }));
    expect(within(during).getByRole('checkbox', { name: 'Start on time' })).toBeChecked();
  });

  it('names round 4’s setup for what it is: material to provide, tasks, and the guide’s labels for the points', async () => {
    const id = await startRound('deep-dive');
    const user = userEvent.setup();
    render(<PanelApp hostWindow={null} initialInterviewId={id} />);
    const partA = await screen.findByRole('region', { name: 'Questions: Part A: Code Review Exercise' });
    expect(within(partA).getByRole('group', { name: 'Expected Improvements' })).toHaveTextContent('Circuit breaker');
    await user.click(screen.getByRole('button', { name: 'Next section' }));
    const partB = await screen.findByRole('region', { name: 'Questions: Part B: Architecture Whiteboard' });
    expect(within(partB).getByRole('list', { name: 'You provide' })).toHaveTextContent('Volume: 100K transactions/day');
    expect(within(partB).getByRole('group', { name: 'Evaluation Points' })).toHaveTextContent('Rollback plan');
    await user.click(screen.getByRole('button', { name: 'Next section' }));
    const partC = await screen.findByRole('region', { name: 'Questions: Part C: Performance Optimization' });
    const tasks = within(partC).getByRole('list', { name: 'Tasks' });
    expect(tasks.tagName).toBe('OL');
    expect(within(tasks).getAllByRole('listitem')[0]).toHaveTextContent('Identify all performance issues');
    expect(within(partC).queryByText('Follow-ups')).toBeNull();
    expect(within(partC).getByRole('group', { name: 'Expected Solutions' })).toHaveTextContent('Pagination');
  });

  it('gives round 5 its requirements under their label and what to provide in the round’s brief', async () => {
    const id = await startRound('system-design');
    render(<PanelApp hostWindow={null} initialInterviewId={id} />);
    expect(await screen.findByRole('list', { name: 'Requirements' })).toHaveTextContent('Support 30M users (current: 3M)');
    const brief = screen.getByText('About this round: System Design').closest('details')!;
    expect(within(brief).getByRole('list', { name: 'You provide' })).toHaveTextContent('Current state overview (monolith diagram)');
  });

  it('keeps round 7’s team assessment areas in view in the brief', async () => {
    const id = await startRound('team-fit');
    render(<PanelApp hostWindow={null} initialInterviewId={id} />);
    const areas = await screen.findByRole('list', { name: 'Keep in view' });
    expect(
      within(areas)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Communication style fit',
      'Technical respect from peers',
      'Collaboration approach',
      'Culture add potential',
      'Red flags from team',
    ]);
  });
});

// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { testKit, type TestStore } from '../../support/store';
import { connectDesk, renderDesk } from '../../support/desk';
import { KitEditor } from '@/components/desk/kits/KitEditor';

vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));

let store: TestStore;
beforeEach(async () => {
  store = await connectDesk();
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('the kit editor, every part of a kit', () => {
  it('makes a kit from scratch: rounds, sections, questions, points, reordering, weights, threshold, decisions and agenda', async () => {
    const user = userEvent.setup();
    renderDesk();
    await user.click(await screen.findByRole('button', { name: 'New kit from scratch' }));
    const editor = await screen.findByRole('form', { name: 'Edit New kit' });
    const title = within(editor).getByLabelText('Kit title');
    await user.clear(title);
    await user.type(title, 'Support screen');

    // Two questions, then the second moved above the first from the keyboard.
    await user.click(within(editor).getByRole('button', { name: 'Add a question to Questions' }));
    await user.type(within(editor).getByLabelText('Question 1 of Questions'), 'Why support?');
    await user.click(within(editor).getByRole('button', { name: 'Add a question to Questions' }));
    await user.type(within(editor).getByLabelText('Question 2 of Questions'), 'Tell me about an angry customer.');
    within(editor).getByRole('button', { name: 'Move Question 2 of Questions up' }).focus();
    await user.keyboard('{Enter}');
    expect(within(editor).getByLabelText('Question 1 of Questions')).toHaveValue('Tell me about an angry customer.');

    // Expected points of a question, a second section and a second round.
    await user.click(within(editor).getAllByText('More of Question 1 of Questions')[0]!);
    await user.click(within(editor).getByRole('button', { name: 'Add to Expected points of Question 1 of Questions' }));
    await user.type(within(editor).getByLabelText('Expected points of Question 1 of Questions 1'), 'stays calm');
    // Weighted criteria of the question, checked to weigh 100% in all.
    await user.click(within(editor).getByRole('button', { name: 'Add a criterion to Question 1 of Questions' }));
    await user.click(within(editor).getByRole('button', { name: 'Add a criterion to Question 1 of Questions' }));
    expect(
      within(editor).getByText('rounds[0].sections[0].questions[0].criteria: weights add up to 101%; they must total 100%'),
    ).toBeInTheDocument();
    const [firstCriterion, secondCriterion] = within(editor).getAllByLabelText('Weight of New criterion (%)');
    await user.clear(firstCriterion!);
    await user.type(firstCriterion!, '60');
    await user.clear(secondCriterion!);
    await user.type(secondCriterion!, '40');
    expect(within(editor).queryByText(/criteria: weights add up/)).toBeNull();
    await user.click(within(editor).getByRole('button', { name: 'Add a section to Interview' }));
    await user.click(within(editor).getByRole('button', { name: 'Add a round' }));
    expect(within(editor).getByRole('group', { name: 'Round 2' })).toBeInTheDocument();
    await user.click(within(editor).getByRole('button', { name: 'Remove Round 2' }));

    // Categories whose weights do not add up are named, and fixed.
    await user.click(within(editor).getByRole('button', { name: 'Add a category' }));
    await user.click(within(editor).getByRole('button', { name: 'Add a category' }));
    await user.type(within(editor).getAllByLabelText(/^Weight of New category/)[0]!, '60');
    await user.type(within(editor).getAllByLabelText(/^Weight of New category/)[1]!, '35');
    expect(within(editor).getByText('categories: weights add up to 95%; they must total 100%')).toBeInTheDocument();
    expect(within(editor).getByRole('button', { name: 'Save changes' })).toBeDisabled();
    const second = within(editor).getAllByLabelText(/^Weight of New category/)[1]!;
    await user.clear(second);
    await user.type(second, '40');
    expect(within(editor).queryByText(/weights add up/)).toBeNull();

    await user.type(within(editor).getByLabelText('Offer threshold (empty for none)'), '3');
    await user.click(within(editor).getByRole('button', { name: 'Add a decision option' }));
    await user.click(within(editor).getByRole('button', { name: 'Add a step' }));
    expect(within(editor).getByText('No problems found.')).toBeInTheDocument();
    await user.click(within(editor).getByRole('button', { name: 'Save changes' }));
    await screen.findByText('Saved Support screen (version 1).');

    const kit = await store.call('kits.get', { id: 'new-kit' });
    expect(kit.rounds).toHaveLength(1);
    expect(kit.rounds[0]!.sections.map((s) => s.title)).toEqual(['Questions', 'Section 2']);
    expect(kit.rounds[0]!.sections[0]!.questions.map((q) => [q.prompt, q.expectedPoints])).toEqual([
      ['Tell me about an angry customer.', ['stays calm']],
      ['Why support?', []],
    ]);
    expect(kit.categories.map((c) => c.weightPct)).toEqual([60, 40]);
    expect(kit.rounds[0]!.sections[0]!.questions[0]!.criteria.map((c) => [c.id, c.weightPct])).toEqual([
      ['criterion-1', 60],
      ['criterion-2', 40],
    ]);
    expect(kit.offerThreshold).toBe(3);
    expect(kit.decisionOptions.map((d) => d.label)).toEqual(['Hire', 'No hire', 'New decision']);
    expect(kit.debriefAgenda.steps).toEqual([{ id: 'step-1', title: 'New step', kind: 'free', durationMin: 5 }]);
  });

  it('offers to save as the next version when the store refuses a version interviews used', async () => {
    await store.call('kits.save', { kit: { ...testKit, id: 'mine', title: 'Mine' } });
    await store.call('interviews.start', { candidateName: 'Ana', kitId: 'mine', roundId: 'screen', interviewer: 'Sam', platform: 'meet' });
    const saved = vi.fn();
    const user = userEvent.setup();
    render(<KitEditor kit={{ ...testKit, id: 'mine', title: 'Mine' }} inUse={false} versions={[1]} onSaved={saved} onCancel={() => {}} />);
    await user.type(screen.getByLabelText('Kit title'), ' changed');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(
      await screen.findByText(/version 1 is used by 1 draft, which keep the questions they were run with; save as version 2\./),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save as version 2' }));
    await vi.waitFor(() => expect(saved).toHaveBeenCalledWith(expect.objectContaining({ id: 'mine', version: 2 })));
    expect((await store.call('kits.get', { id: 'mine', version: 1 })).title).toBe('Mine');
  });
});

// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PanelApp } from '@/components/panel/PanelApp';
import type { EvidenceNotesProps } from '@/components/panel/EvidenceNotes';
import { connectStore, startPhoneScreen, type ConnectedStore } from '../../support/panel-store';

vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));

/** How often each question's notes have rendered: the real component, counted on the way in. */
const renders = vi.hoisted(() => new Map<string, number>());
vi.mock('@/components/panel/EvidenceNotes', async (original) => {
  const real = await original<typeof import('@/components/panel/EvidenceNotes')>();
  return {
    ...real,
    EvidenceNotes(props: EvidenceNotesProps) {
      renders.set(props.questionId, (renders.get(props.questionId) ?? 0) + 1);
      return real.EvidenceNotes(props);
    },
  };
});

const ORM = 'phone-screen.part-a.q1';
let store: ConnectedStore;
let id: string;

beforeEach(async () => {
  fakeBrowser.reset();
  renders.clear();
  store = await connectStore();
  id = await startPhoneScreen(store, Date.now() - 60_000);
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe("a question's evidence notes", () => {
  it('render again when their own question is scored, not when another one is', async () => {
    const user = userEvent.setup();
    render(<PanelApp hostWindow={null} initialInterviewId={id} />);
    const group = await screen.findByRole('radiogroup', { name: 'ORM Optimization' });
    const others = [...renders.keys()].filter((q) => q !== ORM);
    // The section shows several questions, each with its notes.
    expect(others.length).toBeGreaterThan(0);
    renders.clear();
    const before = store.answered();
    await user.click(within(group).getByRole('radio', { name: /^4 / }));
    await waitFor(() => expect(screen.getByRole('status', { name: 'Save state' })).toHaveTextContent('Saved'));
    // The save's echo too: the store's live answer after the write has reached the panel and been rendered.
    await waitFor(() => expect(store.answered()).toBeGreaterThan(before));
    // The scored card's notes rendered (its answer changed); no other question's did, though
    // the round's scorecard changed with the save and again with its echo.
    expect(renders.get(ORM) ?? 0).toBeGreaterThan(0);
    for (const question of others) expect([question, renders.get(question) ?? 0]).toEqual([question, 0]);
  });
});

import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import type { Kit, Round } from '@/utils/domain/kit/schema';
import { scoreInputFor, scoreInterview, type ScoreSummary } from '@/utils/domain/scoring';
import type { ScorecardWithEdits } from '@/utils/client/overlay';
import type { InterviewActions } from '@/components/hooks/useInterview';
import type { SettingsHandle } from '@/components/hooks/useSettings';

/**
 * The open interview, for every part of the panel that shows or changes it, instead of passing
 * kit, round, view, actions and locked down every level. Two contexts, because they change at
 * different rates: the interview's frame (kit, round, actions…) almost never, the scorecard on
 * every edit. A question card reads the frame and takes its own answer as a prop, so typing in
 * one card re-renders that card only.
 */
export interface InterviewFrame {
  kit: Kit;
  round: Round;
  /** Submitted: every control is read-only. */
  locked: boolean;
  actions: InterviewActions;
  settings: SettingsHandle;
  /** Nudges the interviewer has put away, by index in the kit's list (for as long as the panel is open). */
  dismissedNudges: ReadonlySet<number>;
  dismissNudge(index: number): void;
}

export interface ScorecardState {
  view: ScorecardWithEdits;
  /** The scores with the interviewer's category ratings. */
  score: ScoreSummary;
  /** The scores from the questions alone, to show what a category rating replaces. */
  fromQuestions: ScoreSummary;
}

const FrameContext = createContext<InterviewFrame | null>(null);
const ScorecardContext = createContext<ScorecardState | null>(null);

export function useInterviewFrame(): InterviewFrame {
  const frame = useContext(FrameContext);
  if (!frame) throw new Error('useInterviewFrame outside an InterviewProvider');
  return frame;
}

export function useScorecard(): ScorecardState {
  const state = useContext(ScorecardContext);
  if (!state) throw new Error('useScorecard outside an InterviewProvider');
  return state;
}

export interface InterviewProviderProps {
  kit: Kit;
  round: Round;
  view: ScorecardWithEdits;
  locked: boolean;
  actions: InterviewActions;
  settings: SettingsHandle;
  children: ReactNode;
}

export function InterviewProvider({ kit, round, view, locked, actions, settings, children }: InterviewProviderProps) {
  const [dismissed, setDismissed] = useState<ReadonlySet<number>>(new Set());
  const frame = useMemo<InterviewFrame>(
    () => ({
      kit,
      round,
      locked,
      actions,
      settings,
      dismissedNudges: dismissed,
      dismissNudge: (index) => setDismissed((d) => new Set([...d, index])),
    }),
    [kit, round, locked, actions, settings, dismissed],
  );
  const answers = useMemo(() => [...view.answers.values()], [view.answers]);
  const { interview } = view;
  const score = useMemo(() => scoreInterview(scoreInputFor(kit, interview, answers)), [kit, interview, answers]);
  const fromQuestions = useMemo(
    () => scoreInterview(scoreInputFor(kit, { roundId: round.id, categoryRatings: {} }, answers)),
    [kit, round.id, answers],
  );
  const scorecard = useMemo(() => ({ view, score, fromQuestions }), [view, score, fromQuestions]);
  return (
    <FrameContext.Provider value={frame}>
      <ScorecardContext.Provider value={scorecard}>{children}</ScorecardContext.Provider>
    </FrameContext.Provider>
  );
}

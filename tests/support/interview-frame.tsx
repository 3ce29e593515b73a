import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { vi } from 'vitest';
import type { Kit, Round } from '@/utils/domain/kit/schema';
import { CandidateSchema, InterviewSchema, type Answer, type TimerEvent } from '@/utils/domain/interview/schema';
import type { InterviewActions, TimerAction } from '@/components/hooks/useInterview';
import type { SettingsHandle } from '@/components/hooks/useSettings';
import { ClockContext } from '@/components/hooks/useNow';
import { InterviewProvider } from '@/components/panel/InterviewContext';

/**
 * A panel part rendered inside an open interview without a store: for parts that only show
 * what the interview holds and report what was done (the timer bar, the pill). Views that
 * change the scorecard are tested against the real store instead (panel-store.tsx).
 */
export interface FrameOptions {
  kit: Kit;
  round: Round;
  events?: TimerEvent[];
  answers?: Answer[];
  locked?: boolean;
  soundAlerts?: boolean;
  clock: () => number;
  onTimer?: (action: TimerAction) => string | null;
}

export function renderInInterview(ui: ReactElement, options: FrameOptions): RenderResult & { actions: InterviewActions } {
  const interview = InterviewSchema.parse({
    id: 'iv-1',
    candidateId: 'c-1',
    kitId: options.kit.id,
    kitVersion: options.kit.version,
    roundId: options.round.id,
    interviewer: 'Sam',
    platform: 'meet',
    createdAt: 0,
    updatedAt: 0,
    timerEvents: options.events ?? [],
    status: options.locked ? 'submitted' : 'draft',
  });
  const view = {
    interview,
    candidate: CandidateSchema.parse({ id: 'c-1', name: 'Ana Lima', createdAt: 0 }),
    answers: new Map((options.answers ?? []).map((a) => [a.questionId, a])),
  };
  const actions: InterviewActions = {
    answer: vi.fn(),
    update: vi.fn(),
    raiseFlag: vi.fn(),
    removeFlag: vi.fn(),
    timer: vi.fn(options.onTimer ?? (() => null)),
    submit: vi.fn(async () => null),
    reopen: vi.fn(async () => null),
    exportCsv: vi.fn(async () => ({ filename: 'x.csv', csv: '' })),
    roundElapsedMs: vi.fn(() => 0),
  };
  const settings: SettingsHandle = { settings: { soundAlerts: options.soundAlerts ?? false }, loaded: true, set: vi.fn(async () => {}) };
  const result = render(
    <ClockContext.Provider value={options.clock}>
      <InterviewProvider
        kit={options.kit}
        round={options.round}
        view={view}
        locked={options.locked ?? false}
        actions={actions}
        settings={settings}
      >
        {ui}
      </InterviewProvider>
    </ClockContext.Provider>,
  );
  return { ...result, actions };
}

import { useMemo, useState } from 'react';
import { i18n } from '#i18n';
import { deriveTimer } from '@/utils/domain/timer';
import { useInterviewFrame, useScorecard } from './InterviewContext';
import { TimerBar } from './TimerBar';
import { RoundBrief } from './RoundBrief';
import { SectionPicker, SectionView } from './SectionView';
import { CategoryRatings } from './CategoryRatings';
import { FlagComposer, FlagList } from './FlagComposer';
import { FinishBar } from './FinishControl';

function RoundFlags() {
  const { round, locked, actions } = useInterviewFrame();
  const flags = useScorecard().view.interview.flags.filter((f) => !f.questionId);
  const picks = useMemo(() => ({ green: round.greenFlags, red: round.redFlags }), [round]);
  return (
    <section aria-labelledby="round-flags-heading" className="space-y-2">
      <h2 id="round-flags-heading" className="text-sm font-semibold">
        {i18n.t('panel.flag.roundFlags')}
      </h2>
      <FlagList flags={flags} locked={locked} onRemove={actions.removeFlag} />
      {!locked && <FlagComposer quickPicks={picks} disabled={locked} onRaise={(kind, text) => actions.raiseFlag(kind, text)} />}
    </section>
  );
}

/** The interview in progress: clocks on top, the round's brief, then the current section's questions, category ratings and flags. */
export function RunningView({ onShowSummary }: { onShowSummary(): void }) {
  const { round, locked, actions } = useInterviewFrame();
  const events = useScorecard().view.interview.timerEvents;
  // The current section depends only on the events, so this does not change as the clock ticks.
  const timerNow = events.length ? events[events.length - 1]!.at : 0;
  const { sectionIndex, status } = useMemo(() => deriveTimer(round, events, timerNow), [round, events, timerNow]);
  const [browsed, setBrowsed] = useState<number | null>(null);
  const browsing = status === 'finished' || status === 'not-started' || locked;
  const shownIndex = browsing && browsed !== null ? browsed : sectionIndex;
  const section = round.sections[shownIndex] ?? round.sections[0]!;
  // The brief opens while the round is at its start; later it stays a click away.
  const [briefOpen] = useState(() => sectionIndex === 0 && status !== 'finished' && !locked);

  return (
    <div>
      <TimerBar />
      <div className="space-y-3 p-3">
        <RoundBrief initiallyOpen={briefOpen} />
        {browsing && <SectionPicker shownIndex={shownIndex} onPick={setBrowsed} />}
        <SectionView section={section} />
        <CategoryRatings />
        <RoundFlags />
        <FinishBar
          over={status === 'finished' || locked}
          notStarted={status === 'not-started'}
          finish={() => actions.timer('finish')}
          onShowSummary={onShowSummary}
        />
      </div>
    </div>
  );
}

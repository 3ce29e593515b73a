import { useMemo, useState } from 'react';
import { i18n } from '#i18n';
import type { Kit, Round } from '@/utils/domain/kit/schema';
import { deriveTimer } from '@/utils/domain/timer';
import { scoreInputFor, scoreInterview } from '@/utils/domain/scoring';
import { formatNumber } from '@/utils/domain/format';
import type { InterviewActions } from '@/components/hooks/useInterview';
import type { ScorecardWithEdits } from '@/utils/client/overlay';
import { CodeBlock } from '@/components/common/CodeBlock';
import { buttonDanger, buttonPrimary, buttonQuiet, buttonSecondary, focusRing, labelText, mutedText } from '@/components/common/styles';
import { TimerBar } from './TimerBar';
import { QuestionCard } from './QuestionCard';
import { CategoryRatings } from './CategoryRatings';
import { FlagComposer, FlagList } from './FlagComposer';

export interface RunningViewProps {
  kit: Kit;
  round: Round;
  view: ScorecardWithEdits;
  locked: boolean;
  actions: InterviewActions;
  soundAlerts: boolean;
  onShowSummary(): void;
}

function FinishControl({ onFinish }: { onFinish(): void }) {
  const [confirming, setConfirming] = useState(false);
  if (!confirming)
    return (
      <button type="button" className={buttonDanger} onClick={() => setConfirming(true)}>
        {i18n.t('panel.finish.finish')}
      </button>
    );
  return (
    <div
      role="group"
      aria-label={i18n.t('panel.finish.confirmLabel')}
      className="space-y-2 rounded-md border border-rose-300 p-2 dark:border-rose-700"
    >
      <p className="text-sm">{i18n.t('panel.finish.confirm')}</p>
      <div className="flex gap-1">
        <button type="button" autoFocus className={buttonPrimary} onClick={onFinish}>
          {i18n.t('panel.finish.yes')}
        </button>
        <button type="button" className={buttonQuiet} onClick={() => setConfirming(false)}>
          {i18n.t('panel.finish.keepGoing')}
        </button>
      </div>
    </div>
  );
}

/** The interview in progress: clocks on top, then the current section's questions, category ratings and flags. */
export function RunningView({ kit, round, view, locked, actions, soundAlerts, onShowSummary }: RunningViewProps) {
  const { interview, answers } = view;
  const events = interview.timerEvents;
  // The current section depends only on the events, so this does not change as the clock ticks.
  const timerNow = events.length ? events[events.length - 1]!.at : 0;
  const { sectionIndex, status } = useMemo(() => deriveTimer(round, events, timerNow), [round, events, timerNow]);
  const [browsed, setBrowsed] = useState<number | null>(null);
  const browsing = status === 'finished' || status === 'not-started' || locked;
  const shownIndex = browsing && browsed !== null ? browsed : sectionIndex;
  const section = round.sections[shownIndex] ?? round.sections[0]!;

  const categoryNames = useMemo(() => new Map(kit.categories.map((c) => [c.id, c.name])), [kit]);
  const answerList = useMemo(() => [...answers.values()], [answers]);
  const fromQuestions = useMemo(
    () => scoreInterview(scoreInputFor(kit, { roundId: round.id, categoryRatings: {} }, answerList)),
    [kit, round.id, answerList],
  );
  const flagPicks = useMemo(() => ({ green: round.greenFlags, red: round.redFlags }), [round]);
  const roundFlags = interview.flags.filter((f) => !f.questionId);

  return (
    <div>
      <TimerBar round={round} events={events} locked={locked} soundAlerts={soundAlerts} onTimer={actions.timer} />
      <div className="space-y-3 p-3">
        {browsing && (
          <label className="block">
            <span className={labelText}>{i18n.t('panel.section.show')}</span>
            <select
              value={shownIndex}
              onChange={(e) => setBrowsed(Number(e.target.value))}
              className={`mt-1 w-full rounded-md border border-zinc-300 bg-white px-1 py-1.5 text-sm dark:border-zinc-600 dark:bg-zinc-800 ${focusRing}`}
            >
              {round.sections.map((s, i) => (
                <option key={s.id} value={i}>
                  {i18n.t('panel.section.option', [formatNumber(i + 1), s.title])}
                </option>
              ))}
            </select>
          </label>
        )}
        <section aria-label={i18n.t('panel.section.questions', [section.title])} className="space-y-3">
          {section.briefing.map((line) => (
            <p key={line} className="text-sm text-zinc-700 dark:text-zinc-300">
              {line}
            </p>
          ))}
          {section.code && <CodeBlock sample={section.code} />}
          {section.questions.map((question, i) => (
            <QuestionCard
              key={question.id}
              question={question}
              number={i + 1}
              answer={answers.get(question.id)}
              categoryName={question.categoryId ? categoryNames.get(question.categoryId) : undefined}
              scale={kit.ratingScale}
              flags={interview.flags.filter((f) => f.questionId === question.id)}
              flagPicks={flagPicks}
              locked={locked}
              actions={actions}
              notesConflict={view.conflicts?.has(question.id) ?? false}
            />
          ))}
          {section.questions.length === 0 && <p className={mutedText}>{i18n.t('panel.section.noQuestions')}</p>}
          {section.evaluationPoints.length > 0 && (
            <div>
              <h3 className={labelText}>{i18n.t('panel.section.evaluate')}</h3>
              <ul className="mt-1 list-disc space-y-0.5 pl-5 text-sm">
                {section.evaluationPoints.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            </div>
          )}
        </section>

        <CategoryRatings
          kit={kit}
          round={round}
          ratings={interview.categoryRatings}
          fromQuestions={fromQuestions}
          locked={locked}
          actions={actions}
        />

        <section aria-labelledby="round-flags-heading" className="space-y-2">
          <h2 id="round-flags-heading" className="text-sm font-semibold">
            {i18n.t('panel.flag.roundFlags')}
          </h2>
          <FlagList flags={roundFlags} locked={locked} onRemove={actions.removeFlag} />
          {!locked && <FlagComposer quickPicks={flagPicks} disabled={locked} onRaise={(kind, text) => actions.raiseFlag(kind, text)} />}
        </section>

        <div className="flex flex-wrap gap-2 border-t border-zinc-200 pt-3 dark:border-zinc-800">
          {status === 'finished' || locked ? (
            <button type="button" className={buttonPrimary} onClick={onShowSummary}>
              {i18n.t('panel.finish.showSummary')}
            </button>
          ) : (
            <>
              <FinishControl
                onFinish={() => {
                  // A round whose clock never started has nothing to stop.
                  if (actions.timer('finish') === null || status === 'not-started') onShowSummary();
                }}
              />
              <button type="button" className={buttonSecondary} onClick={onShowSummary}>
                {i18n.t('panel.finish.previewSummary')}
              </button>
            </>
          )}
        </div>
      </div>
    </div>
  );
}

import { i18n } from '#i18n';
import type { DebriefAgenda } from '@/utils/domain/kit/schema';
import type { DebriefRecord } from '@/utils/domain/debrief/record';
import { speakerClock } from '@/utils/domain/debrief/agenda';
import { impressionsOf } from '@/utils/domain/debrief/steps';
import type { Debrief } from '@/utils/domain/debrief/build';
import { formatNumber } from '@/utils/domain/format';
import { useNow } from '@/components/hooks/useNow';
import { TimerDisplay } from '@/components/common/TimerDisplay';
import { buttonPrimary, buttonQuiet, mutedText } from '@/components/common/styles';
import { ColumnName } from '../ColumnName';

export interface ImpressionsStepProps {
  view: Debrief;
  agenda: DebriefAgenda;
  record: DebriefRecord;
  stepIndex: number;
  busy: boolean;
  onFloor(index: number): void;
}

/** Round-robin initial impressions: each interviewer's decision and one-line reason, in turn, with the speaker's clock. */
export function ImpressionsStep({ view, agenda, record, stepIndex, busy, onFloor }: ImpressionsStepProps) {
  const now = useNow(1000);
  const people = impressionsOf(view);
  const clock = speakerClock(agenda, record.timerEvents, record.speakerTurns, stepIndex, people.length, now);
  const speaking = Math.min(clock.index, Math.max(people.length - 1, 0));
  if (people.length === 0) return <p className="text-sm">{i18n.t('debrief.impressions.nobody')}</p>;
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-end justify-between gap-2">
        <TimerDisplay
          label={i18n.t('debrief.impressions.speakerClock', [people[speaking]!.name])}
          remainingMs={clock.remainingMs}
          overtimeMs={clock.overtimeMs}
          elapsedMs={clock.elapsedMs}
        />
        {speaking < people.length - 1 && (
          <button type="button" className={buttonPrimary} disabled={busy} onClick={() => onFloor(speaking + 1)}>
            {i18n.t('debrief.impressions.nextSpeaker', [people[speaking + 1]!.name])}
          </button>
        )}
      </div>
      <ol aria-label={i18n.t('debrief.impressions.order')} className="space-y-2">
        {people.map((person, i) => (
          <li
            key={person.name}
            aria-current={i === speaking ? 'true' : undefined}
            className={`rounded-md border p-2 text-sm ${i === speaking ? 'border-sky-600 bg-sky-50 dark:border-sky-400 dark:bg-sky-950' : 'border-zinc-200 dark:border-zinc-700'}`}
          >
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h4 className="font-semibold">{i18n.t('debrief.impressions.speaker', [formatNumber(i + 1), person.name])}</h4>
              {i !== speaking && (
                <button type="button" className={buttonQuiet} disabled={busy} onClick={() => onFloor(i)}>
                  {i18n.t('debrief.impressions.giveFloor', [person.name])}
                </button>
              )}
            </div>
            <ul className="mt-1 space-y-1">
              {person.rounds.map(({ column, decision, reason }) => (
                <li key={column.label}>
                  <ColumnName column={column} />
                  <span className="font-medium">{decision || i18n.t('debrief.impressions.noDecision')}</span>
                  {reason && <span className={`block ${mutedText}`}>{reason}</span>}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </div>
  );
}

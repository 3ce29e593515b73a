import { i18n } from '#i18n';
import { dueNudges } from '@/utils/domain/guidance';
import type { TimerState } from '@/utils/domain/timer';
import { formatMinutes } from '@/utils/domain/format';
import { buttonQuiet } from '@/components/common/styles';
import { useInterviewFrame } from './InterviewContext';

/**
 * The kit's nudges whose moment has come ("Leave time for the candidate's questions" with 5
 * minutes left), one line each, until the interviewer dismisses them.
 */
export function Nudges({ timer }: { timer: TimerState }) {
  const { kit, dismissedNudges, dismissNudge } = useInterviewFrame();
  const nudges = kit.guidance.nudges;
  const due = dueNudges(nudges, timer).filter((i) => !dismissedNudges.has(i));
  return (
    <div role="status" aria-label={i18n.t('panel.nudge.label')}>
      {due.map((i) => (
        <p
          key={i}
          className="mt-1 flex items-start gap-2 rounded-md border border-sky-300 bg-sky-50 px-2 py-1 text-sm text-sky-950 dark:border-sky-700 dark:bg-sky-950 dark:text-sky-50"
        >
          <span className="min-w-0 flex-1">{i18n.t('panel.nudge.due', [formatMinutes(nudges[i]!.minutesLeft), nudges[i]!.text])}</span>
          <button
            type="button"
            className={`${buttonQuiet} shrink-0 px-1.5 py-0.5 text-xs`}
            aria-label={i18n.t('panel.nudge.dismissFor', [nudges[i]!.text])}
            onClick={() => dismissNudge(i)}
          >
            {i18n.t('panel.nudge.dismiss')}
          </button>
        </p>
      ))}
    </div>
  );
}

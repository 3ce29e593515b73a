import { i18n } from '#i18n';
import type { Round } from '@/utils/domain/kit/schema';
import type { TimerState } from '@/utils/domain/timer';
import { formatNumber } from '@/utils/domain/format';
import type { TimerAction } from '@/components/hooks/useInterview';
import { buttonPrimary, buttonSecondary, focusRing } from '@/components/common/styles';

export interface TimerControlsProps {
  round: Round;
  timer: TimerState;
  onAct(action: TimerAction): void;
}

/** Start, pause or resume, and the moves between sections (which need a running clock). */
export function TimerControls({ round, timer, onAct }: TimerControlsProps) {
  const running = timer.status === 'running';
  const paused = timer.status === 'paused';
  const last = round.sections.length - 1;
  return (
    <div className="mt-1 flex flex-wrap items-center gap-1">
      {timer.status === 'not-started' ? (
        <button type="button" className={buttonPrimary} onClick={() => onAct('start')}>
          {i18n.t('panel.timer.start')}
        </button>
      ) : (
        <button
          type="button"
          className={paused ? buttonPrimary : buttonSecondary}
          aria-label={paused ? i18n.t('panel.timer.resumeTimer') : i18n.t('panel.timer.pauseTimer')}
          onClick={() => onAct(paused ? 'resume' : 'pause')}
        >
          <span aria-hidden="true">{paused ? '▶' : '⏸'}</span> {paused ? i18n.t('panel.timer.resume') : i18n.t('panel.timer.pause')}
        </button>
      )}
      <button
        type="button"
        className={buttonSecondary}
        aria-label={i18n.t('panel.timer.previousSection')}
        disabled={!running || timer.sectionIndex === 0}
        onClick={() => onAct('previous')}
      >
        <span aria-hidden="true">◀</span> {i18n.t('panel.timer.previous')}
      </button>
      <button
        type="button"
        className={buttonSecondary}
        aria-label={i18n.t('panel.timer.nextSection')}
        disabled={!running || timer.sectionIndex >= last}
        onClick={() => onAct('next')}
      >
        {i18n.t('panel.timer.next')} <span aria-hidden="true">▶</span>
      </button>
      <select
        aria-label={i18n.t('panel.timer.goTo')}
        value={timer.sectionIndex}
        disabled={!running}
        onChange={(e) => onAct({ jump: Number(e.target.value) })}
        className={`min-w-0 flex-1 rounded-md border border-zinc-300 bg-white px-1 py-1.5 text-sm dark:border-zinc-600 dark:bg-zinc-800 ${focusRing}`}
      >
        {round.sections.map((s, i) => (
          <option key={s.id} value={i}>
            {i18n.t('panel.section.option', [formatNumber(i + 1), s.title])}
          </option>
        ))}
      </select>
    </div>
  );
}

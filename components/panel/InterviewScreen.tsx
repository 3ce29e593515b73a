import { useEffect, useState, type RefObject } from 'react';
import { i18n } from '#i18n';
import { useInterview } from '@/components/hooks/useInterview';
import type { HostCommand, HostFrame } from '@/components/hooks/useHostFrame';
import type { SettingsHandle } from '@/components/hooks/useSettings';
import { deriveTimer } from '@/utils/domain/timer';
import { SaveStateIndicator } from '@/components/common/SaveStateIndicator';
import { buttonPrimary } from '@/components/common/styles';
import { PanelFrame } from './PanelFrame';
import { RunningView } from './RunningView';
import { SummaryView } from './SummaryView';
import { CollapsedPill } from './CollapsedPill';

export interface InterviewScreenProps {
  interviewId: string;
  host: HostFrame;
  settings: SettingsHandle;
  /** Where the host's keyboard commands are delivered while this interview is open. */
  commands: RefObject<((command: HostCommand) => void) | null>;
  onExit(): void;
}

/** One open interview: loads it, follows it live, and shows the questions or the summary. */
export function InterviewScreen({ interviewId, host, settings, commands, onExit }: InterviewScreenProps) {
  const controller = useInterview(interviewId);
  const { state, view, kit, round, locked, actions, save, loadError } = controller;
  const [mode, setMode] = useState<'questions' | 'summary' | null>(null);

  const events = view?.interview.timerEvents;
  const finished = !!(round && events && deriveTimer(round, events, 0).status === 'finished');
  const shown = mode ?? (locked || finished ? 'summary' : 'questions');

  useEffect(() => {
    commands.current = (command) => {
      if (!round || !events) return;
      const status = deriveTimer(round, events, 0).status;
      if (command === 'next-section') actions.timer('next');
      else if (status === 'running') actions.timer('pause');
      else if (status === 'paused') actions.timer('resume');
      else if (status === 'not-started') actions.timer('start');
    };
    return () => {
      commands.current = null;
    };
  }, [commands, actions, round, events]);

  const status = <SaveStateIndicator save={save} />;
  let body;
  if (state === 'missing') {
    body = (
      <div className="space-y-2 p-3 text-sm">
        <p role="alert">{i18n.t('panel.interview.missing')}</p>
        <button type="button" className={buttonPrimary} onClick={onExit}>
          {i18n.t('panel.interview.startNew')}
        </button>
      </div>
    );
  } else if (state === 'failed') {
    body = (
      <p role="alert" className="p-3 text-sm text-rose-700 dark:text-rose-300">
        {i18n.t('panel.interview.openFailed', [loadError ?? ''])}
      </p>
    );
  } else if (!view || !kit || !round) {
    body = <p className="p-3 text-sm">{i18n.t('panel.interview.loading')}</p>;
  } else if (shown === 'summary') {
    body = (
      <SummaryView
        kit={kit}
        round={round}
        view={view}
        locked={locked}
        actions={actions}
        onBack={() => setMode('questions')}
        onNewInterview={onExit}
      />
    );
  } else {
    body = (
      <RunningView
        kit={kit}
        round={round}
        view={view}
        locked={locked}
        actions={actions}
        soundAlerts={settings.settings.soundAlerts === true}
        onShowSummary={() => setMode('summary')}
      />
    );
  }
  const pill = round && events ? <CollapsedPill round={round} events={events} /> : undefined;
  return (
    <PanelFrame host={host} settings={settings} status={status} pill={pill}>
      {body}
    </PanelFrame>
  );
}

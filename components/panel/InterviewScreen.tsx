import { useEffect, useState, type RefObject } from 'react';
import { i18n } from '#i18n';
import { useInterview, type InterviewController } from '@/components/hooks/useInterview';
import type { HostCommand, HostFrame } from '@/components/hooks/useHostFrame';
import type { SettingsHandle } from '@/components/hooks/useSettings';
import { deriveTimer } from '@/utils/domain/timer';
import { buttonPrimary } from '@/components/common/styles';
import { PanelFrame } from './PanelFrame';
import { RunningView } from './RunningView';
import { SummaryView } from './SummaryView';
import { CollapsedPill } from './CollapsedPill';
import { InterviewStatus } from './InterviewStatus';
import { InterviewProvider } from './InterviewContext';

export interface InterviewScreenProps {
  interviewId: string;
  host: HostFrame;
  settings: SettingsHandle;
  /** Where the host's keyboard commands are delivered while this interview is open. */
  commands: RefObject<((command: HostCommand) => void) | null>;
  onExit(): void;
}

/** The host's keyboard commands (pause/resume, next section) steer this interview's clock. */
function useHostCommands(commands: InterviewScreenProps['commands'], { round, view, actions }: InterviewController): void {
  const events = view?.interview.timerEvents;
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
}

function NotOpen({ controller, onExit }: { controller: InterviewController; onExit(): void }) {
  if (controller.state === 'missing')
    return (
      <div className="space-y-2 p-3 text-sm">
        <p role="alert">{i18n.t('panel.interview.missing')}</p>
        <button type="button" className={buttonPrimary} onClick={onExit}>
          {i18n.t('panel.interview.startNew')}
        </button>
      </div>
    );
  if (controller.state === 'failed')
    return (
      <p role="alert" className="p-3 text-sm text-rose-700 dark:text-rose-300">
        {i18n.t('panel.interview.openFailed', [controller.loadError ?? ''])}
      </p>
    );
  return <p className="p-3 text-sm">{i18n.t('panel.interview.loading')}</p>;
}

/** One open interview: loads it, follows it live, and shows the questions or the summary. */
export function InterviewScreen({ interviewId, host, settings, commands, onExit }: InterviewScreenProps) {
  const controller = useInterview(interviewId);
  const { view, kit, round, locked, actions, save } = controller;
  const [mode, setMode] = useState<'questions' | 'summary' | null>(null);
  useHostCommands(commands, controller);

  if (!view || !kit || !round)
    return (
      <PanelFrame host={host} settings={settings} status={<InterviewStatus save={save} />}>
        <NotOpen controller={controller} onExit={onExit} />
      </PanelFrame>
    );
  // The status depends only on the events (not on the time), so this does not change as the clock ticks.
  const status = deriveTimer(round, view.interview.timerEvents, 0).status;
  const shown = mode ?? (locked || status === 'finished' ? 'summary' : 'questions');
  const header = <InterviewStatus save={save} paused={status === 'paused' && !locked} />;
  return (
    <InterviewProvider kit={kit} round={round} view={view} locked={locked} actions={actions} settings={settings}>
      <PanelFrame host={host} settings={settings} status={header} pill={<CollapsedPill />}>
        {shown === 'summary' ? (
          <SummaryView onBack={() => setMode('questions')} onNewInterview={onExit} />
        ) : (
          <RunningView onShowSummary={() => setMode('summary')} />
        )}
      </PanelFrame>
    </InterviewProvider>
  );
}

import { useCallback, useRef, useState } from 'react';
import { defaultHostWindow, useHostFrame, type HostCommand } from '@/components/hooks/useHostFrame';
import { useSettings } from '@/components/hooks/useSettings';
import { i18n } from '#i18n';
import { ErrorBoundary } from '@/components/common/ErrorBoundary';
import { PanelFrame } from './PanelFrame';
import { StartScreen } from './StartScreen';
import { InterviewScreen } from './InterviewScreen';
import { DebriefEntry } from '@/components/debrief/DebriefEntry';
import { DebriefPanel } from '@/components/debrief/DebriefPanel';

/**
 * The panel's root, the same in the call page's iframe and in the browser's
 * side panel: without a host frame it simply has no layout controls and no call.
 */
export interface PanelAppProps {
  /** Open this interview straight away (`panel.html?interview=<id>`). */
  initialInterviewId?: string | null;
  /** The call page's window when framed; defaults to `window.parent` when there is one. */
  hostWindow?: Window | null;
  /** How long a framing call page has to say which call this is (useHostFrame's CALL_WAIT_MS). */
  callWaitMs?: number;
}

export function PanelApp({ initialInterviewId = null, hostWindow = defaultHostWindow(), callWaitMs }: PanelAppProps) {
  const commands = useRef<((command: HostCommand) => void) | null>(null);
  const onCommand = useCallback((command: HostCommand) => commands.current?.(command), []);
  const host = useHostFrame(onCommand, hostWindow, { callWaitMs });
  const settings = useSettings();
  const [interviewId, setInterviewId] = useState<string | null>(initialInterviewId);
  // Left an interview for "Start another interview": the start form, not the offers, comes first.
  const [startAnother, setStartAnother] = useState(false);
  const [debriefId, setDebriefId] = useState<string | null>(null);

  if (interviewId)
    return (
      <ErrorBoundary area={i18n.t('common.failure.interview')} resetKey={interviewId}>
        <InterviewScreen
          key={interviewId}
          interviewId={interviewId}
          host={host}
          settings={settings}
          commands={commands}
          onExit={() => {
            setStartAnother(true);
            setInterviewId(null);
          }}
        />
      </ErrorBoundary>
    );
  // The debrief meeting (issue 15) runs in the panel too; its UI lives in components/debrief.
  if (debriefId)
    return (
      <ErrorBoundary area={i18n.t('common.failure.debrief')} resetKey={debriefId}>
        <DebriefPanel debriefId={debriefId} host={host} settings={settings} onExit={() => setDebriefId(null)} />
      </ErrorBoundary>
    );
  return (
    <PanelFrame host={host} settings={settings}>
      <ErrorBoundary area={i18n.t('common.failure.start')}>
        <StartScreen call={host.call} callKnown={host.callKnown} settings={settings} onOpen={setInterviewId} startAnother={startAnother} />
      </ErrorBoundary>
      {/* It waits for the call, like the start screen: another meeting's debriefs would flash up and go.
          The start screen stays mounted meanwhile, hiding its form, so its kit list loads in the wait. */}
      {host.callKnown && (
        <ErrorBoundary area={i18n.t('common.failure.debrief')}>
          <DebriefEntry call={host.call} facilitator={settings.settings.interviewerName ?? ''} onOpen={setDebriefId} />
        </ErrorBoundary>
      )}
    </PanelFrame>
  );
}

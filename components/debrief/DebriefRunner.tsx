import { useEffect, useState, type ReactNode } from 'react';
import { i18n } from '#i18n';
import { agendaOf, agendaState } from '@/utils/domain/debrief/agenda';
import type { DebriefModel } from '@/utils/domain/debrief/model';
import { formatMinutes, formatNumber } from '@/utils/domain/format';
import { OutcomeLine } from '@/components/common/OutcomeLine';
import { buttonSecondary, card, mutedText } from '@/components/common/styles';
import { useDebrief, type DebriefHandle } from './useDebrief';
import { AgendaBar } from './AgendaBar';
import { StepContent } from './StepContent';
import { Headline } from './Headline';
import { DebriefFiles } from './files/DebriefFiles';
import { Conflicts } from './files/Conflicts';
import { useDebriefFiles } from './files/useDebriefFiles';
import { ShareOutcome } from './ShareOutcome';
import { PrintOutcome } from './PrintOutcome';
import { ReferenceList } from './references/ReferenceChecks';

/** Other interviewers' scores stay out until this browser's own scorecard is submitted, unless the facilitator asks. */
function Visibility({ model, handle }: { model: DebriefModel; handle: DebriefHandle }) {
  const { view, record } = model;
  const set = (showOthers: boolean) =>
    void handle.send(i18n.t('debrief.visibility.changing'), 'debriefs.update', { id: record.id, patch: { showOthers } });
  if (view.visibility.others === 'hidden' && view.hidden > 0)
    return (
      <div role="region" aria-label={i18n.t('debrief.visibility.hiddenRegion')} className={`${card} space-y-2 print:hidden`}>
        <p className="text-sm">
          {view.visibility.because === 'no-own-scorecard'
            ? i18n.t('debrief.visibility.hiddenNone', view.hidden, [formatNumber(view.hidden), view.candidate])
            : i18n.t('debrief.visibility.hidden', view.hidden, [formatNumber(view.hidden), view.candidate])}
        </p>
        <button type="button" className={buttonSecondary} onClick={() => set(true)}>
          {i18n.t('debrief.visibility.showAnyway')}
        </button>
      </div>
    );
  if (view.visibility.because === 'override')
    return (
      <p className={`${mutedText} print:hidden`}>
        {i18n.t('debrief.visibility.overridden')}{' '}
        <button type="button" className="underline" onClick={() => set(false)}>
          {i18n.t('debrief.visibility.hideAgain')}
        </button>
      </p>
    );
  return null;
}

/** The agenda's steps: where the meeting is, and a way to move (running) or to look ahead (before it starts). */
function StepList({
  model,
  shown,
  current,
  running,
  onPick,
}: {
  model: DebriefModel;
  shown: number;
  current: number;
  running: boolean;
  onPick(index: number): void;
}) {
  const steps = agendaOf(model.view.kit).steps;
  return (
    <nav aria-label={i18n.t('debrief.steps.label')} className="print:hidden">
      <ol className="flex flex-wrap gap-1">
        {steps.map((step, i) => (
          <li key={step.id}>
            <button
              type="button"
              aria-current={i === shown ? 'step' : undefined}
              className={`${buttonSecondary} ${i === shown ? 'border-sky-700 bg-sky-100 dark:border-sky-400 dark:bg-sky-900' : ''}`}
              onClick={() => onPick(i)}
              title={running && i !== current ? i18n.t('debrief.steps.goTo', [step.title]) : undefined}
            >
              {i18n.t('debrief.steps.item', [formatNumber(i + 1), step.title, formatMinutes(step.durationMin)])}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}

export interface DebriefRunnerProps {
  debriefId: string;
  /** Where "reference checks" points: the desk's reference-check form, or a link to it from the call. */
  onShowReferences(): void;
  /** What the host puts under the reference checks' summary (the desk's forms, or a link from the call). */
  references?: ReactNode;
  /** A header action of the host's (back to the list, close). */
  actions?: ReactNode;
}

/** The decision meeting, run where it happens: the agenda on its clocks, each step with what it needs, the vote and the outcome. */
export function DebriefRunner({ debriefId, onShowReferences, references, actions }: DebriefRunnerProps) {
  const handle = useDebrief(debriefId, i18n.t('debrief.runner.saving'));
  const { model } = handle;
  const files = useDebriefFiles(model, handle);
  const [viewing, setViewing] = useState<number | null>(null);
  const events = model?.record.timerEvents;
  const agenda = model ? agendaOf(model.view.kit) : null;
  const current = agenda && events ? agendaState(agenda, events, 0).stepIndex : 0;
  const running = !!agenda && !!events && agendaState(agenda, events, 0).timer.status === 'running';
  useEffect(() => setViewing(null), [current]);
  if (!model || !agenda)
    return handle.loadError ? (
      <p role="alert" className="p-3 text-sm text-rose-700 dark:text-rose-300">
        {handle.loadError}
      </p>
    ) : (
      <p className="p-3 text-sm">{i18n.t('debrief.runner.loading')}</p>
    );
  const shown = viewing ?? current;
  const { view, record } = model;
  return (
    <div className="space-y-3">
      <PrintOutcome model={model} />
      <header className="flex flex-wrap items-baseline justify-between gap-2 print:hidden">
        <div>
          <h2 className="text-lg font-semibold">{i18n.t('debrief.runner.title', [view.candidate])}</h2>
          <p className={mutedText}>
            {record.facilitator ? i18n.t('debrief.runner.bylineBy', [view.kit.title, record.facilitator]) : view.kit.title}
            {record.status === 'closed' && ` · ${i18n.t('debrief.runner.closed')}`}
          </p>
        </div>
        {actions}
      </header>
      <div className="space-y-3 print:hidden">
        <OutcomeLine outcome={handle.outcome} />
        <Visibility model={model} handle={handle} />
        <Headline headline={model.outcome.headline} />
        <AgendaBar agenda={agenda} events={record.timerEvents} busy={handle.busy} onTimer={(action) => void handle.timer(action)} />
        <StepList
          model={model}
          shown={shown}
          current={current}
          running={running}
          onPick={(i) => (running && i !== current ? void handle.timer({ jump: i }) : setViewing(i))}
        />
        {view.columns.length === 0 ? (
          <p className="text-sm">{i18n.t('debrief.runner.noScorecards')}</p>
        ) : (
          <StepContent model={model} agenda={agenda} stepIndex={shown} handle={handle} onShowReferences={onShowReferences} />
        )}
        <Conflicts model={model} handle={handle} />
        <section aria-labelledby={`${record.id}-files`} className="space-y-2">
          <h3 id={`${record.id}-files`} className="text-base font-semibold">
            {i18n.t('debrief.runner.scorecards')}
          </h3>
          <DebriefFiles
            files={record.files}
            reports={model.reports}
            reading={files.reading}
            notice={files.notice}
            onAdd={(list) => void files.add(list)}
            onCancel={files.cancel}
            onRemove={files.remove}
          />
          {view.excluded.length > 0 && (
            <section aria-label={i18n.t('debrief.runner.setAside')} className="text-sm">
              <h4 className="font-semibold">{i18n.t('debrief.runner.setAside')}</h4>
              <ul className="list-disc pl-5">
                {view.excluded.map(({ card: c, text }) => (
                  <li key={c.interviewId}>{i18n.t('debrief.runner.setAsideItem', [c.interviewer, c.roundTitle, text])}</li>
                ))}
              </ul>
            </section>
          )}
        </section>
        <section aria-labelledby={`${record.id}-references`} className="space-y-2">
          <h3 id={`${record.id}-references`} className="text-base font-semibold">
            {i18n.t('debrief.runner.references')}
          </h3>
          <ReferenceList checks={model.outcome.references} />
          {references}
        </section>
        <ShareOutcome model={model} />
      </div>
    </div>
  );
}

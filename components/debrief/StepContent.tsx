import { i18n } from '#i18n';
import type { DebriefAgenda } from '@/utils/domain/kit/schema';
import type { DebriefModel } from '@/utils/domain/debrief/model';
import { useClock } from '@/components/hooks/useNow';
import { mutedText } from '@/components/common/styles';
import type { DebriefHandle } from './useDebrief';
import { ImpressionsStep } from './steps/ImpressionsStep';
import { CategoryStep } from './steps/CategoryStep';
import { ConcernsStep, StrengthsStep } from './steps/FlagsSteps';
import { VoteStep } from './steps/VoteStep';

export interface StepContentProps {
  model: DebriefModel;
  agenda: DebriefAgenda;
  stepIndex: number;
  handle: DebriefHandle;
  onShowReferences(): void;
}

/** What the shown step needs from the merged scorecards, by the step's kind. */
export function StepContent({ model, agenda, stepIndex, handle, onShowReferences }: StepContentProps) {
  const clock = useClock();
  const step = agenda.steps[stepIndex]!;
  const { view } = model;
  let body;
  switch (step.kind) {
    case 'impressions':
      body = (
        <ImpressionsStep
          view={view}
          agenda={agenda}
          record={model.record}
          stepIndex={stepIndex}
          busy={handle.busy}
          onFloor={(index) =>
            void handle.send(i18n.t('debrief.impressions.passing'), 'debriefs.speaker', { id: model.record.id, index, at: clock() })
          }
        />
      );
      break;
    case 'by-category':
      body = <CategoryStep view={view} calibration={model.calibration} />;
      break;
    case 'concerns':
      body = <ConcernsStep view={view} />;
      break;
    case 'strengths':
      body = <StrengthsStep view={view} />;
      break;
    case 'vote':
      body = <VoteStep model={model} handle={handle} onShowReferences={onShowReferences} />;
      break;
    default:
      body = <p className={mutedText}>{i18n.t('debrief.steps.free')}</p>;
  }
  return (
    <section aria-labelledby={`debrief-step-${step.id}`} className="space-y-2">
      <h3 id={`debrief-step-${step.id}`} className="text-base font-semibold">
        {step.title}
      </h3>
      {body}
    </section>
  );
}

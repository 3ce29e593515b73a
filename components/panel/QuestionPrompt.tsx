import { i18n } from '#i18n';
import type { Question } from '@/utils/domain/kit/schema';
import type { Answer } from '@/utils/domain/interview/schema';
import { CodeBlock } from '@/components/common/CodeBlock';
import { focusRing, labelText } from '@/components/common/styles';

export interface QuestionPromptProps {
  question: Question;
  answer: Answer | undefined;
  locked: boolean;
  onTick(pointsTicked: number[]): void;
}

/** What to ask (the prompt, further prompts, the code to show) and what to listen for, ticked off as it comes. */
export function QuestionPrompt({ question, answer, locked, onTick }: QuestionPromptProps) {
  const ticked = new Set(answer?.pointsTicked ?? []);
  const toggle = (index: number, on: boolean) => {
    const next = new Set(ticked);
    if (on) next.add(index);
    else next.delete(index);
    onTick([...next].sort((a, b) => a - b));
  };
  return (
    <>
      {question.title && <p className="text-sm">{i18n.t('panel.question.quoted', [question.prompt])}</p>}
      {question.extraPrompts.map((prompt) => (
        <p key={prompt} className="text-sm">
          {i18n.t('panel.question.quoted', [prompt])}
        </p>
      ))}
      {question.code && <CodeBlock sample={question.code} />}
      {question.expectedPoints.length > 0 && (
        <fieldset>
          <legend className={labelText}>{question.pointsLabel ?? i18n.t('panel.question.listenFor')}</legend>
          <ul className="mt-1 space-y-0.5">
            {question.expectedPoints.map((point, index) => (
              <li key={index}>
                <label className="flex items-start gap-2 text-sm">
                  <input
                    type="checkbox"
                    checked={ticked.has(index)}
                    disabled={locked}
                    onChange={(e) => toggle(index, e.target.checked)}
                    className={`mt-0.5 size-4 shrink-0 accent-emerald-700 ${focusRing}`}
                  />
                  <span className={ticked.has(index) ? 'text-zinc-900 dark:text-zinc-50' : 'text-zinc-700 dark:text-zinc-300'}>
                    {point}
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      )}
      {question.followUps.length > 0 && (
        <div>
          <p className={labelText}>{i18n.t('panel.question.followUps')}</p>
          <ul className="mt-1 list-disc space-y-0.5 pl-5 text-sm">
            {question.followUps.map((f) => (
              <li key={f}>{f}</li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}

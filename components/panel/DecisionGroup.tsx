import { useId } from 'react';
import { i18n } from '#i18n';
import type { DecisionOption } from '@/utils/domain/kit/schema';
import { focusRing, labelText, mutedText } from '@/components/common/styles';

export interface DecisionGroupProps {
  options: readonly DecisionOption[];
  value: string | null;
  /** What the scores suggest; shown as a hint, never chosen for the interviewer. */
  suggestedId: string | null;
  disabled: boolean;
  onChange(id: string): void;
}

/** The interviewer's decision among the kit's options (Strong Yes / Yes / Maybe / No). */
export function DecisionGroup({ options, value, suggestedId, disabled, onChange }: DecisionGroupProps) {
  const labelId = useId();
  const name = useId();
  const suggested = options.find((o) => o.id === suggestedId);
  return (
    <div>
      <p id={labelId} className={labelText}>
        {i18n.t('panel.decision.label')}
      </p>
      {suggested && <p className={mutedText}>{i18n.t('panel.decision.suggested', [suggested.label])}</p>}
      <div role="radiogroup" aria-labelledby={labelId} aria-required="true" className="mt-1 grid grid-cols-2 gap-1">
        {options.map((option) => {
          const meaningId = `${name}-${option.id}`;
          return (
            <label
              key={option.id}
              className={`flex cursor-pointer items-start gap-2 rounded-md border border-zinc-300 p-2 text-sm has-checked:border-sky-700 has-checked:bg-sky-50 dark:border-zinc-600 dark:has-checked:border-sky-400 dark:has-checked:bg-sky-950 ${disabled ? 'cursor-not-allowed opacity-70' : ''}`}
            >
              <input
                type="radio"
                name={name}
                value={option.id}
                checked={value === option.id}
                disabled={disabled}
                aria-labelledby={`${meaningId}-label`}
                aria-describedby={option.meaning ? meaningId : undefined}
                onChange={() => onChange(option.id)}
                className={`mt-0.5 size-4 accent-sky-700 ${focusRing}`}
              />
              <span>
                <span id={`${meaningId}-label`} className="font-medium">
                  {option.label}
                </span>
                {option.meaning && (
                  <span id={meaningId} className={`block ${mutedText}`}>
                    {option.meaning}
                  </span>
                )}
              </span>
            </label>
          );
        })}
      </div>
    </div>
  );
}

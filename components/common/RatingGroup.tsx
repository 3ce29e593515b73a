import { useId } from 'react';
import { i18n } from '#i18n';
import { formatNumber } from '@/utils/domain/format';
import { bandOf, type Anchors } from '@/utils/domain/anchors';
import type { Kit } from '@/utils/domain/kit/schema';
import { ScoreAnchors, bandId } from './ScoreAnchors';
import { focusRing, mutedText } from './styles';

export type RatingScale = Kit['ratingScale'];

export const SCORES = [1, 2, 3, 4, 5] as const;

/** "4 Strong — Meets all requirements, clear hire", or just "4" when the kit says nothing about 4. */
export function describeScore(scale: RatingScale, score: number): string {
  const point = scale.find((p) => p.score === score);
  return point ? i18n.t('common.rating.describe', [formatNumber(score), point.label, point.description]) : formatNumber(score);
}

export interface RatingGroupProps {
  /** The group's accessible name: the question's title, or "Rating for Django Expertise". */
  name: string;
  value: number | null;
  scale: RatingScale;
  onChange(score: number): void;
  /** Offers "Clear rating" when given and a score is set. */
  onClear?(): void;
  disabled?: boolean;
  /** What each score means here, shown under the buttons; each radio is described by its band. Left out: the caller shows them. */
  anchors?: Anchors;
}

const optionClass =
  'flex min-h-11 flex-col items-center justify-center rounded-md border border-zinc-300 bg-white px-0 py-1 text-center text-zinc-800 peer-checked:border-sky-700 peer-checked:bg-sky-700 peer-checked:text-white peer-disabled:opacity-50 peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-sky-600 dark:border-zinc-600 dark:bg-zinc-800 dark:text-zinc-100 dark:peer-checked:border-sky-400 dark:peer-checked:bg-sky-400 dark:peer-checked:text-zinc-950 dark:peer-focus-visible:outline-sky-400';

/**
 * A 1-5 score as native radio buttons (arrow keys move between them), each named with the kit's
 * label and description, and the anchors that apply (a criterion's, the round's rubric or the
 * scale) listed underneath so they are read before a score is picked.
 */
export function RatingGroup({ name, value, scale, onChange, onClear, disabled = false, anchors }: RatingGroupProps) {
  const groupName = useId();
  const labelId = useId();
  const anchorsId = useId();
  // The scale is already in each radio's name; a rubric or a criterion's anchors describe it further.
  const describe = anchors && anchors.source !== 'scale';
  return (
    <div>
      <span id={labelId} className="sr-only">
        {name}
      </span>
      <div role="radiogroup" aria-labelledby={labelId} aria-disabled={disabled || undefined} className="grid grid-cols-5 gap-1">
        {SCORES.map((score) => {
          const point = scale.find((p) => p.score === score);
          const band = describe ? bandOf(anchors, score) : undefined;
          return (
            <label
              key={score}
              className={`relative ${disabled ? 'cursor-not-allowed' : 'cursor-pointer'}`}
              title={describeScore(scale, score)}
            >
              <input
                type="radio"
                name={groupName}
                value={score}
                checked={value === score}
                disabled={disabled}
                onChange={() => onChange(score)}
                aria-describedby={band ? bandId(anchorsId, band) : undefined}
                className="peer sr-only"
              />
              <span className={optionClass}>
                <span aria-hidden="true" className="text-base font-semibold leading-none tabular-nums">
                  {formatNumber(score)}
                </span>
                {point && (
                  <span aria-hidden="true" className="mt-0.5 max-w-full truncate text-[10px] leading-tight tracking-tight">
                    {point.label}
                  </span>
                )}
                <span className="sr-only">{describeScore(scale, score)}</span>
              </span>
            </label>
          );
        })}
      </div>
      {anchors && <ScoreAnchors id={anchorsId} anchors={anchors} value={value} label={i18n.t('common.anchors.labelFor', [name])} />}
      <div className="mt-1 flex items-start justify-between gap-2">
        <p className={mutedText} aria-hidden="true">
          {value ? (anchors ? '' : describeScore(scale, value)) : i18n.t('common.rating.notRated')}
        </p>
        {onClear && value !== null && !disabled && (
          <button
            type="button"
            onClick={onClear}
            aria-label={i18n.t('common.rating.clearFor', [name])}
            className={`shrink-0 text-xs text-sky-800 underline dark:text-sky-300 ${focusRing}`}
          >
            {i18n.t('common.rating.clear')}
          </button>
        )}
      </div>
    </div>
  );
}

import { i18n } from '#i18n';
import { formatLocalScore } from '@/utils/domain/format';
import type { Debrief, GatheredFlag } from '@/utils/domain/debrief/build';
import { concernsOf, strengthsOf, type FailedMinimum } from '@/utils/domain/debrief/steps';
import { mutedText } from '@/components/common/styles';
import { ColumnName } from '../ColumnName';

function FlagList({ label, flags, empty }: { label: string; flags: GatheredFlag[]; empty: string }) {
  return (
    <section aria-label={label} className="space-y-1">
      <h4 className="text-sm font-semibold">{label}</h4>
      {flags.length === 0 ? (
        <p className={mutedText}>{empty}</p>
      ) : (
        <ul className="list-disc space-y-1 pl-5 text-sm">
          {flags.map((f, i) => (
            <li key={i}>
              {f.text}{' '}
              <span className={mutedText}>{f.at ? i18n.t('debrief.flags.byAt', [f.by, f.at]) : i18n.t('debrief.flags.by', [f.by])}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Minimums({ label, list, empty }: { label: string; list: FailedMinimum[]; empty?: string }) {
  if (list.length === 0 && !empty) return null;
  return (
    <section aria-label={label} className="space-y-1">
      <h4 className="text-sm font-semibold">{label}</h4>
      {list.length === 0 ? (
        <p className={mutedText}>{empty}</p>
      ) : (
        <ul className="list-disc space-y-1 pl-5 text-sm">
          {list.map(({ category, under }) => (
            <li key={category.categoryId}>
              {i18n.t('debrief.concerns.minimum', [category.name, formatLocalScore(category.mean), formatLocalScore(category.minScore)])}
              {under.length > 0 && (
                <ul className="mt-0.5">
                  {under.map(({ column, score }) => (
                    <li key={column.label} className={mutedText}>
                      <ColumnName column={column} />
                      {i18n.t('debrief.concerns.scoredUnder', [formatLocalScore(score)])}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Concerns and red flags: who raised each and when in their round, and the minimums the candidate fails. */
export function ConcernsStep({ view }: { view: Debrief }) {
  const concerns = concernsOf(view);
  return (
    <div className="space-y-3">
      <FlagList label={i18n.t('debrief.flags.red')} flags={concerns.redFlags} empty={i18n.t('debrief.flags.noRed')} />
      <Minimums label={i18n.t('debrief.concerns.failed')} list={concerns.failed} empty={i18n.t('debrief.concerns.noneFailed')} />
      <Minimums label={i18n.t('debrief.concerns.someoneUnder')} list={concerns.someoneUnder} />
    </div>
  );
}

/** Strengths: green flags and the highest-scored evidence. */
export function StrengthsStep({ view }: { view: Debrief }) {
  const strengths = strengthsOf(view);
  return (
    <div className="space-y-3">
      <FlagList label={i18n.t('debrief.flags.green')} flags={strengths.greenFlags} empty={i18n.t('debrief.flags.noGreen')} />
      <section aria-label={i18n.t('debrief.strengths.best')} className="space-y-1">
        <h4 className="text-sm font-semibold">{i18n.t('debrief.strengths.best')}</h4>
        {strengths.best.length === 0 ? (
          <p className={mutedText}>{i18n.t('debrief.strengths.noneBest')}</p>
        ) : (
          <ul className="space-y-1 text-sm">
            {strengths.best.map((e) => (
              <li key={`${e.column.label}:${e.questionId}`}>
                <ColumnName column={e.column} />
                <span className="font-medium">{e.question}</span>{' '}
                <span className={`tabular-nums ${mutedText}`}>
                  {e.categoryName
                    ? i18n.t('debrief.strengths.scoreIn', [formatLocalScore(e.score), e.categoryName])
                    : i18n.t('debrief.byCategory.questionScore', [formatLocalScore(e.score)])}
                </span>
                {e.notes.trim() && <span className="block whitespace-pre-wrap">{e.notes}</span>}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

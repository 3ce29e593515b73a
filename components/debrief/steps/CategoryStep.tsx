import { i18n } from '#i18n';
import { formatLocalScore, formatNumber } from '@/utils/domain/format';
import type { Debrief } from '@/utils/domain/debrief/build';
import type { DebriefCategory } from '@/utils/domain/debrief/combine';
import type { Calibration } from '@/utils/domain/debrief/calibration';
import { evidenceFor } from '@/utils/domain/debrief/steps';
import { badgeBad, badgeWarn, mutedText } from '@/components/common/styles';
import { ColumnName } from '../ColumnName';
import { DebriefChart } from '../DebriefChart';
import { ScoreTable } from '../ScoreTable';

/** Each interviewer's score and evidence notes for one category, behind one click. */
function CategoryEvidence({ view, category }: { view: Debrief; category: DebriefCategory }) {
  const rows = evidenceFor(view, category);
  return (
    <details className="rounded-md border border-zinc-200 p-2 text-sm dark:border-zinc-700">
      <summary className="cursor-pointer">
        <span className="font-medium">{i18n.t('debrief.byCategory.evidenceFor', [category.name])}</span>{' '}
        <span className={mutedText}>
          {i18n.t('debrief.byCategory.summaryLine', [
            formatLocalScore(category.mean),
            formatLocalScore(category.minScore),
            formatLocalScore(category.spread),
          ])}
        </span>{' '}
        {category.disagreement && <span className={badgeWarn}>{i18n.t('debrief.scores.disagreement')}</span>}{' '}
        {category.belowMinimum && <span className={badgeBad}>{i18n.t('debrief.scores.belowMinimum')}</span>}
      </summary>
      <ul aria-label={i18n.t('debrief.byCategory.evidenceFor', [category.name])} className="mt-2 space-y-2">
        {rows.map(({ column, score, evidence, hasEvidence }) => (
          <li key={column.label}>
            <ColumnName column={column} />
            <span className="tabular-nums">{i18n.t('debrief.byCategory.scored', [formatLocalScore(score)])}</span>
            {!hasEvidence ? (
              <p className={mutedText}>{i18n.t('debrief.byCategory.noNotesInFile')}</p>
            ) : evidence.length === 0 ? (
              <p className={mutedText}>{i18n.t('debrief.byCategory.noEvidence')}</p>
            ) : (
              <ul className="mt-1 list-disc space-y-1 pl-5">
                {evidence.map((e) => (
                  <li key={e.questionId}>
                    <span className="font-medium">{e.question}</span>{' '}
                    <span className={`tabular-nums ${mutedText}`}>
                      {i18n.t('debrief.byCategory.questionScore', [formatLocalScore(e.score)])}
                    </span>
                    {e.notes.trim() ? (
                      <span className="block whitespace-pre-wrap">{e.notes}</span>
                    ) : (
                      <span className={`block ${mutedText}`}>{i18n.t('debrief.byCategory.noNotes')}</span>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}

/** How each interviewer tends to score against the panel, from past debriefs: context, never a correction. */
function CalibrationNote({ calibration }: { calibration: Calibration[] }) {
  if (calibration.length === 0) return null;
  return (
    <section aria-label={i18n.t('debrief.byCategory.calibrationLabel')} className={`space-y-1 ${mutedText}`}>
      <p>{i18n.t('debrief.byCategory.calibrationIntro')}</p>
      <ul className="list-disc pl-5">
        {calibration.map((c) => (
          <li key={c.interviewer}>
            {Math.abs(c.offset) < 0.05
              ? i18n.t('debrief.byCategory.calibrationEven', c.debriefs, [
                  c.interviewer,
                  formatNumber(c.debriefs),
                  formatLocalScore(c.spread),
                ])
              : c.offset > 0
                ? i18n.t('debrief.byCategory.calibrationAbove', c.debriefs, [
                    c.interviewer,
                    formatLocalScore(c.offset),
                    formatNumber(c.debriefs),
                    formatLocalScore(c.spread),
                  ])
                : i18n.t('debrief.byCategory.calibrationBelow', c.debriefs, [
                    c.interviewer,
                    formatLocalScore(-c.offset),
                    formatNumber(c.debriefs),
                    formatLocalScore(c.spread),
                  ])}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Scores by category: spread, disagreements and minimums, each interviewer's evidence one click away, calibration as quiet context. */
export function CategoryStep({ view, calibration }: { view: Debrief; calibration: Calibration[] }) {
  return (
    <div className="space-y-3">
      <ScoreTable view={view} />
      <div className="space-y-2">
        {view.scores.categories.map((category) => (
          <CategoryEvidence key={category.categoryId} view={view} category={category} />
        ))}
      </div>
      <CalibrationNote calibration={calibration} />
      <DebriefChart view={view} />
    </div>
  );
}

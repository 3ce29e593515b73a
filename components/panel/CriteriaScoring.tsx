import { useId } from 'react';
import { i18n } from '#i18n';
import type { Question } from '@/utils/domain/kit/schema';
import type { Answer } from '@/utils/domain/interview/schema';
import { anchorsFor } from '@/utils/domain/anchors';
import { questionResult } from '@/utils/domain/criteria-scores';
import { formatLocalScore, formatNumber, formatPercent } from '@/utils/domain/format';
import { RatingGroup } from '@/components/common/RatingGroup';
import { ScoreAnchors } from '@/components/common/ScoreAnchors';
import { labelText, mutedText } from '@/components/common/styles';
import { useInterviewFrame } from './InterviewContext';
import { questionName } from './question-text';

export interface CriteriaScoringProps {
  question: Question;
  answer: Answer | undefined;
  disabled: boolean;
  onScore(criterionId: string, score: number | null): void;
}

/** The question's score, said as what it is: "Weighted score 3.4, from 5 of 5 criteria". */
function WeightedLine({ question, answer }: { question: Question; answer: Answer | undefined }) {
  const result = questionResult(question, answer);
  const total = formatNumber(question.criteria.length);
  return (
    <p className="rounded-md bg-zinc-100 px-2 py-1 text-sm dark:bg-zinc-800">
      {result.source === 'criteria'
        ? i18n.t('panel.criteria.weighted', [formatLocalScore(result.score), formatNumber(result.scoredCriteria), total])
        : result.source === 'single'
          ? i18n.t('panel.criteria.single', [formatLocalScore(result.score)])
          : i18n.t('panel.criteria.none', [total])}
    </p>
  );
}

/**
 * A question weighed on criteria ("Service Design (20%)"): each criterion with its points and
 * its own 1-5, and the question's score as their weighted mean. Anchors shared by every
 * criterion are listed once, above them.
 */
export function CriteriaScoring({ question, answer, disabled, onScore }: CriteriaScoringProps) {
  const { kit, round } = useInterviewFrame();
  const sharedId = useId();
  const name = questionName(question);
  const shared = question.criteria.every((c) => c.anchors.length === 0) ? anchorsFor(kit, round) : null;
  return (
    <div role="group" aria-label={i18n.t('panel.criteria.groupLabel', [name])} className="space-y-3">
      <p className={labelText}>{i18n.t('panel.criteria.intro', [formatNumber(question.criteria.length)])}</p>
      {shared && <ScoreAnchors id={sharedId} anchors={shared} value={null} label={i18n.t('panel.criteria.sharedAnchors')} />}
      {question.criteria.map((criterion) => {
        const score = answer?.criteriaScores?.[criterion.id] ?? null;
        const heading = i18n.t('panel.criteria.name', [criterion.name, formatPercent(criterion.weightPct)]);
        return (
          <div key={criterion.id} data-criterion={criterion.id} className="rounded-md border border-zinc-200 p-2 dark:border-zinc-700">
            <h4 className="text-sm font-medium">{heading}</h4>
            {criterion.points.length > 0 && (
              <ul className={`mb-1 list-disc pl-5 ${mutedText}`} aria-label={i18n.t('panel.criteria.pointsFor', [criterion.name])}>
                {criterion.points.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            )}
            <RatingGroup
              name={heading}
              value={score}
              scale={kit.ratingScale}
              disabled={disabled}
              anchors={shared ? undefined : anchorsFor(kit, round, criterion)}
              onChange={(s) => onScore(criterion.id, s)}
              onClear={() => onScore(criterion.id, null)}
            />
          </div>
        );
      })}
      <WeightedLine question={question} answer={answer} />
    </div>
  );
}

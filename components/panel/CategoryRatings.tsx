import type { Kit, Round } from '@/utils/kit/schema';
import { formatScore, type ScoreSummary } from '@/utils/scoring';
import type { InterviewActions } from '@/hooks/useInterview';
import { RatingGroup } from '@/components/common/RatingGroup';
import { mutedText } from '@/components/common/styles';

export interface CategoryRatingsProps {
  kit: Kit;
  round: Round;
  ratings: Record<string, number>;
  /** Scores from the questions alone (no category ratings), to show what a rating would replace. */
  fromQuestions: ScoreSummary;
  locked: boolean;
  actions: InterviewActions;
}

/**
 * An explicit 1-5 for each category this round feeds. A rating overrides the
 * mean of the category's questions, which is shown alongside for reference.
 */
export function CategoryRatings({ kit, round, ratings, fromQuestions, locked, actions }: CategoryRatingsProps) {
  const categories = round.categoryIds.flatMap((id) => kit.categories.filter((c) => c.id === id));
  if (categories.length === 0) return null;
  return (
    <section aria-labelledby="category-ratings-heading" className="space-y-3">
      <h2 id="category-ratings-heading" className="text-sm font-semibold">
        Category ratings
      </h2>
      <p className={mutedText}>Optional. A rating here replaces the average of the category&apos;s questions.</p>
      {categories.map((category) => {
        const mean = fromQuestions.categories.find((c) => c.categoryId === category.id && c.scoredQuestions > 0);
        return (
          <div key={category.id}>
            <div className="mb-1 flex items-baseline justify-between gap-2">
              <h3 className="text-sm font-medium">{category.name}</h3>
              <span className={`shrink-0 ${mutedText}`}>
                {category.weightPct}% · min {formatScore(category.minScore)}
              </span>
            </div>
            <RatingGroup
              name={`Rating for ${category.name}`}
              value={ratings[category.id] ?? null}
              scale={kit.ratingScale}
              disabled={locked}
              onChange={(s) => actions.update({ categoryRatings: { [category.id]: s } })}
              onClear={() => actions.update({ categoryRatings: { [category.id]: null } })}
            />
            {mean && (
              <p className={mutedText}>
                Questions so far: {formatScore(mean.score)} ({mean.scoredQuestions} scored)
              </p>
            )}
          </div>
        );
      })}
    </section>
  );
}

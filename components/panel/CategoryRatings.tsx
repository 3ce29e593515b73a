import { i18n } from '#i18n';
import { formatLocalScore, formatNumber, formatPercent } from '@/utils/domain/format';
import { RatingGroup } from '@/components/common/RatingGroup';
import { mutedText } from '@/components/common/styles';
import { useInterviewFrame, useScorecard } from './InterviewContext';

/**
 * An explicit 1-5 for each category this round feeds. A rating overrides the
 * mean of the category's questions, which is shown alongside for reference.
 */
export function CategoryRatings() {
  const { kit, round, locked, actions } = useInterviewFrame();
  const { view, fromQuestions } = useScorecard();
  const ratings = view.interview.categoryRatings;
  const categories = round.categoryIds.flatMap((id) => kit.categories.filter((c) => c.id === id));
  if (categories.length === 0) return null;
  return (
    <section aria-labelledby="category-ratings-heading" className="space-y-3">
      <h2 id="category-ratings-heading" className="text-sm font-semibold">
        {i18n.t('panel.ratings.title')}
      </h2>
      <p className={mutedText}>{i18n.t('panel.ratings.hint')}</p>
      {categories.map((category) => {
        const mean = fromQuestions.categories.find((c) => c.categoryId === category.id && c.scoredQuestions > 0);
        return (
          <div key={category.id}>
            <div className="mb-1 flex items-baseline justify-between gap-2">
              <h3 className="text-sm font-medium">{category.name}</h3>
              <span className={`shrink-0 ${mutedText}`}>
                {i18n.t('panel.ratings.weightAndMin', [formatPercent(category.weightPct), formatLocalScore(category.minScore)])}
              </span>
            </div>
            <RatingGroup
              name={i18n.t('panel.ratings.ratingFor', [category.name])}
              value={ratings[category.id] ?? null}
              scale={kit.ratingScale}
              disabled={locked}
              onChange={(s) => actions.update({ categoryRatings: { [category.id]: s } })}
              onClear={() => actions.update({ categoryRatings: { [category.id]: null } })}
            />
            {mean && (
              <p className={mutedText}>
                {i18n.t('panel.ratings.fromQuestions', mean.scoredQuestions, [
                  formatNumber(mean.scoredQuestions),
                  formatLocalScore(mean.score),
                ])}
              </p>
            )}
          </div>
        );
      })}
    </section>
  );
}

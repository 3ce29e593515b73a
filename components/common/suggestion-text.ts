import { i18n } from '#i18n';
import type { DecisionOption } from '@/utils/domain/kit/schema';
import type { ExplainedSuggestion, SuggestionReason } from '@/utils/domain/suggestion';
import { formatLocalScore } from '@/utils/domain/format';
import { MAYBE_MARGIN } from '@/utils/domain/scoring';

function totalText(reason: Extract<SuggestionReason, { kind: 'total' }>): string {
  const figures: [string, string] = [formatLocalScore(reason.total), formatLocalScore(reason.bar)];
  const mean = reason.basis === 'mean';
  switch (reason.relation) {
    case 'strong':
      return mean ? i18n.t('common.suggestion.meanStrong', figures) : i18n.t('common.suggestion.totalStrong', figures);
    case 'meets':
      return mean ? i18n.t('common.suggestion.meanMeets', figures) : i18n.t('common.suggestion.totalMeets', figures);
    case 'near':
      return mean
        ? i18n.t('common.suggestion.meanNear', [figures[0], figures[1], formatLocalScore(MAYBE_MARGIN)])
        : i18n.t('common.suggestion.totalNear', [figures[0], figures[1], formatLocalScore(MAYBE_MARGIN)]);
    case 'below':
      return mean ? i18n.t('common.suggestion.meanBelow', figures) : i18n.t('common.suggestion.totalBelow', figures);
  }
}

export function reasonText(reason: SuggestionReason): string {
  if (reason.kind === 'below-minimum')
    return i18n.t('common.suggestion.belowMinimum', [reason.name, formatLocalScore(reason.score), formatLocalScore(reason.minScore)]);
  if (reason.kind === 'no-minimum-failed') return i18n.t('common.suggestion.noMinimumFailed');
  return totalText(reason);
}

/** "Suggests No: Communication 3 is below its minimum of 4; weighted total 3.43 is below 3.5." */
export function suggestionSentence(explained: ExplainedSuggestion, options: readonly DecisionOption[]): string {
  const label = options.find((o) => o.id === explained.decisionId)?.label ?? explained.decisionId;
  return i18n.t('common.suggestion.sentence', [label, explained.reasons.map(reasonText).join(i18n.t('common.suggestion.separator'))]);
}

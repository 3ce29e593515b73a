import { i18n } from '#i18n';
import { formatLocalScore, formatNumber } from '@/utils/domain/format';
import { passesBar, type Headline as HeadlineModel } from '@/utils/domain/debrief/headline';
import { badgeBad, badgeGood, badgeNeutral } from '@/components/common/styles';

function text(h: HeadlineModel): string {
  switch (h.kind) {
    case 'nothing-scored':
      return i18n.t('debrief.headline.nothingScored');
    case 'meets':
      return i18n.t('debrief.headline.meets', [formatLocalScore(h.total), formatLocalScore(h.threshold)]);
    case 'below-threshold':
      return i18n.t('debrief.headline.belowThreshold', [formatLocalScore(h.total), formatLocalScore(h.threshold)]);
    case 'below-minimums':
      return i18n.t('debrief.headline.belowMinimums', h.failed.length, [formatLocalScore(h.total), formatNumber(h.failed.length)]);
    case 'below-both':
      return i18n.t('debrief.headline.belowBoth', h.failed.length, [
        formatLocalScore(h.total),
        formatLocalScore(h.threshold),
        formatNumber(h.failed.length),
      ]);
    case 'no-bar':
      return h.failed.length
        ? i18n.t('debrief.headline.noBarFailed', h.failed.length, [formatLocalScore(h.total), formatNumber(h.failed.length)])
        : i18n.t('debrief.headline.noBar', [formatLocalScore(h.total)]);
  }
}

/** The verdict in one line, which never contradicts the minimums, with the failing categories named. */
export function Headline({ headline }: { headline: HeadlineModel }) {
  const passes = passesBar(headline);
  const failed = 'failed' in headline ? headline.failed : [];
  return (
    <div className="rounded-md bg-zinc-100 p-2 text-sm dark:bg-zinc-800" role="group" aria-label={i18n.t('debrief.headline.label')}>
      <p className="flex flex-wrap items-baseline gap-2">
        <span className={passes === null ? badgeNeutral : passes ? badgeGood : badgeBad}>
          {passes === null
            ? i18n.t('debrief.headline.noVerdict')
            : passes
              ? i18n.t('debrief.headline.passes')
              : i18n.t('debrief.headline.fails')}
        </span>
        <span className="font-medium">{text(headline)}</span>
      </p>
      {failed.length > 0 && <p className="mt-1">{i18n.t('debrief.headline.failedList', [failed.join(', ')])}</p>}
    </div>
  );
}

import { i18n } from '#i18n';
import type { AnchorBand, Anchors } from '@/utils/domain/anchors';
import { formatNumber } from '@/utils/domain/format';

/** "4–5" for a band, "3" for one score. */
export function bandRange(band: Pick<AnchorBand, 'minScore' | 'maxScore'>): string {
  return band.minScore === band.maxScore
    ? formatNumber(band.minScore)
    : i18n.t('common.anchors.range', [formatNumber(band.minScore), formatNumber(band.maxScore)]);
}

/** The id of a band's line, so a score's radio can point at the band it falls in. */
export const bandId = (listId: string, band: AnchorBand) => `${listId}-${band.minScore}-${band.maxScore}`;

export interface ScoreAnchorsProps {
  /** Prefix for the lines' ids. */
  id: string;
  anchors: Anchors;
  /** The score chosen, whose band is marked. */
  value: number | null;
  /** Names the list for assistive tech ("What the scores mean for Service Design"). */
  label: string;
}

/**
 * What each score means, always on screen beside the buttons (no hovering): one short line per
 * band, the chosen one marked. Small type that wraps, so five lines fit a 360-pixel panel.
 */
export function ScoreAnchors({ id, anchors, value, label }: ScoreAnchorsProps) {
  return (
    <ul aria-label={label} className="mt-1 space-y-px text-[11px] leading-snug text-zinc-700 dark:text-zinc-300">
      {anchors.bands.map((band) => {
        const chosen = value !== null && value >= band.minScore && value <= band.maxScore;
        return (
          <li
            key={`${band.minScore}-${band.maxScore}`}
            id={bandId(id, band)}
            className={`rounded px-1 ${chosen ? 'bg-sky-100 font-medium text-sky-950 dark:bg-sky-900 dark:text-sky-50' : ''}`}
          >
            <span className="font-semibold tabular-nums">{bandRange(band)}</span>{' '}
            {i18n.t('common.anchors.band', [band.label, band.description])}
            {chosen && <span className="sr-only"> {i18n.t('common.anchors.chosen')}</span>}
          </li>
        );
      })}
    </ul>
  );
}

import type { MouseEvent } from 'react';
import { i18n } from '#i18n';
import { formatDateTimeShort, formatNumber } from '@/utils/domain/format';
import type { InterviewRow } from '@/utils/protocol';
import { buttonQuiet, focusRing, mutedText } from '@/components/common/styles';

export interface UnsubmittedListProps {
  rows: InterviewRow[];
  /** All unsubmitted scorecards, of which `rows` are the newest. */
  total: number;
  /** The desk's address, for the link to the scorecards not listed here. */
  deskHref: string;
  /** The address of one scorecard in the desk. */
  linkTo(interviewId: string): string;
  /** Click handler for a scorecard's link (opens it in the desk). */
  onOpen(interviewId: string): (event: MouseEvent<HTMLAnchorElement>) => void;
  onOpenDesk(event: MouseEvent<HTMLAnchorElement>): void;
}

function stage(row: InterviewRow): string {
  const { interview } = row;
  if (interview.finishedAt !== undefined) return i18n.t('popup.unsubmitted.finished');
  if (interview.startedAt !== undefined) return i18n.t('popup.unsubmitted.inProgress');
  return i18n.t('popup.unsubmitted.notStarted');
}

/** Scorecards still in draft: the ones that are easy to forget once the call is over. */
export function UnsubmittedList({ rows, total, deskHref, linkTo, onOpen, onOpenDesk }: UnsubmittedListProps) {
  const summary = (row: InterviewRow) =>
    i18n.t('popup.unsubmitted.detail', [
      row.roundTitle,
      formatDateTimeShort(row.interview.startedAt ?? row.interview.createdAt),
      stage(row),
    ]);
  return (
    <section aria-labelledby="unsubmitted-heading" className="space-y-2">
      {/* One name for the heading and its count, whatever spacing the browser puts between the visual pieces. */}
      <h2
        id="unsubmitted-heading"
        aria-label={i18n.t('popup.unsubmitted.headingWithCount', [formatNumber(total)])}
        className="flex items-center gap-2 text-sm font-semibold"
      >
        <span aria-hidden="true">{i18n.t('popup.unsubmitted.heading')}</span>
        <span
          aria-hidden="true"
          className={`rounded-full px-2 py-0.5 text-xs tabular-nums ${total > 0 ? 'bg-amber-100 text-amber-900 dark:bg-amber-900 dark:text-amber-100' : 'bg-zinc-100 text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300'}`}
        >
          {formatNumber(total)}
        </span>
      </h2>
      {total === 0 ? (
        <p className={mutedText}>{i18n.t('popup.unsubmitted.none')}</p>
      ) : (
        <ul className="space-y-1">
          {rows.map((row) => (
            <li key={row.interview.id}>
              <a
                href={linkTo(row.interview.id)}
                target="_blank"
                rel="noopener"
                onClick={onOpen(row.interview.id)}
                aria-label={i18n.t('popup.unsubmitted.open', [row.candidate.name, summary(row)])}
                className={`block w-full rounded-md border border-zinc-200 bg-white px-2 py-1.5 text-left hover:bg-zinc-50 dark:border-zinc-700 dark:bg-zinc-900 dark:hover:bg-zinc-800 ${focusRing}`}
              >
                <span className="block text-sm font-medium">{row.candidate.name}</span>
                <span className={`block ${mutedText}`}>{summary(row)}</span>
              </a>
            </li>
          ))}
        </ul>
      )}
      {total > rows.length && (
        <a href={deskHref} target="_blank" rel="noopener" onClick={onOpenDesk} className={`${buttonQuiet} w-full`}>
          {i18n.t('popup.unsubmitted.moreInDesk', total - rows.length, [formatNumber(total - rows.length)])}
        </a>
      )}
    </section>
  );
}

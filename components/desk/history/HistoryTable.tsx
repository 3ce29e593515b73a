import { i18n } from '#i18n';
import { formatDateTime, formatLocalScore, formatNumber, NO_VALUE } from '@/utils/domain/format';
import type { InterviewRow } from '@/utils/protocol';
import { badgeGood, badgeNeutral, linkText, mutedText } from '@/components/common/styles';
import { DataTable, type Column } from '@/components/common/DataTable';

export interface HistoryTableProps {
  rows: readonly InterviewRow[];
  /** Null until the first page has arrived. */
  total: number | null;
  offset: number;
  selected: ReadonlySet<string>;
  onSelect(ids: readonly string[], on: boolean): void;
  hrefOf(row: InterviewRow): string;
  onOpen(row: InterviewRow): void;
}

/**
 * A row's date and its name for screen readers ("Ana Lima, Screening, 2 Dec 2026, 14:05"), worked
 * out once per row the store sent: three cells use them, and a page re-renders whenever a box is
 * ticked.
 */
const labels = new WeakMap<InterviewRow, { when: string; name: string }>();
function labelsOf(row: InterviewRow): { when: string; name: string } {
  let found = labels.get(row);
  if (!found) {
    const when = formatDateTime(row.interview.startedAt ?? row.interview.createdAt);
    found = { when, name: i18n.t('desk.history.rowName', [row.candidate.name, row.roundTitle, when]) };
    labels.set(row, found);
  }
  return found;
}
const when = (row: InterviewRow) => labelsOf(row).when;
const rowName = (row: InterviewRow) => labelsOf(row).name;

/** One page of interviews, each selectable for export and openable read-only. */
export function HistoryTable({ rows, total, offset, selected, onSelect, hrefOf, onOpen }: HistoryTableProps) {
  const allOnPage = rows.length > 0 && rows.every((r) => selected.has(r.interview.id));
  const submitted = i18n.t('desk.history.submitted');
  const draft = i18n.t('desk.history.draft');
  const open = i18n.t('desk.history.open');
  const columns: Column<InterviewRow>[] = [
    {
      key: 'select',
      header: (
        <input
          type="checkbox"
          aria-label={i18n.t('desk.history.selectPage')}
          checked={allOnPage}
          onChange={(e) =>
            onSelect(
              rows.map((r) => r.interview.id),
              e.target.checked,
            )
          }
        />
      ),
      cell: (row) => (
        <input
          type="checkbox"
          aria-label={i18n.t('desk.history.selectRow', [rowName(row)])}
          checked={selected.has(row.interview.id)}
          onChange={(e) => onSelect([row.interview.id], e.target.checked)}
        />
      ),
    },
    { key: 'date', header: i18n.t('desk.history.colDate'), cell: when, className: 'whitespace-nowrap' },
    { key: 'candidate', header: i18n.t('desk.history.colCandidate'), cell: (row) => row.candidate.name },
    {
      key: 'kit',
      header: i18n.t('desk.history.colKitRound'),
      cell: (row) => (
        <>
          {row.kitTitle}
          <span className={`block ${mutedText}`}>{row.roundTitle}</span>
        </>
      ),
    },
    { key: 'interviewer', header: i18n.t('desk.history.interviewer'), cell: (row) => row.interview.interviewer },
    {
      key: 'status',
      header: i18n.t('desk.history.status'),
      cell: (row) => (
        <span className={row.interview.status === 'submitted' ? badgeGood : badgeNeutral}>
          {row.interview.status === 'submitted' ? submitted : draft}
        </span>
      ),
    },
    { key: 'total', header: i18n.t('desk.history.colTotal'), numeric: true, cell: (row) => formatLocalScore(row.weightedTotal) },
    { key: 'decision', header: i18n.t('desk.history.colDecision'), cell: (row) => row.decisionLabel || NO_VALUE },
    {
      key: 'open',
      header: i18n.t('desk.history.colOpen'),
      hiddenHeader: true,
      cell: (row) => (
        <a
          href={hrefOf(row)}
          aria-label={i18n.t('desk.history.openRow', [rowName(row)])}
          className={linkText}
          onClick={(e) => {
            e.preventDefault();
            onOpen(row);
          }}
        >
          {open}
        </a>
      ),
    },
  ];
  const caption =
    total === null
      ? i18n.t('desk.history.caption')
      : total
        ? i18n.t('desk.history.captionShowing', total, [formatNumber(total), formatNumber(offset + 1), formatNumber(offset + rows.length)])
        : i18n.t('desk.history.interviewCount', total, [formatNumber(total)]);
  return (
    <div className="overflow-x-auto">
      <DataTable caption={caption} columns={columns} rows={rows} rowKey={(row) => row.interview.id} />
    </div>
  );
}

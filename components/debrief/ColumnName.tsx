import { i18n } from '#i18n';
import type { DebriefColumn } from '@/utils/domain/debrief/build';
import { badgeBad, badgeNeutral, badgeWarn, mutedText } from '@/components/common/styles';

/** The marks a column carries: a draft, a seal that does not vouch for it, another kit version. */
export function ColumnMarks({ column }: { column: DebriefColumn }) {
  const { card } = column;
  return (
    <>
      {card.status === 'draft' && <span className={badgeNeutral}>{i18n.t('debrief.column.draft')}</span>}
      {card.integrity === 'edited-after-submission' && <span className={badgeBad}>{i18n.t('debrief.column.edited')}</span>}
      {card.integrity === 'not-sealed' && <span className={badgeWarn}>{i18n.t('debrief.column.notSealed')}</span>}
      {card.local && <span className={badgeNeutral}>{i18n.t('debrief.column.local')}</span>}
    </>
  );
}

/** "Sam · Technical Phone Screen", interviewer and round, with the column's marks. */
export function ColumnName({ column }: { column: DebriefColumn }) {
  return (
    <span className="mr-2 inline-flex flex-wrap items-baseline gap-1">
      <span className="font-medium">{column.interviewer}</span>
      <span className={mutedText}>{column.roundTitle}</span>
      <ColumnMarks column={column} />
    </span>
  );
}

import { i18n } from '#i18n';
import { formatDateTimeShort, formatNumber } from '@/utils/domain/format';
import { SECTION_ORDER, type SectionName } from '@/utils/domain/backup';
import type { NoteKind, RestoreNote, RestoreSummary } from '@/utils/domain/backup-summary';
import { tableCell, tableHeader, warningText } from '@/components/common/styles';

function partName(section: SectionName): string {
  switch (section) {
    case 'kits':
      return i18n.t('desk.backup.part.kits');
    case 'candidates':
      return i18n.t('desk.backup.part.candidates');
    case 'scorecards':
      return i18n.t('desk.backup.part.interviews');
    case 'debriefs':
      return i18n.t('desk.backup.part.debriefs');
    case 'referenceChecks':
      return i18n.t('desk.backup.part.referenceChecks');
    case 'settings':
      return i18n.t('desk.backup.part.settings');
  }
}

function noteHeading(kind: NoteKind, count: number): string {
  const n: [string] = [formatNumber(count)];
  switch (kind) {
    case 'kept-submitted':
      return i18n.t('desk.backup.note.keptSubmitted', count, n);
    case 'kept-sealed':
      return i18n.t('desk.backup.note.keptSealed', count, n);
    case 'kept-newer':
      return i18n.t('desk.backup.note.keptNewer', count, n);
    case 'kept-different':
      return i18n.t('desk.backup.note.keptDifferent', count, n);
    case 'kit-kept':
      return i18n.t('desk.backup.note.kitKept', count, n);
    case 'edited-after-submission':
      return i18n.t('desk.backup.note.edited', count, n);
    case 'not-sealed':
      return i18n.t('desk.backup.note.notSealed', count, n);
  }
}

const WARNINGS: ReadonlySet<NoteKind> = new Set(['edited-after-submission', 'not-sealed']);
const KINDS: readonly NoteKind[] = [
  'edited-after-submission',
  'not-sealed',
  'kept-submitted',
  'kept-sealed',
  'kept-newer',
  'kept-different',
  'kit-kept',
];

function noteItem({ what }: RestoreNote): string {
  if ('kitId' in what) return i18n.t('desk.backup.note.kit', [what.title, formatNumber(what.version)]);
  return i18n.t('desk.backup.note.interview', [what.candidate, what.roundId, what.interviewer, formatDateTimeShort(what.createdAt)]);
}

/**
 * What a restore would change (its preview, before anything is written) or changed (its result):
 * a row per part of the store, then the interviews and kits a user should know about by name,
 * warnings first (scorecards in the file edited after they were sealed).
 */
export function RestoreSummaryView({ summary, caption }: { summary: RestoreSummary; caption: string }) {
  const columns = [
    i18n.t('desk.backup.col.added'),
    i18n.t('desk.backup.col.updated'),
    i18n.t('desk.backup.col.same'),
    i18n.t('desk.backup.col.kept'),
    ...(summary.removed ? [i18n.t('desk.backup.col.deleted')] : []),
  ];
  return (
    <div className="space-y-2">
      <table className="text-sm">
        <caption className="text-left font-medium">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className={tableHeader}>
              {i18n.t('desk.backup.col.part')}
            </th>
            {columns.map((c) => (
              <th key={c} scope="col" className={tableHeader}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {SECTION_ORDER.map((section) => {
            const t = summary.sections[section];
            const cells = [t.add, t.take, t.same, t.keep, ...(summary.removed ? [summary.removed[section] ?? 0] : [])];
            return (
              <tr key={section}>
                <th scope="row" className={`${tableCell} text-left font-normal`}>
                  {partName(section)}
                </th>
                {cells.map((value, i) => (
                  <td key={i} className={`${tableCell} text-right tabular-nums`}>
                    {formatNumber(value)}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
      {KINDS.filter((kind) => summary.noted[kind]).map((kind) => (
        <div key={kind} className={WARNINGS.has(kind) ? warningText : ''}>
          <p className="text-sm font-medium">{noteHeading(kind, summary.noted[kind]!)}</p>
          <ul className="list-disc pl-5 text-sm">
            {summary.notes
              .filter((n) => n.kind === kind)
              .map((n, i) => (
                <li key={i}>{noteItem(n)}</li>
              ))}
            {summary.noted[kind]! > summary.notes.filter((n) => n.kind === kind).length && (
              <li>
                {i18n.t('desk.backup.note.more', [
                  formatNumber(summary.noted[kind]! - summary.notes.filter((n) => n.kind === kind).length),
                ])}
              </li>
            )}
          </ul>
        </div>
      ))}
    </div>
  );
}

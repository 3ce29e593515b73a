import { i18n } from '#i18n';
import { formatDateTimeShort, formatNumber } from '@/utils/domain/format';
import type { CandidateScorecards } from '@/utils/protocol';
import { useStoreQuery } from '@/components/hooks/useStore';
import { DebriefStart } from '@/components/debrief/DebriefStart';
import { buttonSecondary, card, mutedText } from '@/components/common/styles';

/** A candidate's debriefs, to resume or see again, and a new one to start with the kit their scorecards ran with. */
export function CandidateDebriefs({
  local,
  facilitator,
  onOpen,
}: {
  local: CandidateScorecards;
  facilitator: string;
  onOpen(debriefId: string): void;
}) {
  const rows = useStoreQuery('debriefs.list', { candidateId: local.candidate.id }).data ?? [];
  const kitId = local.scorecards.at(-1)?.interview.kitId;
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <section aria-labelledby="debriefs-held" className="space-y-2">
        <h3 id="debriefs-held" className="text-base font-semibold">
          {i18n.t('desk.debrief.held', [local.candidate.name])}
        </h3>
        {rows.length === 0 ? (
          <p className={mutedText}>{i18n.t('desk.debrief.noneHeld')}</p>
        ) : (
          <ul className="space-y-2">
            {rows.map((row) => (
              <li key={row.id} className={`${card} flex flex-wrap items-center justify-between gap-2 text-sm`}>
                <span>
                  <span className="font-medium">{row.kitTitle}</span>
                  <span className={`block ${mutedText}`}>
                    {i18n.t('desk.debrief.rowDetail', [
                      formatDateTimeShort(row.createdAt),
                      row.status === 'running' ? i18n.t('desk.debrief.running') : i18n.t('desk.debrief.closed'),
                      i18n.t('desk.debrief.files', row.files, [formatNumber(row.files)]),
                      row.decisionLabel || i18n.t('desk.debrief.noDecision'),
                    ])}
                  </span>
                </span>
                <button
                  type="button"
                  className={buttonSecondary}
                  aria-label={i18n.t('desk.debrief.openFrom', [formatDateTimeShort(row.createdAt)])}
                  onClick={() => onOpen(row.id)}
                >
                  {row.status === 'running' ? i18n.t('desk.debrief.resume') : i18n.t('desk.debrief.open')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="debrief-new" className={`${card} space-y-2`}>
        <h3 id="debrief-new" className="text-base font-semibold">
          {i18n.t('desk.debrief.startNew')}
        </h3>
        <DebriefStart key={local.candidate.id} candidate={local.candidate} kitId={kitId} facilitator={facilitator} onOpened={onOpen} />
      </section>
    </div>
  );
}

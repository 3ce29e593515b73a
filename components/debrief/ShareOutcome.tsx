import { i18n } from '#i18n';
import type { DebriefModel } from '@/utils/domain/debrief/model';
import { debriefSummary, outcomeCsv } from '@/utils/domain/debrief/outcome';
import { fileDay } from '@/utils/domain/format';
import { downloadText } from '@/components/common/download';
import { buttonPrimary, buttonSecondary } from '@/components/common/styles';
import { CopySummary } from './CopySummary';

const safe = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '') || 'candidate';

/** The outcome, shared: as CSV, printed on one page, or copied as a summary (Markdown or plain text). */
export function ShareOutcome({ model }: { model: DebriefModel }) {
  const { outcome, view } = model;
  const day = fileDay(model.record.createdAt);
  return (
    <section aria-label={i18n.t('debrief.share.label')} className="space-y-2 print:hidden">
      <h4 className="text-sm font-semibold">{i18n.t('debrief.share.heading')}</h4>
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          className={buttonPrimary}
          onClick={() => downloadText(`panelist-debrief-${safe(view.candidate)}-${day}.csv`, outcomeCsv(outcome))}
        >
          {i18n.t('debrief.share.csv')}
        </button>
        <button type="button" className={buttonSecondary} onClick={() => window.print()}>
          {i18n.t('debrief.share.print')}
        </button>
      </div>
      <CopySummary label={i18n.t('debrief.share.copyLabel')} summary={(format) => debriefSummary(outcome, format)} />
    </section>
  );
}

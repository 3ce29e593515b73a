import { i18n } from '#i18n';
import { formatNumber } from '@/utils/domain/format';
import { mutedText } from './styles';

/** A labelled progress bar for long exports. */
export function Progress({ label, done, total }: { label: string; done: number; total: number }) {
  return (
    <div className="space-y-1">
      <progress className="h-2 w-full" aria-label={label} value={done} max={Math.max(total, 1)} />
      <p className={mutedText}>{i18n.t('desk.ui.progress', [formatNumber(done), formatNumber(total)])}</p>
    </div>
  );
}

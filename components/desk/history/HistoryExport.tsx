import { useState } from 'react';
import { i18n } from '#i18n';
import { formatNumber } from '@/utils/domain/format';
import type { InterviewFilter } from '@/utils/protocol';
import { buttonQuiet, buttonSecondary, labelText } from '@/components/common/styles';
import { SelectField } from '@/components/common/Field';
import { useCsvExport } from './useCsvExport';
import { canSaveToDisk, type ExportShape } from './export-file';

export interface HistoryExportProps {
  selected: ReadonlySet<string>;
  onClearSelection(): void;
  filter: Omit<InterviewFilter, 'offset' | 'limit'>;
  matching: number;
}

/** CSV export of the selection, of everything matching the filters, or of everything. */
export function HistoryExport({ selected, onClearSelection, filter, matching }: HistoryExportProps) {
  const [shape, setShape] = useState<ExportShape>('interviews');
  const [toDisk, setToDisk] = useState(false);
  const exporter = useCsvExport();
  const options = { toDisk };
  return (
    <section aria-labelledby="history-export-heading" className="space-y-2">
      <h3 id="history-export-heading" className="text-base font-semibold">
        {i18n.t('desk.history.exportTitle')}
      </h3>
      <div className="flex flex-wrap items-end gap-2">
        <SelectField<ExportShape>
          label={i18n.t('desk.history.layout')}
          value={shape}
          onChange={setShape}
          options={[
            { value: 'interviews', label: i18n.t('desk.history.rowPerInterview') },
            { value: 'items', label: i18n.t('desk.history.rowPerQuestion') },
          ]}
        />
        <button
          type="button"
          className={buttonSecondary}
          disabled={selected.size === 0 || exporter.busy}
          onClick={() => exporter.exportScope({ ids: [...selected] }, shape, 'selection', options)}
        >
          {i18n.t('desk.history.exportSelected', [formatNumber(selected.size)])}
        </button>
        <button
          type="button"
          className={buttonSecondary}
          disabled={matching === 0 || exporter.busy}
          onClick={() => exporter.exportScope({ filter }, shape, 'filtered', options)}
        >
          {i18n.t('desk.history.exportMatching', [formatNumber(matching)])}
        </button>
        <button
          type="button"
          className={buttonSecondary}
          disabled={exporter.busy}
          onClick={() => exporter.exportScope({ filter: {} }, shape, 'all', options)}
        >
          {i18n.t('desk.history.exportEverything')}
        </button>
        {canSaveToDisk() && (
          <label className={`${labelText} flex items-center gap-2 self-center`}>
            <input type="checkbox" checked={toDisk} onChange={(e) => setToDisk(e.target.checked)} />
            {i18n.t('desk.export.toDisk')}
          </label>
        )}
        {selected.size > 0 && (
          <button type="button" className={buttonQuiet} onClick={onClearSelection}>
            {i18n.t('desk.history.clearSelection')}
          </button>
        )}
      </div>
      {exporter.view}
    </section>
  );
}

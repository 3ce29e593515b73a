import { useMemo } from 'react';
import { i18n } from '#i18n';
import type { KitSummary } from '@/utils/protocol';
import { buttonQuiet, buttonSecondary } from '@/components/common/styles';
import { SelectField, TextField } from '@/components/common/Field';
import type { HistoryFilters } from './filters';

export interface HistoryFilterFormProps {
  filters: HistoryFilters;
  kits: readonly KitSummary[];
  interviewers: readonly string[];
  onChange<K extends keyof HistoryFilters>(key: K, value: HistoryFilters[K]): void;
  onClear(): void;
  /** Set when the list is narrowed to one candidate: a button widens it again. */
  everyCandidate?: { label: string; onClick(): void };
}

/** Search, kit, round, interviewer, status and dates: the history's filters. */
export function HistoryFilterForm({ filters, kits, interviewers, onChange, onClear, everyCandidate }: HistoryFilterFormProps) {
  const rounds = useMemo(() => {
    const source = filters.kitId ? kits.filter((k) => k.id === filters.kitId) : kits;
    const seen = new Map<string, string>();
    for (const kit of source) for (const round of kit.rounds) if (!seen.has(round.id)) seen.set(round.id, round.title);
    return [...seen];
  }, [kits, filters.kitId]);

  return (
    <form
      role="search"
      aria-label={i18n.t('desk.history.filterLabel')}
      className="grid gap-3 sm:grid-cols-4"
      onSubmit={(e) => e.preventDefault()}
    >
      <TextField
        className="sm:col-span-2"
        type="search"
        label={i18n.t('desk.history.search')}
        value={filters.search}
        onChange={(v) => onChange('search', v)}
      />
      <SelectField
        label={i18n.t('desk.history.kit')}
        value={filters.kitId}
        onChange={(v) => onChange('kitId', v)}
        options={[{ value: '', label: i18n.t('desk.history.allKits') }, ...kits.map((k) => ({ value: k.id, label: k.title }))]}
      />
      <SelectField
        label={i18n.t('desk.history.round')}
        value={filters.roundId}
        onChange={(v) => onChange('roundId', v)}
        options={[{ value: '', label: i18n.t('desk.history.allRounds') }, ...rounds.map(([id, title]) => ({ value: id, label: title }))]}
      />
      <SelectField
        label={i18n.t('desk.history.interviewer')}
        value={filters.interviewer}
        onChange={(v) => onChange('interviewer', v)}
        options={[{ value: '', label: i18n.t('desk.history.everyone') }, ...interviewers.map((name) => ({ value: name, label: name }))]}
      />
      <SelectField<HistoryFilters['status']>
        label={i18n.t('desk.history.status')}
        value={filters.status}
        onChange={(v) => onChange('status', v)}
        options={[
          { value: '', label: i18n.t('desk.history.anyStatus') },
          { value: 'draft', label: i18n.t('desk.history.draftOption') },
          { value: 'submitted', label: i18n.t('desk.history.submittedOption') },
        ]}
      />
      <TextField type="date" label={i18n.t('desk.history.from')} value={filters.from} onChange={(v) => onChange('from', v)} />
      <TextField type="date" label={i18n.t('desk.history.to')} value={filters.to} onChange={(v) => onChange('to', v)} />
      <div className="flex items-end gap-2 sm:col-span-4">
        {everyCandidate && (
          <button type="button" className={buttonSecondary} onClick={everyCandidate.onClick}>
            {everyCandidate.label}
          </button>
        )}
        <button type="button" className={buttonQuiet} onClick={onClear}>
          {i18n.t('desk.history.clearFilters')}
        </button>
      </div>
    </form>
  );
}

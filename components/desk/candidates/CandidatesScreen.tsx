import { useState } from 'react';
import { i18n } from '#i18n';
import { formatDateTime, formatNumber, NO_VALUE } from '@/utils/domain/format';
import type { CandidateRow } from '@/utils/protocol';
import { linkText } from '@/components/common/styles';
import { TextField } from '@/components/common/Field';
import { DataTable } from '@/components/common/DataTable';
import { Pager } from '@/components/common/Pager';
import { useDebounced } from '@/components/hooks/useDebounced';
import { useStoreQuery } from '@/components/hooks/useStore';
import type { Navigate } from '../route';
import { CandidateDetail } from './CandidateDetail';

const PAGE = 50;

/** Everyone interviewed in this browser, by name; opening one shows all their rounds side by side. */
export function CandidatesScreen({ params, navigate }: { params: Record<string, string>; navigate: Navigate }) {
  const [search, setSearch] = useState('');
  const [offset, setOffset] = useState(0);
  const settled = useDebounced(search.trim(), 200);
  const page = useStoreQuery('candidates.list', params.id ? null : { search: settled || undefined, offset, limit: PAGE });

  if (params.id) return <CandidateDetail candidateId={params.id} navigate={navigate} />;
  const rows = page.data?.rows ?? [];
  const total = page.data?.total ?? 0;

  return (
    <div className="space-y-4">
      <h2 tabIndex={-1} className="text-lg font-semibold outline-none">
        {i18n.t('desk.candidates.title')}
      </h2>
      <div role="search" className="max-w-md">
        <TextField
          type="search"
          label={i18n.t('desk.candidates.search')}
          value={search}
          onChange={(value) => {
            setSearch(value);
            setOffset(0);
          }}
        />
      </div>
      {params.deleted && (
        <p role="status" className="text-sm">
          {params.deleted}
        </p>
      )}
      <p role="status" className="min-h-5 text-sm">
        {page.loading ? i18n.t('desk.candidates.loading') : ''}
      </p>
      {page.error && (
        <p role="alert" className="text-sm text-rose-700 dark:text-rose-300">
          {page.error.message}
        </p>
      )}
      <DataTable<CandidateRow>
        caption={page.data ? i18n.t('desk.candidates.count', total, [formatNumber(total)]) : i18n.t('desk.candidates.title')}
        rows={rows}
        rowKey={(row) => row.candidate.id}
        columns={[
          {
            key: 'name',
            header: i18n.t('desk.candidates.colName'),
            rowHeader: true,
            cell: (row) => (
              <a
                href={`#/candidates?id=${encodeURIComponent(row.candidate.id)}`}
                className={linkText}
                onClick={(e) => {
                  e.preventDefault();
                  navigate('candidates', { id: row.candidate.id });
                }}
              >
                {row.candidate.name}
              </a>
            ),
          },
          { key: 'email', header: i18n.t('desk.candidates.colEmail'), cell: (row) => row.candidate.email || NO_VALUE },
          {
            key: 'interviews',
            header: i18n.t('desk.candidates.colInterviews'),
            numeric: true,
            cell: (row) => formatNumber(row.interviews),
          },
          { key: 'latest', header: i18n.t('desk.candidates.colLatest'), cell: (row) => formatDateTime(row.lastInterviewAt) },
        ]}
      />
      {page.data && total === 0 && <p className="text-sm">{i18n.t('desk.candidates.noMatch')}</p>}
      <Pager label={i18n.t('desk.candidates.pagesNav')} offset={offset} limit={PAGE} total={total} onOffset={setOffset} />
    </div>
  );
}

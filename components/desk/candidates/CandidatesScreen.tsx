import { useEffect, useId, useState } from 'react';
import { i18n } from '#i18n';
import { formatNumber, NO_VALUE } from '@/utils/domain/format';
import type { CandidateRow } from '@/utils/protocol';
import { request } from '@/utils/client/request';
import { buttonSecondary, focusRing, inputBase, labelText } from '@/components/common/styles';
import type { Navigate } from '../route';
import { OutcomeLine, formatDate, td, th, useAction } from '../ui';
import { CandidateDetail } from './CandidateDetail';

const PAGE = 50;

/** Everyone interviewed in this browser, by name; opening one shows all their rounds side by side. */
export function CandidatesScreen({ params, navigate }: { params: Record<string, string>; navigate: Navigate }) {
  const [search, setSearch] = useState('');
  const [offset, setOffset] = useState(0);
  const [page, setPage] = useState<{ rows: CandidateRow[]; total: number } | null>(null);
  const { outcome, run } = useAction();
  const searchId = useId();

  useEffect(() => {
    if (params.id) return;
    let live = true;
    const timer = setTimeout(
      () =>
        void run(i18n.t('desk.candidates.loading'), async () => {
          const result = await request('candidates.page', { search: search.trim() || undefined, offset, limit: PAGE });
          if (live) setPage(result);
        }),
      search ? 200 : 0,
    );
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [run, search, offset, params.id]);

  if (params.id) return <CandidateDetail candidateId={params.id} navigate={navigate} />;
  const rows = page?.rows ?? [];
  const total = page?.total ?? 0;

  return (
    <div className="space-y-4">
      <h2 tabIndex={-1} className="text-lg font-semibold outline-none">
        {i18n.t('desk.candidates.title')}
      </h2>
      <div role="search" className="max-w-md">
        <label htmlFor={searchId} className={labelText}>
          {i18n.t('desk.candidates.search')}
        </label>
        <input
          id={searchId}
          type="search"
          className={inputBase}
          value={search}
          onChange={(e) => {
            setSearch(e.target.value);
            setOffset(0);
          }}
        />
      </div>
      {params.deleted && (
        <p role="status" className="text-sm">
          {params.deleted}
        </p>
      )}
      <OutcomeLine outcome={outcome} />
      <table className="w-full text-sm">
        <caption className="text-left font-medium">
          {page ? i18n.t('desk.candidates.count', total, [formatNumber(total)]) : i18n.t('desk.candidates.title')}
        </caption>
        <thead>
          <tr className="border-b border-zinc-300 dark:border-zinc-700">
            <th scope="col" className={th}>
              {i18n.t('desk.candidates.colName')}
            </th>
            <th scope="col" className={th}>
              {i18n.t('desk.candidates.colEmail')}
            </th>
            <th scope="col" className={`${th} text-right`}>
              {i18n.t('desk.candidates.colInterviews')}
            </th>
            <th scope="col" className={th}>
              {i18n.t('desk.candidates.colLatest')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.candidate.id} className="border-b border-zinc-200 dark:border-zinc-800">
              <th scope="row" className={`${td} text-left font-normal`}>
                <a
                  href={`#/candidates?id=${encodeURIComponent(row.candidate.id)}`}
                  className={`text-sky-800 underline dark:text-sky-300 ${focusRing}`}
                  onClick={(e) => {
                    e.preventDefault();
                    navigate('candidates', { id: row.candidate.id });
                  }}
                >
                  {row.candidate.name}
                </a>
              </th>
              <td className={td}>{row.candidate.email || NO_VALUE}</td>
              <td className={`${td} text-right tabular-nums`}>{formatNumber(row.interviews)}</td>
              <td className={td}>{formatDate(row.lastInterviewAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {page && total === 0 && <p className="text-sm">{i18n.t('desk.candidates.noMatch')}</p>}
      <nav aria-label={i18n.t('desk.candidates.pagesNav')} className="flex items-center gap-2">
        <button type="button" className={buttonSecondary} disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>
          {i18n.t('desk.history.previousPage')}
        </button>
        <span className="text-sm">
          {i18n.t('desk.history.pageOf', [formatNumber(Math.floor(offset / PAGE) + 1), formatNumber(Math.max(1, Math.ceil(total / PAGE)))])}
        </span>
        <button type="button" className={buttonSecondary} disabled={offset + PAGE >= total} onClick={() => setOffset(offset + PAGE)}>
          {i18n.t('desk.history.nextPage')}
        </button>
      </nav>
    </div>
  );
}

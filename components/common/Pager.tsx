import { useId } from 'react';
import { i18n } from '#i18n';
import { formatNumber } from '@/utils/domain/format';
import { buttonSecondary, inputBase } from './styles';

export interface PagerProps {
  /** Names the navigation landmark ("History pages"). */
  label: string;
  offset: number;
  limit: number;
  total: number;
  onOffset(offset: number): void;
  /** With page sizes to choose from, a "Rows per page" control is shown; changing it returns to the first page. */
  pageSizes?: readonly number[];
  onLimit?(limit: number): void;
}

/** Previous / "Page 2 of 7" / Next for any paged list, with an optional page size. */
export function Pager({ label, offset, limit, total, onOffset, pageSizes, onLimit }: PagerProps) {
  const sizeId = useId();
  return (
    <nav aria-label={label} className="flex flex-wrap items-center gap-2">
      <button type="button" className={buttonSecondary} disabled={offset === 0} onClick={() => onOffset(Math.max(0, offset - limit))}>
        {i18n.t('common.pager.previous')}
      </button>
      <span className="text-sm">
        {i18n.t('common.pager.pageOf', [formatNumber(Math.floor(offset / limit) + 1), formatNumber(Math.max(1, Math.ceil(total / limit)))])}
      </span>
      <button type="button" className={buttonSecondary} disabled={offset + limit >= total} onClick={() => onOffset(offset + limit)}>
        {i18n.t('common.pager.next')}
      </button>
      {pageSizes && onLimit && (
        <>
          <label htmlFor={sizeId} className="ml-4 text-sm">
            {i18n.t('common.pager.rowsPerPage')}
          </label>
          <select
            id={sizeId}
            className={inputBase.replace('w-full', 'w-20')}
            value={limit}
            onChange={(e) => {
              onLimit(Number(e.target.value));
              onOffset(0);
            }}
          >
            {pageSizes.map((n) => (
              <option key={n} value={n}>
                {formatNumber(n)}
              </option>
            ))}
          </select>
        </>
      )}
    </nav>
  );
}

import type { ReactNode } from 'react';
import { tableCell, tableHeader } from './styles';

export interface Column<Row> {
  /** Stable key of the column. */
  key: string;
  /** The header; with `hiddenHeader` it is only read by screen readers (a column of links, say). */
  header: ReactNode;
  hiddenHeader?: boolean;
  cell(row: Row): ReactNode;
  /** Numbers line up on the right. */
  numeric?: boolean;
  /** This column names the row (a `th scope=row`), so a screen reader announces it with every cell. */
  rowHeader?: boolean;
  className?: string;
}

export interface DataTableProps<Row> {
  caption: ReactNode;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey(row: Row): string;
  className?: string;
}

/** A captioned table with scoped headers: every list of records in the desk is one. */
export function DataTable<Row>({ caption, columns, rows, rowKey, className = 'w-full text-sm' }: DataTableProps<Row>) {
  const align = (column: Column<Row>) => (column.numeric ? 'text-right tabular-nums' : '');
  return (
    <table className={className}>
      <caption className="text-left font-medium">{caption}</caption>
      <thead>
        <tr className="border-b border-zinc-300 dark:border-zinc-700">
          {columns.map((column) => (
            <th key={column.key} scope="col" className={`${tableHeader} ${column.numeric ? 'text-right' : ''}`}>
              {column.hiddenHeader ? <span className="sr-only">{column.header}</span> : column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)} className="border-b border-zinc-200 dark:border-zinc-800">
            {columns.map((column) =>
              column.rowHeader ? (
                <th key={column.key} scope="row" className={`${tableCell} text-left font-normal ${column.className ?? ''}`}>
                  {column.cell(row)}
                </th>
              ) : (
                <td key={column.key} className={`${tableCell} ${align(column)} ${column.className ?? ''}`}>
                  {column.cell(row)}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

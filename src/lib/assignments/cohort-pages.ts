// The cohort table shows its rows a page at a time: hundreds of learners × dozens of contents
// would be tens of thousands of cells to draw on every sort. Rows are sorted first (all of them),
// then cut into pages; the chart and the CSV still take every row.

/** Rows on one page of the table. */
export const ROWS_PER_PAGE = 50;

export interface RowsPage<T> {
  /** The rows of this page. */
  rows: T[];
  /** This page's number, from 1, within 1…pages whatever was asked. */
  page: number;
  /** How many pages there are (1 for an empty table). */
  pages: number;
  /** Position of the page's first and last rows among all rows, from 1 (0 and 0 when empty). */
  first: number;
  last: number;
  total: number;
}

export const pageCount = (total: number, size = ROWS_PER_PAGE) => Math.max(1, Math.ceil(total / size));

/** Page `page` of `rows` (already sorted); a page past the end gives the last, one before 1 the first. */
export function pageOfRows<T>(rows: readonly T[], page: number, size = ROWS_PER_PAGE): RowsPage<T> {
  const pages = pageCount(rows.length, size);
  const shown = Math.min(pages, Math.max(1, Math.trunc(page) || 1));
  const start = (shown - 1) * size;
  const slice = rows.slice(start, start + size);
  return {
    rows: slice,
    page: shown,
    pages,
    first: slice.length === 0 ? 0 : start + 1,
    last: start + slice.length,
    total: rows.length,
  };
}

/** The page on which the first row that `matches` stands; undefined when none does. */
export function pageHolding<T>(rows: readonly T[], matches: (row: T) => boolean, size = ROWS_PER_PAGE) {
  const index = rows.findIndex(matches);
  return index < 0 ? undefined : Math.floor(index / size) + 1;
}

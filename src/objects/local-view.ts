// Searching, sorting and paging a list held whole in the console, for the server's filters and
// sorts a list needs but a real server does not offer (it matches names exactly and sorts only by
// indexed properties). Pure functions, one job each.

/** Case-insensitive: does any of the values contain the text? An empty text matches everything. */
export function matchesText(values: readonly (string | null | undefined)[], text: string): boolean {
  const needle = text.trim().toLocaleLowerCase();
  if (needle === '') return true;
  return values.some((value) => typeof value === 'string' && value.toLocaleLowerCase().includes(needle));
}

export type SortKey = string | number | boolean;

/** A sorted copy; ties are kept in order of `tieBreak` (always ascending), so pages are stable. */
export function sortRows<R>(rows: readonly R[], key: (row: R) => SortKey, ascending: boolean, tieBreak: (row: R) => string): R[] {
  const direction = ascending ? 1 : -1;
  return [...rows].sort((a, b) => direction * compareKeys(key(a), key(b)) || compareKeys(tieBreak(a), tieBreak(b)));
}

function compareKeys(a: SortKey, b: SortKey): number {
  if (typeof a === 'string' && typeof b === 'string') return a.localeCompare(b, undefined, { sensitivity: 'base', numeric: true });
  return Number(a) - Number(b);
}

export interface LocalPage<R> {
  rows: R[];
  /** Index of the first row shown. */
  position: number;
  total: number;
}

/** Page `page` (1-based) of `size` rows; a page past the end shows the last one. */
export function pageOf<R>(rows: readonly R[], page: number, size: number): LocalPage<R> {
  const last = Math.max(1, Math.ceil(rows.length / size));
  const position = (Math.min(Math.max(1, page), last) - 1) * size;
  return { rows: rows.slice(position, position + size), position, total: rows.length };
}

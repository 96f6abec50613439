// The queue list's view (filters, sort, page size, page) as URL search params, so a view can be
// bookmarked and shared, and its translation into the x:QueuedMessage/query filter and sort.

// zod's mini build: the router checks these params on the first load, before the rest of zod loads.
import { z } from 'zod/mini';
import type { QueuedMessageFilter } from '../../catalog/queued-message';

export const PAGE_SIZES = [25, 50, 100] as const;
export type PageSize = (typeof PAGE_SIZES)[number];
/** A number of rows per page, or every message in one virtualised scrolling list. */
export type RowsChoice = PageSize | 'all';

// 25 rows keep the page light (a few hundred elements) and still fill a large screen.
export const DEFAULT_ROWS: RowsChoice = 25;
export const QUEUE_NAME_MAX_LENGTH = 8;

export interface QueueFilters {
  /** returnPath: substring of the sender. */
  sender: string;
  /** to: substring of any recipient. */
  recipient: string;
  /** text: substring of the sender or any recipient. */
  text: string;
  /** queueName: exact virtual queue name. */
  queue: string;
  /** dueIsGreaterThanOrEqual, RFC 3339 UTC. */
  dueAfter: string;
  /** dueIsLessThanOrEqual, RFC 3339 UTC. */
  dueBefore: string;
}

export type SortDirection = 'ascending' | 'descending';

export interface QueueView {
  filters: QueueFilters;
  sort: SortDirection;
  rows: RowsChoice;
  /** 1-based page number (paged views only). */
  page: number;
}

export const EMPTY_FILTERS: QueueFilters = {
  sender: '',
  recipient: '',
  text: '',
  queue: '',
  dueAfter: '',
  dueBefore: '',
};

// URL param names; short and close to the 0.15 CLI's --sender/--rcpt/--before/--after.
const PARAM: Record<keyof QueueFilters, string> = {
  sender: 'sender',
  recipient: 'rcpt',
  text: 'text',
  queue: 'queue',
  dueAfter: 'after',
  dueBefore: 'before',
};

const FILTER_KEYS = Object.keys(PARAM) as Array<keyof QueueFilters>;

/** A text param, trimmed and then `fix`ed; a missing, empty or unusable one is left out. */
function textParam(fix: (value: string) => string | undefined = (value) => value || undefined) {
  return z.pipe(
    z.catch(z.optional(z.string()), undefined),
    z.transform((value: string | undefined) => (value === undefined ? undefined : fix(value.trim()))),
  );
}

/**
 * The list's search params as the URL holds them (the router validates the address with it):
 * anything unknown or malformed is dropped, so the view falls back to the defaults.
 */
export const queueSearchSchema = z.object({
  sender: textParam(),
  rcpt: textParam(),
  text: textParam(),
  queue: textParam((value) => value.slice(0, QUEUE_NAME_MAX_LENGTH) || undefined),
  after: textParam(normaliseUtc),
  before: textParam(normaliseUtc),
  sort: z.catch(z.optional(z.literal('-due')), undefined),
  rows: z.catch(z.optional(z.enum(['all', ...PAGE_SIZES.map(String)])), undefined),
  page: textParam((value) => {
    const page = Number(value);
    return Number.isSafeInteger(page) && page >= 1 ? String(page) : undefined;
  }),
});

export type QueueSearch = z.output<typeof queueSearchSchema>;

export function parseQueueView(input: URLSearchParams | QueueSearch): QueueView {
  const search = input instanceof URLSearchParams ? queueSearchSchema.parse(Object.fromEntries(input)) : input;
  const filters = { ...EMPTY_FILTERS };
  for (const key of FILTER_KEYS) filters[key] = search[PARAM[key] as keyof QueueSearch] ?? '';
  const sort: SortDirection = search.sort === '-due' ? 'descending' : 'ascending';
  const rows: RowsChoice =
    search.rows === 'all' ? 'all' : (PAGE_SIZES.find((size) => String(size) === search.rows) ?? DEFAULT_ROWS);
  return { filters, sort, rows, page: Number(search.page ?? 1) };
}

/** Only what differs from the defaults goes into the URL, in a stable order. */
export function queueViewToParams(view: QueueView): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = view.filters[key].trim();
    if (value) params.set(PARAM[key], value);
  }
  if (view.sort === 'descending') params.set('sort', '-due');
  if (view.rows !== DEFAULT_ROWS) params.set('rows', String(view.rows));
  if (view.rows !== 'all' && view.page > 1) params.set('page', String(view.page));
  return params;
}

/** The same, as the search object the router navigates to. */
export function queueViewToSearch(view: QueueView): QueueSearch {
  return queueSearchSchema.parse(Object.fromEntries(queueViewToParams(view)));
}

/** The /query filter: a flat AND of conditions (the server refuses OR/NOT). */
export function toQueryFilter(filters: QueueFilters): QueuedMessageFilter {
  const filter: QueuedMessageFilter = {};
  if (filters.sender) filter.returnPath = filters.sender;
  if (filters.recipient) filter.to = filters.recipient;
  if (filters.text) filter.text = filters.text;
  if (filters.queue) filter.queueName = filters.queue;
  if (filters.dueAfter) filter.dueIsGreaterThanOrEqual = filters.dueAfter;
  if (filters.dueBefore) filter.dueIsLessThanOrEqual = filters.dueBefore;
  return filter;
}

export function toQuerySort(sort: SortDirection): [{ property: 'due'; isAscending: boolean }] {
  return [{ property: 'due', isAscending: sort === 'ascending' }];
}

export function hasFilters(filters: QueueFilters): boolean {
  return FILTER_KEYS.some((key) => filters[key] !== '');
}

/** A date-time the user or a URL gave, as RFC 3339 UTC without fractions ("…Z"), or undefined. */
export function normaliseUtc(value: string): string | undefined {
  if (!value) return undefined;
  // Only full RFC 3339 date-times: a bare date would be read as UTC midnight by some parsers
  // and local midnight by others.
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/i.test(value)) return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : toUtcString(new Date(time));
}

export function toUtcString(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}

/**
 * A local wall-clock time as RFC 3339 UTC: the value of an <input type="datetime-local">
 * ("YYYY-MM-DDTHH:mm") or a date typed the way the tables show it ("YYYY-MM-DD HH:mm"), seconds
 * optional; undefined when it is empty or not a valid local time.
 */
export function localInputToUtc(value: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value.trim());
  if (!match) return undefined;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const date = new Date(year, month - 1, day, hour, minute, second);
  // new Date rolls invalid parts over (Feb 30 -> Mar 2); refuse those instead.
  if (date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day) return undefined;
  return Number.isNaN(date.getTime()) ? undefined : toUtcString(date);
}

/** RFC 3339 UTC as the value of an <input type="datetime-local"> in local time (with seconds). */
export function utcToLocalInput(value: string): string {
  const time = Date.parse(value);
  if (!value || Number.isNaN(time)) return '';
  const d = new Date(time);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

/** RFC 3339 UTC in the tables' format ("2026-08-21 11:30", local time), seconds only when set. */
export function utcToTableFormat(value: string): string {
  const local = utcToLocalInput(value);
  if (!local) return '';
  const [date, time] = local.split('T') as [string, string];
  return `${date} ${time.endsWith(':00') ? time.slice(0, 5) : time}`;
}

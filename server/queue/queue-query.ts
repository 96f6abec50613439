// x:QueuedMessage/query over the in-memory index: pick the due-ordered list (the queue's own
// list when queueName is given, since `due` is then that queue's next delivery event), cut the
// due range by binary search, scan only when a text condition needs it, then page.
import type { MethodOutcome, QueryArgs } from '../jmap/method-types';
import { lowerBound, type DueList, type IndexEntry, type QueueIndex } from './queue-index';
import { queueNumFromId } from './queue-ids';
import type { QueueStore } from './queue-store';
import { paginate, type ResultView } from './query-paging';
import { parseQueueFilter, type QueueFilter } from './query-filter';

/** Stalwart's jmap.query_max_results counterpart: the most ids one /query returns. */
export const QUEUE_QUERY_MAX_RESULTS = 10_000;

type Args = Pick<QueryArgs, 'filter' | 'sort' | 'position' | 'anchor' | 'anchorOffset' | 'limit' | 'calculateTotal'>;

export function queueQuery(args: Args, store: QueueStore, maxResults = QUEUE_QUERY_MAX_RESULTS): MethodOutcome {
  const parsed = parseQueueFilter(args.filter);
  if (!parsed.ok) return parsed;
  const sort = args.sort[0];
  if (sort && sort.property !== 'due') {
    return {
      ok: false,
      error: { type: 'unsupportedSort', description: "Only sorting by 'due' is supported for queued messages" },
    };
  }
  // Without a sort the server's default comparator (id descending) only sets the direction:
  // queued messages are always ordered by due.
  const ascending = sort?.isAscending ?? false;

  const filter = parsed.filter;
  const list = filter.queueName === null ? store.index.all : store.index.queueList(filter.queueName);
  const view = list ? resultView(list, filter, ascending, store) : emptyView;
  const paged = paginate(view, args, maxResults);
  if (!paged.ok) return paged;
  return { ok: true, result: { ...paged.page, canCalculateChanges: false } };
}

const emptyView: ResultView = { length: 0, idAt: () => '', indexOf: () => -1 };

function resultView(list: DueList, filter: QueueFilter, ascending: boolean, store: QueueStore): ResultView {
  const { entries, dueOf } = list;
  const lo = filter.dueFrom === -Infinity ? 0 : lowerBound(list, filter.dueFrom, -Infinity);
  const hi = filter.dueTo === Infinity ? entries.length : lowerBound(list, filter.dueTo + 1, -Infinity);
  const match = textMatcher(filter, store.index);

  if (!match) {
    // Every entry in [lo, hi) matches: answer positions arithmetically.
    const length = Math.max(hi - lo, 0);
    const at = (i: number): IndexEntry => entries[ascending ? lo + i : hi - 1 - i] as IndexEntry;
    return {
      length,
      idAt: (i) => at(i).id,
      indexOf: (id) => {
        const entry = anchorEntry(id, store);
        if (!entry || !inList(list, entry)) return -1;
        const pos = lowerBound(list, dueOf(entry), entry.num);
        if (entries[pos] !== entry || pos < lo || pos >= hi) return -1;
        return ascending ? pos - lo : hi - 1 - pos;
      },
    };
  }

  const matches: IndexEntry[] = [];
  if (ascending) {
    for (let i = lo; i < hi; i++) if (match(entries[i] as IndexEntry)) matches.push(entries[i] as IndexEntry);
  } else {
    for (let i = hi - 1; i >= lo; i--) if (match(entries[i] as IndexEntry)) matches.push(entries[i] as IndexEntry);
  }
  return {
    length: matches.length,
    idAt: (i) => (matches[i] as IndexEntry).id,
    indexOf: (id) => {
      const entry = anchorEntry(id, store);
      return entry ? matches.indexOf(entry) : -1;
    },
  };
}

function anchorEntry(id: string, store: QueueStore): IndexEntry | undefined {
  const num = queueNumFromId(id);
  return num === null ? undefined : store.index.entry(num);
}

function inList(list: DueList, entry: IndexEntry): boolean {
  return list.dueOf(entry) !== undefined && list.dueOf(entry) !== null;
}

/**
 * The text conditions as one predicate; `text` takes precedence over `to`/`returnPath`.
 * The first substring condition is answered by the address search, which stamps entries.
 */
function textMatcher(filter: QueueFilter, index: QueueIndex): ((e: IndexEntry) => boolean) | null {
  if (filter.text !== null) {
    if (filter.text === '') return null;
    const stamp = index.markText('text', filter.text);
    return (e) => e.mark === stamp;
  }
  const to = filter.to || null;
  const returnPath = filter.returnPath || null;
  if (to === null && returnPath === null) return null;
  if (to === null) {
    const stamp = index.markText('returnPath', returnPath as string);
    return (e) => e.mark === stamp;
  }
  const stamp = index.markText('to', to);
  return (e) => e.mark === stamp && (returnPath === null || e.returnPath.includes(returnPath));
}

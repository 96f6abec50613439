// In-memory index of the queue: what /query filters and sorts on, for every message, kept in
// due order (overall and per queue name) so a query over 100,000 messages never sorts.
import { queueIdFromNum } from './queue-ids';
import { isPending, type QueuedMessage } from './queued-message-types';
import { AddressSearch } from './address-search';

export interface IndexEntry {
  num: number;
  id: string;
  blobId: string;
  /** MAIL FROM, "" for the null sender. */
  returnPath: string;
  recipients: string[];
  /** Next delivery event over all pending recipients; null when none are pending. */
  due: number | null;
  /** Next delivery event per queue name, over pending recipients of that queue. */
  dueByQueue: Map<string, number>;
  /** Scratch stamp set by text searches (see AddressSearch.mark). */
  mark: number;
}

export function indexEntryOf(message: QueuedMessage): IndexEntry {
  const dueByQueue = new Map<string, number>();
  let due: number | null = null;
  for (const rcpt of message.recipients) {
    if (!isPending(rcpt.status)) continue;
    if (due === null || rcpt.retryDue < due) due = rcpt.retryDue;
    const q = dueByQueue.get(rcpt.queueName);
    if (q === undefined || rcpt.retryDue < q) dueByQueue.set(rcpt.queueName, rcpt.retryDue);
  }
  return {
    num: message.num,
    id: queueIdFromNum(message.num),
    blobId: message.blobId,
    returnPath: message.returnPath,
    recipients: message.recipients.map((r) => r.address),
    due,
    dueByQueue,
    mark: 0,
  };
}

/** A due-ordered list: ascending by (due, num). */
export interface DueList {
  entries: IndexEntry[];
  dueOf: (entry: IndexEntry) => number;
}

export class QueueIndex {
  private readonly byNum = new Map<number, IndexEntry>();
  private readonly byBlob = new Map<string, number>();
  readonly all: DueList = { entries: [], dueOf: (e) => e.due as number };
  private readonly perQueue = new Map<string, DueList>();
  private readonly senders = new AddressSearch();
  private readonly rcpts = new AddressSearch();
  private stamp = 0;

  get size(): number {
    return this.byNum.size;
  }

  entry(num: number): IndexEntry | undefined {
    return this.byNum.get(num);
  }

  numOfBlob(blobId: string): number | undefined {
    return this.byBlob.get(blobId);
  }

  queueList(queueName: string): DueList | undefined {
    return this.perQueue.get(queueName);
  }

  /**
   * Marks the entries whose sender (`returnPath`), recipients (`to`) or either (`text`)
   * contain `needle`, and returns the stamp they carry (`entry.mark === stamp`); valid until
   * the next call.
   */
  markText(field: 'text' | 'to' | 'returnPath', needle: string): number {
    this.stamp += 1;
    if (field !== 'to') this.senders.mark(needle, this.stamp);
    if (field !== 'returnPath') this.rcpts.mark(needle, this.stamp);
    return this.stamp;
  }

  /** Builds the search strings up front so the first filtered query is as fast as the rest. */
  warm(): void {
    this.markText('text', '\u0001');
  }

  /** Replaces (or, with null, removes) the entry of a message number. */
  put(num: number, entry: IndexEntry | null): void {
    const old = this.byNum.get(num);
    if (old) {
      this.byNum.delete(num);
      this.byBlob.delete(old.blobId);
      this.senders.remove(old.returnPath, old);
      for (const a of old.recipients) this.rcpts.remove(a, old);
      if (old.due !== null) removeSorted(this.all, old);
      for (const q of old.dueByQueue.keys()) removeSorted(this.perQueueList(q), old);
    }
    if (entry) {
      this.byNum.set(num, entry);
      this.byBlob.set(entry.blobId, num);
      if (entry.due !== null) insertSorted(this.all, entry);
      for (const q of entry.dueByQueue.keys()) insertSorted(this.perQueueList(q), entry);
      this.senders.add(entry.returnPath, entry);
      for (const a of entry.recipients) this.rcpts.add(a, entry);
    }
  }

  /** Bulk load: appends everything, then sorts once (start-up and seeding). */
  load(entries: IndexEntry[]): void {
    this.clear();
    for (const e of entries) {
      this.byNum.set(e.num, e);
      this.byBlob.set(e.blobId, e.num);
      this.senders.add(e.returnPath, e);
      for (const a of e.recipients) this.rcpts.add(a, e);
      if (e.due !== null) this.all.entries.push(e);
      for (const q of e.dueByQueue.keys()) this.perQueueList(q).entries.push(e);
    }
    for (const list of [this.all, ...this.perQueue.values()]) list.entries.sort((a, b) => compare(list, a, b));
  }

  clear(): void {
    this.byNum.clear();
    this.byBlob.clear();
    this.all.entries.length = 0;
    this.perQueue.clear();
    this.senders.clear();
    this.rcpts.clear();
  }

  private perQueueList(queueName: string): DueList {
    let list = this.perQueue.get(queueName);
    if (!list) {
      list = { entries: [], dueOf: (e) => e.dueByQueue.get(queueName) as number };
      this.perQueue.set(queueName, list);
    }
    return list;
  }
}

function compare(list: DueList, a: IndexEntry, b: IndexEntry): number {
  return list.dueOf(a) - list.dueOf(b) || a.num - b.num;
}

/** Index of the first element not less than `entry` by (due, num). */
export function lowerBound(list: DueList, due: number, num: number): number {
  const { entries, dueOf } = list;
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const e = entries[mid] as IndexEntry;
    const d = dueOf(e);
    if (d < due || (d === due && e.num < num)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function insertSorted(list: DueList, entry: IndexEntry): void {
  list.entries.splice(lowerBound(list, list.dueOf(entry), entry.num), 0, entry);
}

function removeSorted(list: DueList, entry: IndexEntry): void {
  const at = lowerBound(list, list.dueOf(entry), entry.num);
  if (list.entries[at] === entry) list.entries.splice(at, 1);
}

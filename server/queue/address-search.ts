// Substring search over addresses (senders or recipients). Queues repeat addresses heavily, so
// the search runs over the distinct addresses, each owning the set of messages that carry it;
// those are joined by NUL into one string scanned with indexOf (one String#includes per
// address costs far more in per-call setup). Addresses added since the last build are kept
// in a small delta list and tested one by one, so a write doesn't force a rebuild.
import type { IndexEntry } from './queue-index';

const SEPARATOR = '\u0000';
const MAX_DELTA = 4096;

export class AddressSearch {
  private readonly owners = new Map<string, Set<IndexEntry>>();
  private text = '';
  private starts = new Int32Array(0);
  private keys: string[] = [];
  private delta: string[] = [];
  private built = false;

  add(address: string, entry: IndexEntry): void {
    let set = this.owners.get(address);
    if (!set) {
      set = new Set();
      this.owners.set(address, set);
      if (this.built) {
        this.delta.push(address);
        if (this.delta.length > MAX_DELTA) this.built = false;
      }
    }
    set.add(entry);
  }

  remove(address: string, entry: IndexEntry): void {
    this.owners.get(address)?.delete(entry);
  }

  clear(): void {
    this.owners.clear();
    this.built = false;
    this.text = '';
    this.keys = [];
    this.delta = [];
  }

  /** Sets `mark = stamp` on every entry holding an address that contains `needle`. */
  mark(needle: string, stamp: number): void {
    if (needle.includes(SEPARATOR)) {
      for (const [address, set] of this.owners) if (address.includes(needle)) markAll(set, stamp);
      return;
    }
    if (!this.built) this.build();
    const { text, starts, keys } = this;
    let p = text.indexOf(needle);
    while (p >= 0) {
      let lo = 0;
      let hi = keys.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >>> 1;
        if ((starts[mid] as number) <= p) lo = mid;
        else hi = mid - 1;
      }
      markAll(this.owners.get(keys[lo] as string), stamp);
      p = text.indexOf(needle, starts[lo + 1] as number);
    }
    for (const address of this.delta) if (address.includes(needle)) markAll(this.owners.get(address), stamp);
  }

  private build(): void {
    // Addresses no message holds any more are dropped here.
    for (const [address, set] of this.owners) if (set.size === 0) this.owners.delete(address);
    const keys = [...this.owners.keys()];
    const starts = new Int32Array(keys.length + 1);
    let offset = 0;
    for (let i = 0; i < keys.length; i++) {
      starts[i] = offset;
      offset += (keys[i] as string).length + 1;
    }
    starts[keys.length] = offset;
    this.text = keys.join(SEPARATOR);
    this.starts = starts;
    this.keys = keys;
    this.delta = [];
    this.built = true;
  }
}

function markAll(set: Set<IndexEntry> | undefined, stamp: number): void {
  if (set) for (const e of set) e.mark = stamp;
}

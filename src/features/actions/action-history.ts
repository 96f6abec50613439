// The runs of this browser session. The server keeps no record of actions, so the screen keeps its
// own in sessionStorage: gone when the tab closes, kept across reloads.
import type { SetError } from '../../jmap/errors';
import { actionVariants, type ActionType } from '../../schema/action';
import { registerWipe } from '../../session/sign-out';
import type { DkimSignatureTags } from './dkim-signatures';

export const HISTORY_KEY = 'postmaster.actions.history';
export const HISTORY_LIMIT = 50;

export type RunOutcome =
  | { ok: true; result: Record<string, unknown> }
  | { ok: false; message: string; error?: SetError };

/** What the client read from a submitted message (the message itself is not kept). */
export interface MessageFacts {
  subject?: string;
  fromDomain?: string;
  dkimSignatures: DkimSignatureTags[];
  size: number;
}

export interface ActionRun {
  id: string;
  /** ISO time the server answered. */
  at: string;
  type: ActionType;
  username: string;
  outcome: RunOutcome;
  /** The inputs sent, without the raw message (diagnostic actions only). */
  input?: Record<string, unknown>;
  message?: MessageFacts;
}

export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface HistoryStore {
  subscribe(listener: () => void): () => void;
  /** Newest first; the same array until something changes. */
  getSnapshot(): readonly ActionRun[];
  append(run: ActionRun): void;
  clear(): void;
}

const TYPES = new Set<string>(actionVariants.map((v) => v.type));

function isRun(value: unknown): value is ActionRun {
  if (typeof value !== 'object' || value === null) return false;
  const run = value as Partial<ActionRun>;
  return (
    typeof run.id === 'string' &&
    typeof run.at === 'string' &&
    typeof run.type === 'string' &&
    TYPES.has(run.type) &&
    typeof run.username === 'string' &&
    typeof run.outcome === 'object' &&
    run.outcome !== null &&
    typeof run.outcome.ok === 'boolean'
  );
}

/** Stored runs, dropping anything unreadable (another version, a hand edit). */
export function parseHistory(raw: string | null): ActionRun[] {
  if (!raw) return [];
  try {
    const value: unknown = JSON.parse(raw);
    return Array.isArray(value) ? value.filter(isRun) : [];
  } catch {
    return [];
  }
}

export function createHistoryStore(storage: () => StorageLike | undefined, key = HISTORY_KEY, limit = HISTORY_LIMIT): HistoryStore {
  const listeners = new Set<() => void>();
  let cachedRaw: string | null | undefined;
  let cached: readonly ActionRun[] = [];
  // When storage is unavailable or full, runs still show for the life of the page.
  let memory: readonly ActionRun[] | undefined;

  const read = (): readonly ActionRun[] => {
    if (memory) return memory;
    let raw: string | null = null;
    try {
      raw = storage()?.getItem(key) ?? null;
    } catch {
      raw = null;
    }
    if (raw !== cachedRaw) {
      cachedRaw = raw;
      cached = parseHistory(raw);
    }
    return cached;
  };

  const write = (runs: readonly ActionRun[]) => {
    try {
      const target = storage();
      if (!target) throw new Error('no storage');
      if (runs.length === 0) target.removeItem(key);
      else target.setItem(key, JSON.stringify(runs));
      memory = undefined;
    } catch {
      memory = runs;
    }
    for (const listener of listeners) listener();
  };

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: read,
    append(run) {
      write([run, ...read()].slice(0, limit));
    },
    clear() {
      write([]);
    },
  };
}

export const sessionHistory = createHistoryStore(() => (typeof window === 'undefined' ? undefined : window.sessionStorage));
// The history names who ran what (and message subjects): signing out must leave none of it.
registerWipe(() => sessionHistory.clear());

export function newRunId(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

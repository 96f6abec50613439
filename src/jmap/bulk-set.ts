// Applies one change to many objects (e.g. "retry all 1,200 matching messages"): chunks of
// maxObjectsInSet objects, one /set per request, progress per chunk, and per-id failures kept
// while the rest of the work still goes through.

import type { JmapError, SetError } from './errors';
import type { SetResponse } from './methods';
import type { Id } from '../schema/wire-types';
import type { Result } from './result';

export type BulkOperation = 'update' | 'destroy';

export interface BulkChanges<P> {
  update?: Record<Id, P>;
  destroy?: readonly Id[];
}

export interface BulkProgress {
  /** Objects whose chunk has been answered (successfully or not). */
  done: number;
  total: number;
  failed: number;
}

export type BulkFailure =
  | { id: Id; operation: BulkOperation; kind: 'setError'; error: SetError }
  | { id: Id; operation: BulkOperation; kind: 'callError'; error: JmapError };

export interface BulkSetOutcome {
  total: number;
  succeeded: Id[];
  failed: BulkFailure[];
  /** Not sent: cancelled through the signal, or the sign-in expired midway. */
  skipped: Id[];
}

export interface BulkSetDeps {
  /** Sends one /set call as a request of its own. */
  setChunk: (args: { update?: Record<Id, unknown>; destroy?: Id[] }) => Promise<
    Result<SetResponse<unknown>, JmapError>
  >;
  maxObjectsInSet: number;
  concurrency: number;
}

interface Op {
  id: Id;
  operation: BulkOperation;
  patch?: unknown;
}

export async function runBulkSet<P>(
  deps: BulkSetDeps,
  changes: BulkChanges<P>,
  onProgress?: (progress: BulkProgress) => void,
  signal?: AbortSignal,
): Promise<BulkSetOutcome> {
  const ops: Op[] = [
    ...Object.entries(changes.update ?? {}).map(([id, patch]): Op => ({ id, operation: 'update', patch })),
    ...(changes.destroy ?? []).map((id): Op => ({ id, operation: 'destroy' })),
  ];
  const size = Math.max(1, deps.maxObjectsInSet);
  const chunks: Op[][] = [];
  for (let i = 0; i < ops.length; i += size) chunks.push(ops.slice(i, i + size));

  const outcome: BulkSetOutcome = { total: ops.length, succeeded: [], failed: [], skipped: [] };
  const answered = new Set<number>();
  let next = 0;
  let done = 0;
  let stopped = false;

  const worker = async () => {
    while (next < chunks.length && !stopped && !signal?.aborted) {
      const index = next++;
      const chunk = chunks[index]!;
      const result = await deps.setChunk(chunkArgs(chunk));
      answered.add(index);
      if (result.ok) collect(chunk, result.value, outcome);
      else {
        for (const op of chunk) outcome.failed.push({ id: op.id, operation: op.operation, kind: 'callError', error: result.error });
        // Further chunks would all be refused the same way.
        if (result.error.kind === 'unauthorized') stopped = true;
      }
      done += chunk.length;
      onProgress?.({ done, total: ops.length, failed: outcome.failed.length });
    }
  };

  const workers = Math.max(1, Math.min(deps.concurrency, chunks.length));
  await Promise.all(Array.from({ length: workers }, worker));
  chunks.forEach((chunk, index) => {
    if (!answered.has(index)) outcome.skipped.push(...chunk.map((op) => op.id));
  });
  return outcome;
}

/** Every object failed with the same error (e.g. the session could not be loaded). */
export function failedBulkOutcome<P>(changes: BulkChanges<P>, error: JmapError): BulkSetOutcome {
  const failed: BulkFailure[] = [
    ...Object.keys(changes.update ?? {}).map((id): BulkFailure => ({ id, operation: 'update', kind: 'callError', error })),
    ...(changes.destroy ?? []).map((id): BulkFailure => ({ id, operation: 'destroy', kind: 'callError', error })),
  ];
  return { total: failed.length, succeeded: [], failed, skipped: [] };
}

function chunkArgs(chunk: Op[]): { update?: Record<Id, unknown>; destroy?: Id[] } {
  const update: Record<Id, unknown> = {};
  const destroy: Id[] = [];
  for (const op of chunk) {
    if (op.operation === 'update') update[op.id] = op.patch;
    else destroy.push(op.id);
  }
  return {
    ...(Object.keys(update).length > 0 ? { update } : {}),
    ...(destroy.length > 0 ? { destroy } : {}),
  };
}

function collect(chunk: Op[], response: SetResponse<unknown>, outcome: BulkSetOutcome): void {
  const updated = response.updated ?? {};
  const destroyed = new Set(response.destroyed ?? []);
  for (const op of chunk) {
    const failure = op.operation === 'update' ? response.notUpdated?.[op.id] : response.notDestroyed?.[op.id];
    const success = op.operation === 'update' ? op.id in updated : destroyed.has(op.id);
    if (failure) outcome.failed.push({ id: op.id, operation: op.operation, kind: 'setError', error: failure });
    else if (success) outcome.succeeded.push(op.id);
    else {
      outcome.failed.push({
        id: op.id,
        operation: op.operation,
        kind: 'callError',
        error: { kind: 'invalidResponse', message: `The server did not report the ${op.operation} of ${op.id}` },
      });
    }
  }
}

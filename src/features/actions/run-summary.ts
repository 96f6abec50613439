// One line per recorded run: what came out of it.
import type { ActionRun } from './action-history';
import { resultSummary } from './result-summaries';

export function runSummary(run: ActionRun): string {
  if (!run.outcome.ok) return `Failed: ${run.outcome.message}`;
  return resultSummary(run);
}

/** What "Copy as JSON" puts on the clipboard. */
export function runAsJson(run: ActionRun): Record<string, unknown> {
  return {
    action: run.type,
    at: run.at,
    by: run.username,
    ...(run.input ? { input: run.input } : {}),
    ...(run.outcome.ok ? { result: run.outcome.result } : { error: run.outcome.error ?? { description: run.outcome.message } }),
  };
}

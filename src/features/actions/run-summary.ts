// One line per recorded run: what came out of it.
import type { ActionRun } from './action-history';
import { isClassifyResult, isDmarcResult } from './result-guards';
import { formatScore } from './score-ladder';
import { VERDICT_WORDS } from './verdict-words';

export function runSummary(run: ActionRun): string {
  if (!run.outcome.ok) return `Failed: ${run.outcome.message}`;
  const result = run.outcome.result;
  if (run.type === 'ClassifySpam' && isClassifyResult(result)) {
    return `${VERDICT_WORDS[result.result]?.title ?? result.result}, score ${formatScore(result.score)}`;
  }
  if (run.type === 'TroubleshootDmarc' && isDmarcResult(result)) {
    return result.dmarcPass ? 'DMARC passed' : `DMARC ${result.dmarcResult['@type'] === 'None' ? 'not evaluated' : 'failed'}`;
  }
  return 'Succeeded';
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

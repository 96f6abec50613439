// One line on what a diagnostic variant's result says, e.g. "Spam, score 7.5". Keyed by every
// diagnostic variant of the registry, so a new one does not compile without its line.
import { isDiagnosticAction, type ActionResult, type DiagnosticActionType } from '../../schema/action';
import { readActionAnswer } from '../../schema/action-answer';
import type { ActionRun } from './action-history';
import { formatScore } from './score-ladder';
import { VERDICT_WORDS } from './verdict-words';

const SUMMARIES: { [K in DiagnosticActionType]: (result: ActionResult<K>) => string } = {
  TroubleshootDmarc: (result) => (result.dmarcPass ? 'DMARC passed' : `DMARC ${result.dmarcResult['@type'] === 'None' ? 'not evaluated' : 'failed'}`),
  ClassifySpam: (result) => `${VERDICT_WORDS[result.result]?.title ?? result.result}, score ${formatScore(result.score)}`,
};

function summaryAs<K extends DiagnosticActionType>(type: K, created: unknown): string {
  const answer = readActionAnswer(type, created);
  return answer.ok ? SUMMARIES[type](answer.result) : answer.message;
}

/** The line for a successful run: its result's summary, or why the result cannot be read. */
export function resultSummary(run: ActionRun): string {
  if (!run.outcome.ok || !isDiagnosticAction(run.type)) return 'Succeeded';
  return summaryAs(run.type, run.outcome.result);
}

// How the console shows each diagnostic variant's result (its one-line summary: result-summaries.ts).
// Keyed by every diagnostic variant of the registry, so a new one does not compile without its view.
import type { ComponentType } from 'react';
import { isDiagnosticAction, type ActionResult, type DiagnosticActionType } from '../../schema/action';
import { readActionAnswer } from '../../schema/action-answer';
import type { ActionRun } from './action-history';
import { ClassifyResultView } from './classify-result-view';
import { DmarcResultView } from './dmarc-result-view';
import { dmarcContextOf } from './dmarc-run-context';

export interface ResultViewProps<K extends DiagnosticActionType> {
  result: ActionResult<K>;
  run: ActionRun;
  headingLevel: 3 | 4;
}

interface ResultViewEntry<K extends DiagnosticActionType> {
  View: ComponentType<ResultViewProps<K>>;
}

const RESULT_VIEWS: { [K in DiagnosticActionType]: ResultViewEntry<K> } = {
  TroubleshootDmarc: {
    View: ({ result, run, headingLevel }) => <DmarcResultView result={result} context={dmarcContextOf(run)} headingLevel={headingLevel} />,
  },
  ClassifySpam: {
    View: ClassifyResultView,
  },
};

type RunReading<K extends DiagnosticActionType> =
  | { kind: 'none' }
  | { kind: 'unreadable'; message: string }
  | { kind: 'result'; type: K; result: ActionResult<K>; entry: ResultViewEntry<K> };

/** A recorded run's result read again (it may come from an older version of the console). */
function readRunResult(run: ActionRun): RunReading<DiagnosticActionType> {
  if (!run.outcome.ok || !isDiagnosticAction(run.type)) return { kind: 'none' };
  return readAs(run.type, run.outcome.result);
}

function readAs<K extends DiagnosticActionType>(type: K, created: unknown): RunReading<K> {
  const answer = readActionAnswer(type, created);
  if (!answer.ok) return { kind: 'unreadable', message: answer.message };
  return { kind: 'result', type, result: answer.result, entry: RESULT_VIEWS[type] };
}

/** The readable view of a run's result; nothing for a simple variant or a failed run. */
export function RunResultView({ run, headingLevel }: { run: ActionRun; headingLevel: 3 | 4 }) {
  const reading = readRunResult(run);
  if (reading.kind === 'unreadable') return <p className="actions-outcome--failed">{reading.message}</p>;
  if (reading.kind !== 'result') return null;
  const { View } = reading.entry;
  return <View result={reading.result} run={run} headingLevel={headingLevel} />;
}

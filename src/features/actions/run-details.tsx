// Everything recorded about one run: the readable result view, then the JSON to copy.
import type { ActionRun } from './action-history';
import { CopyJsonButton } from './copy-json-button';
import { RunResultView } from './result-views';
import { runAsJson } from './run-summary';

export function RunDetails({ run, headingLevel }: { run: ActionRun; headingLevel: 3 | 4 }) {
  const json = runAsJson(run);
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <div className="actions-dialog__body">
      {!run.outcome.ok && <p className="actions-outcome--failed">The server refused the action: {run.outcome.message}</p>}
      <RunResultView run={run} headingLevel={headingLevel} />
      <section aria-label="JSON">
        <Heading>JSON</Heading>
        <pre className="actions-json" tabIndex={0} role="region" aria-label="Result as JSON">
          {JSON.stringify(json, null, 2)}
        </pre>
      </section>
      <div>
        <CopyJsonButton value={json} />
      </div>
    </div>
  );
}

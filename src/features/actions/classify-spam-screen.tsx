// Management › Actions › Classify a message (/management/actions?run=ClassifySpam): the form and
// the last runs, newest first, so a rule can be changed and the message classified again to compare.
import { PageHeader } from '../../ui/page-header';
import { ClassifySpamForm } from './classify-spam-form';
import { CopyJsonButton } from './copy-json-button';
import { formatRunTime } from './format-time';
import type { ActionRun } from './action-history';
import { runAsJson, runSummary } from './run-summary';
import { useActionHistory } from './use-action-history';
import { BackToActions } from './back-to-actions';
import { RunResultView } from './result-views';

export const RECENT_CLASSIFICATIONS = 5;

export function ClassifySpamScreen() {
  const runs = useActionHistory()
    .filter((run) => run.type === 'ClassifySpam')
    .slice(0, RECENT_CLASSIFICATIONS);
  return (
    <>
      <BackToActions />
      <PageHeader
        title="Classify a message"
        subtitle="Run the spam filter over a message as if it arrived with this envelope. Nothing is delivered."
      />
      <div className="actions-panel">
        <ClassifySpamForm />
        <section className="actions-results" aria-labelledby="classify-results-title">
          <h2 id="classify-results-title">Recent classifications</h2>
          {runs.length === 0 ? (
            <p className="actions-muted">No message has been classified in this session yet.</p>
          ) : (
            <>
              <p className="actions-muted">The last {RECENT_CLASSIFICATIONS} runs of this session, newest first.</p>
              {runs.map((run, index) => (
                <ClassificationRun key={run.id} run={run} newest={index === 0} />
              ))}
            </>
          )}
        </section>
      </div>
    </>
  );
}

function runTitle(run: ActionRun): string {
  const subject = run.message?.subject ? ` · “${run.message.subject}”` : '';
  return `${formatRunTime(run.at)} · ${runSummary(run)}${subject}`;
}

function ClassificationRun({ run, newest }: { run: ActionRun; newest: boolean }) {
  const body = (
    <>
      {!run.outcome.ok && <p className="actions-outcome--failed">The server refused the classification: {run.outcome.message}</p>}
      <RunResultView run={run} headingLevel={4} />
      <div>
        <CopyJsonButton value={runAsJson(run)} />
      </div>
    </>
  );
  if (newest) {
    return (
      <article className="actions-run" aria-label={`Latest classification: ${runTitle(run)}`}>
        <h3>Latest: {runTitle(run)}</h3>
        {body}
      </article>
    );
  }
  return (
    <details className="actions-run">
      <summary>{runTitle(run)}</summary>
      {body}
    </details>
  );
}

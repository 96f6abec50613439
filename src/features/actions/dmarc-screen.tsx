// Management › Actions › DMARC troubleshooting (/management/actions?run=TroubleshootDmarc).
import { PageHeader } from '../../ui/page-header';
import { BackToActions } from './back-to-actions';
import { DmarcForm } from './dmarc-form';
import { formatRunTime } from './format-time';
import { RunDetails } from './run-details';
import { runSummary } from './run-summary';
import { useActionHistory } from './use-action-history';

export function DmarcScreen() {
  const latest = useActionHistory().find((run) => run.type === 'TroubleshootDmarc');
  return (
    <>
      <BackToActions />
      <PageHeader
        title="DMARC troubleshooting"
        subtitle="Check SPF, reverse DNS, DKIM, ARC and DMARC as the server would for a message from this sender."
      />
      <div className="actions-panel">
        <DmarcForm />
        <section className="actions-results" aria-labelledby="dmarc-results-title">
          <h2 id="dmarc-results-title">Result</h2>
          {latest ? (
            <>
              <p>
                Checked at {formatRunTime(latest.at)}
                {latest.input && typeof latest.input.remoteIp === 'string' ? ` for ${latest.input.remoteIp}` : ''}
                {latest.message?.subject ? `, message “${latest.message.subject}”` : ''}: {runSummary(latest)}.
              </p>
              <RunDetails run={latest} headingLevel={3} />
            </>
          ) : (
            <p className="actions-muted">Nothing has been checked in this session yet.</p>
          )}
        </section>
      </div>
    </>
  );
}

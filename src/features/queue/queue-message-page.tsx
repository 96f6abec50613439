// Management › Emails › Queued › one message (/management/queue/:id): everything about it, its
// recipients with explained SMTP replies, its raw content, and the actions on it.

import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from '@tanstack/react-router';
import { useCan, useConnection } from '../../session/connection-context';
import { Button } from '../../ui/button';
import { EmptyState } from '../../ui/empty-state';
import { ErrorBanner } from '../../ui/error-banner';
import { PageHeader } from '../../ui/page-header';
import { Loading } from '../../ui/spinner';
import { useDocumentTitle } from '../../ui/use-document-title';
import { countOf } from './format-count';
import { localZoneLabel } from './format-date';
import { MessageActions } from './message-actions';
import { DeliveryTestPanel } from './delivery-test-panel';
import { MessageFacts } from './message-facts';
import { MessageHeaderFacts } from './message-header-facts';
import { MessageGoneError, queuedMessageOptions } from './queue-queries';
import { markReturning, queueReturnLink } from './queue-return';
import { RawMessagePanel } from './raw-message-panel';
import { RecipientTable } from './recipient-table';
import { senderText } from './sender-label';
import { useMessageChange, type MessageChange } from './use-message-change';
import './queue.css';

const REFRESH_MS = 10_000;

export default function QueueMessagePage() {
  const { id = '' } = useParams({ strict: false });
  const { client, accountId } = useConnection();
  const canUpdate = useCan('sysQueuedMessageUpdate');
  const canDestroy = useCan('sysQueuedMessageDestroy');
  const canTest = useCan('liveDeliveryTest');
  const [testing, setTesting] = useState<string | null>(null);
  // Delivery moves on while the page is open: read the message again every 10 s.
  const message = useQuery({ ...queuedMessageOptions({ client, accountId }, id), refetchInterval: REFRESH_MS });
  const change = useMessageChange();
  const [done, setDone] = useState<string | null>(null);
  useDocumentTitle(message.data ? `Message from ${senderText(message.data.returnPath)}` : undefined);

  const apply = (next: MessageChange, doneText: string) => {
    setDone(null);
    change.mutate(next, { onSuccess: () => setDone(doneText) });
  };

  const back = (
    // The list restores its own scroll position, so the router must not reset it.
    <Link {...queueReturnLink()} resetScroll={false} onClick={markReturning} className="button button--secondary">
      Back to the queue
    </Link>
  );

  let body;
  if (message.isPending) body = <Loading label="Loading the message…" />;
  else if (message.error instanceof MessageGoneError && !message.data) {
    body = <EmptyState message={message.error.message} action={back} />;
  } else if (message.isError && !message.data) {
    body = (
      <ErrorBanner
        title="Could not load the message"
        error={message.error}
        action={<Button size="small" onClick={() => void message.refetch()}>Try again</Button>}
      />
    );
  } else if (message.data) {
    const m = message.data;
    const gone = message.error instanceof MessageGoneError ? message.error : null;
    body = (
      <>
        {gone ? (
          <EmptyState message={gone.message} action={back} />
        ) : (
          message.isError && <ErrorBanner title="Refreshing the message failed" error={message.error} />
        )}
        {!gone && (
          <>
            <p className="queue-note">Times are in your local time ({localZoneLabel()}).</p>
            <MessageHeaderFacts id={m.id} blobId={m.blobId} />
            <MessageFacts message={m} />
            <MessageActions message={m} canUpdate={canUpdate} canDestroy={canDestroy} busy={change.isPending} onChange={apply} />
            <section className="queue-section" aria-label="Recipients">
              <RecipientTable
                message={m}
                canUpdate={canUpdate}
                canTest={canTest}
                busy={change.isPending}
                onChange={apply}
                onTest={setTesting}
              />
              {canTest && <DomainTests recipients={Object.keys(m.recipients)} onTest={setTesting} />}
            </section>
            {testing && <DeliveryTestPanel key={testing} target={testing} onClose={() => setTesting(null)} />}
            <RawMessagePanel id={m.id} blobId={m.blobId} />
          </>
        )}
      </>
    );
  }

  const subtitle = message.data
    ? `From ${senderText(message.data.returnPath)} to ${countOf(Object.keys(message.data.recipients).length, 'recipient')}`
    : undefined;

  return (
    <>
      <PageHeader title="Queued message" subtitle={subtitle} actions={back} />
      <div role="status" aria-live="polite">
        {change.isPending && 'Saving…'}
        {!change.isPending && done && <p>{done}</p>}
      </div>
      {change.isError && <ErrorBanner title="The change was not made" error={change.error} />}
      {body}
    </>
  );
}

/** A test of each recipient domain: its MX, MTA-STS, TLS-RPT, DANE and servers, no recipient. */
function DomainTests({ recipients, onTest }: { recipients: string[]; onTest: (domain: string) => void }) {
  const domains = [...new Set(recipients.map((address) => address.slice(address.lastIndexOf('@') + 1).toLowerCase()))];
  return (
    <div className="queue-actions domain-tests">
      <span>Test a recipient domain:</span>
      {domains.map((domain) => (
        <Button key={domain} size="small" aria-label={`Test delivery to the domain ${domain}`} onClick={() => onTest(domain)}>
          {domain}
        </Button>
      ))}
    </div>
  );
}

// Subject, From, To, Date and Message-ID of a queued message, read from its header block (the
// same download, and so the same permission, as the raw message).

import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useConnection } from '../../session/connection-context';
import { describeError } from '../../ui/describe-error';
import { messageHeadersOptions } from './message-headers';

export function MessageHeaderFacts({ id, blobId }: { id: string; blobId: string }) {
  const { client, accountId } = useConnection();
  const headers = useQuery(messageHeadersOptions({ client, accountId }, id, blobId));
  let body: ReactNode;
  if (headers.isPending) body = <p className="queue-muted">Reading the message headers…</p>;
  else if (headers.isError) body = <p className="queue-muted">The headers could not be read: {describeError(headers.error)}</p>;
  else {
    const h = headers.data;
    const none = <span className="queue-muted">None</span>;
    body = (
      <dl className="queue-facts">
        <dt>Subject</dt>
        <dd>{h.subject?.trim() ? h.subject : <span className="queue-muted">(no subject)</span>}</dd>
        <dt>From</dt>
        <dd>{h.from ?? none}</dd>
        <dt>To</dt>
        <dd>{h.to ?? none}</dd>
        <dt>Date</dt>
        <dd>{h.date ?? none}</dd>
        <dt>Message-ID</dt>
        <dd>{h.messageId ?? none}</dd>
      </dl>
    );
  }
  return (
    <section className="queue-section queue-headers" aria-label="Message headers">
      <h2>Message</h2>
      {body}
    </section>
  );
}

// What is known about a queued message: envelope, delivery times, details and origin.

import type { ReactNode } from 'react';
import type { QueuedMessage } from '../../catalog/queued-message';
import { messageFlagOptions, optionLabel } from '../../schema/enum-options';
import { formatSize } from '../../schema/units';
import { Badge } from '../../ui/badge';
import { DateTime } from './date-time';
import { SenderLabel } from './sender-label';

export function MessageFacts({ message }: { message: QueuedMessage }) {
  const flags = Object.keys(message.flags ?? {});
  return (
    <div className="queue-detail-grid">
      <Facts title="Envelope">
        <Fact label="Sender">
          <SenderLabel returnPath={message.returnPath} wrap />
        </Fact>
        <Fact label="Recipients">
          {Object.keys(message.recipients).length} <span className="queue-muted">(listed below)</span>
        </Fact>
        <Fact label="Size">{formatSize(message.size)}</Fact>
        <Fact label="Envelope ID">{message.envId ?? <span className="queue-muted">None</span>}</Fact>
      </Facts>
      <Facts title="Delivery">
        <Fact label="Next retry">
          <DateTime value={message.nextRetry} />
        </Fact>
        <Fact label="Next notification">
          <DateTime value={message.nextNotify} />
        </Fact>
        <Fact label="Priority">
          {message.priority} <span className="queue-muted">(lower is delivered first)</span>
        </Fact>
        <Fact label="Flags">
          {flags.length === 0 ? (
            <span className="queue-muted">None</span>
          ) : (
            flags.map((flag) => (
              <Badge key={flag} tone="neutral">
                {optionLabel(messageFlagOptions, flag)}
              </Badge>
            ))
          )}
        </Fact>
      </Facts>
      <Facts title="Origin">
        <Fact label="Received">
          <DateTime value={message.createdAt} />
        </Fact>
        <Fact label="Received from IP">{message.receivedFromIp}</Fact>
        <Fact label="Received via port">{message.receivedViaPort}</Fact>
        <Fact label="Queue ID">{message.id}</Fact>
      </Facts>
    </div>
  );
}

function Facts({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="queue-section" aria-label={title}>
      <h2>{title}</h2>
      <dl className="queue-facts">{children}</dl>
    </section>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

// A recipient's last answer from the receiving side: host, SMTP code, enhanced code and text, each
// code explained in plain language beside it.

import type { RecipientStatus } from '../../catalog/queued-message';
import { optionLabel, deliveryErrorTypeOptions } from '../../schema/enum-options';
import { explainDeliveryErrorType, explainSmtpReply } from './smtp-explain';

export function SmtpReply({ status }: { status: RecipientStatus }) {
  if (status['@type'] === 'Scheduled') return <span className="queue-muted">No attempt yet</span>;
  const failure = status['@type'] === 'Completed' ? undefined : status;
  const code = status.responseCode ?? undefined;
  const enhanced = status.responseEnhanced ?? undefined;
  const hasReply = code !== undefined || Boolean(enhanced);
  const explanation = hasReply ? explainSmtpReply(code, enhanced) : undefined;
  return (
    <div className="smtp-reply">
      {status.responseHostname && (
        <p>
          <span className="queue-muted">Host </span>
          {status.responseHostname}
        </p>
      )}
      {failure && (
        <p>
          {optionLabel(deliveryErrorTypeOptions, failure.errorType)}
          {failure.errorCommand ? ` after ${failure.errorCommand}` : ''}
          {!hasReply && (
            <>
              : <span className="smtp-reply__explain">{explainDeliveryErrorType(failure.errorType)}</span>
            </>
          )}
        </p>
      )}
      {hasReply && (
        <p>
          <span className="smtp-reply__codes">{[code, enhanced].filter((part) => part !== undefined && part !== '').join(' ')}</span>
          {status.responseMessage ? ` ${status.responseMessage}` : ''}
        </p>
      )}
      {failure?.errorMessage && <p>{failure.errorMessage}</p>}
      {explanation && (
        <p className="smtp-reply__explain">
          {explanation.summary}
          {explanation.advice ? ` ${explanation.advice}` : ''}
        </p>
      )}
    </div>
  );
}

// One sentence for a SetError from a queue /set, preferring the server's own description
// ("Recipient 'x' does not exist") over a generic wording of its type.

import { type SetError } from '../../jmap/errors';
import { setErrorToFieldErrors } from '../../objects/set-error-messages';

export function describeSetError(error: SetError): string {
  if (error.type === 'notFound') {
    return error.description ?? 'The message is no longer in the queue (delivered, expired or cancelled).';
  }
  if (error.description) return error.description;
  const messages = setErrorToFieldErrors(error);
  return messages.formError ?? Object.values(messages.pathErrors)[0] ?? `The server refused the change (${error.type}).`;
}

/** A refused /set as something a query or mutation can throw and ErrorBanner can word. */
export class SetFailure extends Error {
  constructor(readonly setError: SetError) {
    super(describeSetError(setError));
    this.name = 'SetFailure';
  }
}

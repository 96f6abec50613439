// Sends one x:Action/set create and says how it went: the created result, or the server's own
// words from notCreated or the method error. A diagnostic variant's result is read through its
// result schema here, at the boundary: an answer of another shape is a failure that says so.
import type { JmapClient } from '../../jmap/client';
import { describeJmapError } from '../../jmap/describe-jmap-error';
import type { SetError } from '../../jmap/errors';
import { setErrorToFieldErrors } from '../../objects/set-error-messages';
import { isDiagnosticAction, type ActionCreate, type ActionCreated } from '../../schema/action';
import { readActionAnswer } from '../../schema/action-answer';

export const ACTION_CLIENT_ID = 'action-0';

export type ActionOutcome =
  | { ok: true; created: ActionCreated }
  | { ok: false; message: string; setError?: SetError };

/** The words for a refused action: the server's description, else the client's wording of the error. */
export function setErrorMessage(error: SetError): string {
  if (error.description) return error.description;
  const messages = setErrorToFieldErrors(error);
  return messages.formError ?? Object.entries(messages.fieldErrors).map(([field, text]) => `${field}: ${text}`).join(' ');
}

export async function runAction(client: JmapClient, accountId: string, create: ActionCreate): Promise<ActionOutcome> {
  const response = await client.call('x:Action/set', { accountId, create: { [ACTION_CLIENT_ID]: create } });
  if (!response.ok) return { ok: false, message: describeJmapError(response.error) };
  const created = response.value.created?.[ACTION_CLIENT_ID];
  if (created) {
    const type = create['@type'];
    if (!isDiagnosticAction(type)) return { ok: true, created };
    const answer = readActionAnswer(type, created);
    return answer.ok ? { ok: true, created } : { ok: false, message: answer.message };
  }
  const refused = response.value.notCreated?.[ACTION_CLIENT_ID];
  if (refused) return { ok: false, message: setErrorMessage(refused), setError: refused };
  return { ok: false, message: 'The server answered without saying whether the action ran.' };
}

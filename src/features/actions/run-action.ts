// Sends one x:Action/set create and says how it went: the created result, or the server's own
// words from notCreated or the method error.
import type { JmapClient } from '../../jmap/client';
import { describeJmapError, type SetError } from '../../jmap/errors';
import { setErrorToFieldErrors } from '../../jmap/set-error-messages';
import type { ActionCreate, ActionCreated } from '../../catalog/action';

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
  if (created) return { ok: true, created };
  const refused = response.value.notCreated?.[ACTION_CLIENT_ID];
  if (refused) return { ok: false, message: setErrorMessage(refused), setError: refused };
  return { ok: false, message: 'The server answered without saying whether the action ran.' };
}

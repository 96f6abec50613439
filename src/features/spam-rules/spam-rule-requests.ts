// The writes of x:SpamRule that throw instead of answering a SaveResult: the list's enable switch and
// delete, whose mutations show the thrown message. Saves go through src/jmap/save-object.ts.
import type { JmapClient } from '../../jmap/client';
import { describeJmapError, type SetError } from '../../jmap/errors';
import { setErrorToFieldErrors } from '../../jmap/set-error-messages';
import type { Id } from '../../schema/wire-types';
import { destroyObject } from '../../jmap/save-object';

/** Enable or disable one rule: a single property, no ifInState (the last click wins). */
export async function setRuleEnabled(client: JmapClient, id: Id, enable: boolean): Promise<void> {
  const set = await client.call('x:SpamRule/set', { update: { [id]: { enable } } });
  if (!set.ok) throw new Error(describeJmapError(set.error), { cause: set.error });
  const refused = set.value.notUpdated?.[id];
  if (refused) throw new Error(setErrorMessage(refused, 'The server refused the change.'), { cause: refused });
}

export async function destroyRule(client: JmapClient, id: Id): Promise<void> {
  const outcome = await destroyObject(client, 'x:SpamRule', id);
  if (outcome.ok) return;
  const message =
    'kind' in outcome.error ? describeJmapError(outcome.error) : setErrorMessage(outcome.error, 'The server refused to delete the rule.');
  throw new Error(message, { cause: outcome.error });
}

function setErrorMessage(error: SetError, fallback: string): string {
  const messages = setErrorToFieldErrors(error);
  return messages.formError ?? Object.values(messages.fieldErrors)[0] ?? error.description ?? fallback;
}

// The writes of x:SpamRule. A save is one HTTP request: the /set and a /get of the saved object
// are issued in the same tick, which the client sends together, and each gets its own answer
// (so a refused /set still brings the server's current object for the conflict dialog).
import type { JmapClient } from '../../jmap/client';
import { describeJmapError, isStateMismatch, setErrorToFieldErrors, type JmapError, type SetError } from '../../jmap/errors';
import type { PatchOf } from '../../jmap/methods';
import type { Id, SpamRule, SpamRuleCreate } from '../../jmap/object-types';
import type { LoadedRule } from './spam-rule-queries';

export type SaveOutcome =
  | { kind: 'saved'; loaded: LoadedRule }
  | { kind: 'rejected'; error: SetError }
  /** stateMismatch: `server` is the rule as it is now (null: it was deleted meanwhile). */
  | { kind: 'conflict'; server: LoadedRule | null }
  | { kind: 'failed'; error: JmapError };

const CREATION_ID = 'rule';

export async function createRule(client: JmapClient, wire: SpamRuleCreate): Promise<SaveOutcome> {
  const [set, get] = await Promise.all([
    client.call('x:SpamRule/set', { create: { [CREATION_ID]: wire } }),
    client.call('x:SpamRule/get', { ids: [`#${CREATION_ID}`] }),
  ]);
  if (!set.ok) return { kind: 'failed', error: set.error };
  const refused = set.value.notCreated?.[CREATION_ID];
  if (refused) return { kind: 'rejected', error: refused };
  const created = set.value.created?.[CREATION_ID];
  if (!created) return { kind: 'failed', error: { kind: 'invalidResponse', message: 'The server did not confirm the new rule' } };
  const fetched = get.ok ? get.value.list.find((r) => r.id === created.id) : undefined;
  // `created` holds the id and the defaults the server filled in: with what was sent, the whole rule.
  const rule = fetched ?? ({ ...wire, ...created } as SpamRule);
  return { kind: 'saved', loaded: { rule, state: get.ok ? (get.value.state ?? null) : null } };
}

export async function updateRule(
  client: JmapClient,
  id: Id,
  patch: Record<string, unknown>,
  ifInState: string | null,
): Promise<SaveOutcome> {
  const [set, get] = await Promise.all([
    client.call('x:SpamRule/set', {
      update: { [id]: patch as PatchOf<'x:SpamRule'> },
      ...(ifInState === null ? {} : { ifInState }),
    }),
    client.call('x:SpamRule/get', { ids: [id] }),
  ]);
  const current = get.ok && get.value.list[0] ? { rule: get.value.list[0], state: get.value.state ?? null } : null;
  if (!set.ok) {
    if (isStateMismatch(set.error) && get.ok) return { kind: 'conflict', server: current };
    return { kind: 'failed', error: set.error };
  }
  const refused = set.value.notUpdated?.[id];
  if (refused) return { kind: 'rejected', error: refused };
  if (!current) return { kind: 'failed', error: { kind: 'invalidResponse', message: 'The saved rule was not returned' } };
  return { kind: 'saved', loaded: current };
}

/** Enable or disable one rule: a single property, no ifInState (the last click wins). */
export async function setRuleEnabled(client: JmapClient, id: Id, enable: boolean): Promise<void> {
  const set = await client.call('x:SpamRule/set', { update: { [id]: { enable } } });
  if (!set.ok) throw new Error(describeJmapError(set.error), { cause: set.error });
  const refused = set.value.notUpdated?.[id];
  if (refused) throw new Error(setErrorMessage(refused, 'The server refused the change.'), { cause: refused });
}

export async function destroyRule(client: JmapClient, id: Id): Promise<void> {
  const set = await client.call('x:SpamRule/set', { destroy: [id] });
  if (!set.ok) throw new Error(describeJmapError(set.error), { cause: set.error });
  const refused = set.value.notDestroyed?.[id];
  if (refused) throw new Error(setErrorMessage(refused, 'The server refused to delete the rule.'), { cause: refused });
}

function setErrorMessage(error: SetError, fallback: string): string {
  const messages = setErrorToFieldErrors(error);
  return messages.formError ?? Object.values(messages.fieldErrors)[0] ?? error.description ?? fallback;
}

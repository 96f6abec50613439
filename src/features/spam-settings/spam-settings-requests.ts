// The one write of x:SpamSettings: update "singleton". One HTTP request: the /set and a /get of the
// settings go together, and each gets its own answer (a refused /set still brings the current values).
import type { JmapClient } from '../../jmap/client';
import { isStateMismatch, type JmapError, type SetError } from '../../jmap/errors';
import type { PatchOf } from '../../jmap/methods';
import { SINGLETON, type LoadedSettings } from './spam-settings-queries';

export type SaveOutcome =
  | { kind: 'saved'; loaded: LoadedSettings }
  | { kind: 'rejected'; error: SetError }
  | { kind: 'conflict'; server: LoadedSettings | null }
  | { kind: 'failed'; error: JmapError };

export async function updateSettings(client: JmapClient, patch: Record<string, unknown>, ifInState: string | null): Promise<SaveOutcome> {
  const [set, get] = await Promise.all([
    client.call('x:SpamSettings/set', {
      update: { [SINGLETON]: patch as PatchOf<'x:SpamSettings'> },
      ...(ifInState === null ? {} : { ifInState }),
    }),
    client.call('x:SpamSettings/get', { ids: [SINGLETON] }),
  ]);
  const current = get.ok && get.value.list[0] ? { settings: get.value.list[0], state: get.value.state ?? null } : null;
  if (!set.ok) {
    if (isStateMismatch(set.error) && get.ok) return { kind: 'conflict', server: current };
    return { kind: 'failed', error: set.error };
  }
  const refused = set.value.notUpdated?.[SINGLETON];
  if (refused) return { kind: 'rejected', error: refused };
  if (!current) return { kind: 'failed', error: { kind: 'invalidResponse', message: 'The saved settings were not returned' } };
  return { kind: 'saved', loaded: current };
}

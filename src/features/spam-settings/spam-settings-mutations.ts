// Saving the spam filter settings; on success the type prefix is stale (the saved values are stored first).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PatchOf } from '../../jmap/methods';
import type { SpamSettings } from '../../jmap/object-types';
import { jmapKeys } from '../../jmap/query-keys';
import { updateObject, type SaveResult } from '../../jmap/save-object';
import { jsonEqual } from '../../schema/wire-codec';
import { useConnection } from '../../session/connection-context';
import { SINGLETON, SPAM_SETTINGS, type LoadedSettings } from './spam-settings-queries';

type SaveOutcome = SaveResult<SpamSettings>;

export interface UpdateSettingsVariables {
  patch: Record<string, unknown>;
  /** The settings the patch was computed against, with the state they were read at. */
  base: LoadedSettings;
  /** Overwrite after a conflict: send without ifInState. */
  force: boolean;
}

export function useUpdateSpamSettings() {
  const queryClient = useQueryClient();
  const { client, accountId } = useConnection();
  const detailKey = jmapKeys.detail(accountId, SPAM_SETTINGS, SINGLETON);
  return useMutation({
    mutationFn: async ({ patch, base, force }: UpdateSettingsVariables): Promise<SaveOutcome> => {
      let ifInState = force ? null : base.state;
      for (let attempt = 0; ; attempt++) {
        // The form's patch is keyed by the schema's field names, which are the settings' properties.
        const typed = patch as PatchOf<typeof SPAM_SETTINGS>;
        const outcome = await updateObject(client, SPAM_SETTINGS, SINGLETON, typed, ifInState, { plural: 'settings' });
        // A write that changed nothing still moves the state; only changed values are a conflict.
        if (outcome.kind !== 'conflict' || outcome.server === null || attempt >= 2) return outcome;
        if (!jsonEqual(outcome.server.object, base.object)) return outcome;
        ifInState = outcome.server.state;
      }
    },
    onSuccess: async (outcome) => {
      if (outcome.kind !== 'saved') return;
      queryClient.setQueryData(detailKey, outcome.loaded);
      await queryClient.invalidateQueries({
        queryKey: jmapKeys.type(accountId, SPAM_SETTINGS),
        predicate: (query) => query.queryKey[3] !== 'detail',
      });
    },
  });
}

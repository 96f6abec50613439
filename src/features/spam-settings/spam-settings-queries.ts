// The x:SpamSettings singleton as a TanStack queryOptions factory, keyed under the type prefix.
import { queryOptions } from '@tanstack/react-query';
import type { JmapClient } from '../../jmap/client';
import { describeJmapError, type JmapError } from '../../jmap/errors';
import type { SpamSettings } from '../../catalog/spam-settings';
import type { Id } from '../../schema/wire-types';
import { jmapKeys } from '../../jmap/query-keys';
import type { Loaded } from '../../jmap/save-object';

export const SPAM_SETTINGS = 'x:SpamSettings';
export const SINGLETON = 'singleton';

export type LoadedSettings = Loaded<SpamSettings>;

export function failure(error: JmapError): Error {
  return new Error(describeJmapError(error), { cause: error });
}

export function spamSettingsQuery(client: JmapClient, accountId: Id) {
  return queryOptions({
    queryKey: jmapKeys.detail(accountId, SPAM_SETTINGS, SINGLETON),
    queryFn: async (): Promise<LoadedSettings> => {
      const result = await client.call('x:SpamSettings/get', { ids: [SINGLETON] });
      if (!result.ok) throw failure(result.error);
      // A singleton that was never stored still comes back, filled with defaults.
      const settings = result.value.list[0];
      if (!settings) throw new Error('The server did not return the spam filter settings.');
      return { object: settings };
    },
    // What was loaded is the baseline of the next save; a silent refetch must not move it
    // under a form that is being edited (saves put fresh data here themselves).
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });
}

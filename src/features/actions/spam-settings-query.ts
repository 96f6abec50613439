// The spam thresholds for placing a score on the ladder (x:SpamSettings/get of the singleton).
import { queryOptions } from '@tanstack/react-query';
import type { JmapClient } from '../../jmap/client';
import { jmapKeys } from '../../jmap/query-keys';
import type { Thresholds } from './score-ladder';

export function spamThresholdsQuery(client: JmapClient, accountId: string) {
  return queryOptions({
    // Under the singleton's detail key, so invalidating SpamSettings refreshes it too.
    queryKey: [...jmapKeys.detail(accountId, 'x:SpamSettings', 'singleton'), 'thresholds'] as const,
    queryFn: async (): Promise<Thresholds> => {
      const response = await client.call('x:SpamSettings/get', {
        accountId,
        ids: ['singleton'],
        properties: ['scoreSpam', 'scoreDiscard', 'scoreReject'],
      });
      if (!response.ok) throw response.error;
      const settings = response.value.list[0];
      if (!settings) throw new Error('The server returned no spam filter settings.');
      return { scoreSpam: settings.scoreSpam, scoreDiscard: settings.scoreDiscard, scoreReject: settings.scoreReject };
    },
  });
}

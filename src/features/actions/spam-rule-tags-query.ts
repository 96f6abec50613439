// Which spam rule produces which tag, from every rule's condition (x:SpamRule/query, then /get in
// chunks the server accepts).
import { queryOptions } from '@tanstack/react-query';
import type { JmapClient } from '../../jmap/client';
import { jmapKeys } from '../../jmap/query-keys';
import { buildTagRuleMap, type RuleRef } from './tag-rule-map';

export function spamRuleTagsQuery(client: JmapClient, accountId: string, maxObjectsInGet: number) {
  return queryOptions({
    queryKey: [...jmapKeys.lists(accountId, 'x:SpamRule'), 'tag-sources'] as const,
    queryFn: async (): Promise<Map<string, RuleRef[]>> => {
      const ids = await client.queryAllIds('x:SpamRule', null);
      if (!ids.ok) throw ids.error;
      const chunk = Math.max(1, maxObjectsInGet);
      const rules = [];
      for (let start = 0; start < ids.value.length; start += chunk) {
        const response = await client.call('x:SpamRule/get', {
          accountId,
          ids: ids.value.slice(start, start + chunk),
          properties: ['name', 'condition'],
        });
        if (!response.ok) throw response.error;
        rules.push(...response.value.list);
      }
      return buildTagRuleMap(rules);
    },
  });
}

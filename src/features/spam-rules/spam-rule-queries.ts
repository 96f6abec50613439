// Reads of x:SpamRule as TanStack queryOptions factories; keys from jmapKeys so that the type
// prefix ['jmap', accountId, 'x:SpamRule'] invalidates every one of them.
import { queryOptions } from '@tanstack/react-query';
import type { JmapClient } from '../../jmap/client';
import { describeJmapError, type JmapError } from '../../jmap/errors';
import { getAllObjects } from '../../jmap/get-all-objects';
import type { SpamRule } from '../../catalog/spam-rule';
import type { Id } from '../../schema/wire-types';
import { jmapKeys } from '../../jmap/query-keys';
import type { Loaded } from '../../jmap/save-object';

export const SPAM_RULE = 'x:SpamRule';

const listProperties = ['name', '@type', 'priority', 'enable', 'description'] as const;

export type RuleRow = Pick<SpamRule, 'id' | 'name' | '@type' | 'priority' | 'enable'> & { description?: string | null };

export type LoadedRule = Loaded<SpamRule>;

export function failure(error: JmapError): Error {
  return new Error(describeJmapError(error), { cause: error });
}

/**
 * Every rule, fetched within the server's limits (getAllObjects): a real server matches rule names
 * only exactly and cannot sort by priority, so the list searches, filters and sorts in the console.
 */
export function ruleListQuery(client: JmapClient, accountId: Id) {
  return queryOptions({
    // No filter, sort or page: the whole list, one cache entry.
    queryKey: jmapKeys.list(accountId, SPAM_RULE, {}),
    queryFn: async (): Promise<RuleRow[]> => {
      const result = await getAllObjects<RuleRow>(client, SPAM_RULE, listProperties);
      if (!result.ok) throw failure(result.error);
      return result.value;
    },
  });
}

/** The id of the rule with exactly this Rule ID, as stored; null when there is none. */
export async function findRuleByName(client: JmapClient, name: string): Promise<Id | null> {
  // The server's `name` filter is an exact match on the stored ID: the right tool for this.
  const result = await client.call('x:SpamRule/query', { filter: { name }, limit: 1 });
  if (!result.ok) throw failure(result.error);
  return result.value.ids[0] ?? null;
}

/** One rule, or null when it does not exist. */
export function ruleDetailQuery(client: JmapClient, accountId: Id, id: Id) {
  return queryOptions({
    queryKey: jmapKeys.detail(accountId, SPAM_RULE, id),
    queryFn: async (): Promise<LoadedRule | null> => {
      const result = await client.call('x:SpamRule/get', { ids: [id] });
      if (!result.ok) throw failure(result.error);
      const rule = result.value.list[0];
      return rule ? { object: rule } : null;
    },
    // What was loaded is the baseline of the next save; a silent refetch must not move it
    // under a form that is being edited (saves put fresh data here themselves).
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });
}

// Reads of x:SpamRule as TanStack queryOptions factories; keys from jmapKeys so that the type
// prefix ['jmap', accountId, 'x:SpamRule'] invalidates every one of them.
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { JmapClient } from '../../jmap/client';
import { describeJmapError, type JmapError } from '../../jmap/errors';
import type { SortOf } from '../../jmap/methods';
import type { Id, SpamRule } from '../../jmap/object-types';
import { jmapKeys } from '../../jmap/query-keys';
import type { Loaded } from '../../jmap/save-object';
import { RULES_PER_PAGE, type RuleListParams } from './spam-rule-list-params';

export const SPAM_RULE = 'x:SpamRule';

const listProperties = ['name', '@type', 'priority', 'enable'] as const;

export type RuleRow = Pick<SpamRule, 'id' | 'name' | '@type' | 'priority' | 'enable'>;

export interface RulePage {
  rows: RuleRow[];
  position: number;
  total: number | undefined;
}

export type LoadedRule = Loaded<SpamRule>;

export function failure(error: JmapError): Error {
  return new Error(describeJmapError(error), { cause: error });
}

/** One page of rules in one request: /query (filter, sort, position, limit, total), then /get of its ids. */
export function ruleListQuery(client: JmapClient, accountId: Id, params: RuleListParams) {
  const filter = params.name ? { name: params.name } : {};
  const sort: SortOf<'x:SpamRule'> = [{ property: params.sort, isAscending: params.ascending }];
  const position = (params.page - 1) * RULES_PER_PAGE;
  return queryOptions({
    queryKey: jmapKeys.list(accountId, SPAM_RULE, { filter, sort, position, limit: RULES_PER_PAGE }),
    queryFn: async (): Promise<RulePage> => {
      const result = await client.request((b) => {
        const query = b.call('x:SpamRule/query', { filter, sort, position, limit: RULES_PER_PAGE, calculateTotal: true });
        const get = b.call('x:SpamRule/get', { ids: query.ref('/ids'), properties: listProperties });
        return { query, get };
      });
      if (!result.ok) throw failure(result.error);
      const byId = new Map(result.value.get.list.map((r) => [r.id, r]));
      return {
        rows: result.value.query.ids.flatMap((id) => byId.get(id) ?? []),
        position: result.value.query.position,
        total: result.value.query.total,
      };
    },
    // Paging and filtering keep the current rows on screen until the next page arrives.
    placeholderData: keepPreviousData,
  });
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

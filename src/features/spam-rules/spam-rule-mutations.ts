// Writes of x:SpamRule as mutations. Each declares its invalidation once: on success (or, for the
// optimistic toggle, when settled) everything cached under the type prefix is stale.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Id } from '../../schema/wire-types';
import { jmapKeys } from '../../jmap/query-keys';
import { useCreateObject } from '../../jmap-query/use-create-object';
import { useUpdateObject } from '../../jmap-query/use-update-object';
import { useConnection } from '../../session/connection-context';
import { SPAM_RULE, type RuleRow } from './spam-rule-queries';
import { destroyRule, setRuleEnabled } from './spam-rule-requests';

export function useCreateRule() {
  return useCreateObject(SPAM_RULE, 'rule');
}

export function useUpdateRule() {
  return useUpdateObject(SPAM_RULE, 'rule');
}

export function useDeleteRule() {
  const queryClient = useQueryClient();
  const { client, accountId } = useConnection();
  return useMutation({
    mutationFn: (id: Id) => destroyRule(client, id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: jmapKeys.type(accountId, SPAM_RULE) }),
  });
}

export interface ToggleRuleVariables {
  id: Id;
  name: string;
  enable: boolean;
}

/** The list's enable switch: shown at once, rolled back if the server refuses. */
export function useToggleRule() {
  const queryClient = useQueryClient();
  const { client, accountId } = useConnection();
  const lists = jmapKeys.lists(accountId, SPAM_RULE);
  return useMutation({
    mutationFn: ({ id, enable }: ToggleRuleVariables) => setRuleEnabled(client, id, enable),
    onMutate: async ({ id, enable }) => {
      // A list fetch already under way would overwrite the optimistic value with the old one.
      await queryClient.cancelQueries({ queryKey: lists });
      const previous = queryClient.getQueriesData<RuleRow[]>({ queryKey: lists });
      queryClient.setQueriesData<RuleRow[]>({ queryKey: lists }, (rows) => rows?.map((row) => (row.id === id ? { ...row, enable } : row)));
      return { previous };
    },
    onError: (_error, _variables, context) => {
      for (const [key, page] of context?.previous ?? []) queryClient.setQueryData(key, page);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: jmapKeys.type(accountId, SPAM_RULE) }),
  });
}

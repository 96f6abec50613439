// Writes of x:SpamRule as mutations. Each declares its invalidation once: on success (or, for the
// optimistic toggle, when settled) everything cached under the type prefix is stale.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PatchOf } from '../../jmap/methods';
import type { Id, SpamRule, SpamRuleCreate } from '../../jmap/object-types';
import { jmapKeys } from '../../jmap/query-keys';
import { createObject, updateObject, type SaveResult } from '../../jmap/save-object';
import { jsonEqual } from '../../schema/wire-codec';
import { useConnection } from '../../session/connection-context';
import { SPAM_RULE, type LoadedRule, type RulePage } from './spam-rule-queries';
import { destroyRule, setRuleEnabled } from './spam-rule-requests';

type SaveOutcome = SaveResult<SpamRule>;

/** Stores the rule a save brought back, and marks the rest of the type stale (not refetching that rule again). */
function useAfterSave() {
  const queryClient = useQueryClient();
  const { accountId } = useConnection();
  return async (outcome: SaveOutcome) => {
    if (outcome.kind !== 'saved') return;
    const id = outcome.loaded.object.id;
    queryClient.setQueryData(jmapKeys.detail(accountId, SPAM_RULE, id), outcome.loaded);
    await queryClient.invalidateQueries({
      queryKey: jmapKeys.type(accountId, SPAM_RULE),
      predicate: (query) => !(query.queryKey[3] === 'detail' && query.queryKey[4] === id),
    });
  };
}

export function useCreateRule() {
  const { client } = useConnection();
  const afterSave = useAfterSave();
  return useMutation({
    mutationFn: (wire: SpamRuleCreate) => createObject(client, SPAM_RULE, wire, 'rule'),
    onSuccess: afterSave,
  });
}

export interface UpdateRuleVariables {
  id: Id;
  patch: Record<string, unknown>;
  /** The rule the patch was computed against, with the state it was read at. */
  base: LoadedRule;
  /** Overwrite after a conflict: send without ifInState. */
  force: boolean;
}

export function useUpdateRule() {
  const { client } = useConnection();
  const afterSave = useAfterSave();
  return useMutation({
    mutationFn: async ({ id, patch, base, force }: UpdateRuleVariables): Promise<SaveOutcome> => {
      let ifInState = force ? null : base.state;
      for (let attempt = 0; ; attempt++) {
        // The form's patch is keyed by the schema's field names, which are the rule's properties.
        const outcome = await updateObject(client, SPAM_RULE, id, patch as PatchOf<typeof SPAM_RULE>, ifInState, 'rule');
        // The state covers every rule, so a change to another one trips it too. Only a change to
        // this rule is a conflict; otherwise the same patch goes again from the new state.
        if (outcome.kind !== 'conflict' || outcome.server === null || attempt >= 2) return outcome;
        if (!jsonEqual(outcome.server.object, base.object)) return outcome;
        ifInState = outcome.server.state;
      }
    },
    onSuccess: afterSave,
  });
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
      const previous = queryClient.getQueriesData<RulePage>({ queryKey: lists });
      queryClient.setQueriesData<RulePage>({ queryKey: lists }, (page) =>
        page && { ...page, rows: page.rows.map((row) => (row.id === id ? { ...row, enable } : row)) },
      );
      return { previous };
    },
    onError: (_error, _variables, context) => {
      for (const [key, page] of context?.previous ?? []) queryClient.setQueryData(key, page);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: jmapKeys.type(accountId, SPAM_RULE) }),
  });
}

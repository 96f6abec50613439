// Runs an action and records it in the session history once the server has answered.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ActionCreate } from '../../catalog/action';
import { jmapKeys } from '../../jmap/query-keys';
import { useConnection } from '../../session/connection-context';
import { newRunId, sessionHistory, type ActionRun, type MessageFacts } from './action-history';
import { runAction, type ActionOutcome } from './run-action';

export interface ActionRequest {
  create: ActionCreate;
  /** Inputs to remember with the run (never the raw message). */
  input?: Record<string, unknown>;
  message?: MessageFacts;
}

export interface ActionRunResult {
  run: ActionRun;
  outcome: ActionOutcome;
}

// After these the server's configuration may read differently: cached reads are refreshed.
const REFRESHING = new Set(['ReloadSettings', 'ReloadLookupStores', 'InvalidateCaches']);

export function useRunAction() {
  const { client, accountId, username } = useConnection();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (request: ActionRequest): Promise<ActionRunResult> => {
      const outcome = await runAction(client, accountId, request.create);
      const run: ActionRun = {
        id: newRunId(),
        at: new Date().toISOString(),
        type: request.create['@type'],
        username,
        outcome: outcome.ok
          ? { ok: true, result: outcome.created }
          : { ok: false, message: outcome.message, ...(outcome.setError ? { error: outcome.setError } : {}) },
        ...(request.input ? { input: request.input } : {}),
        ...(request.message ? { message: request.message } : {}),
      };
      sessionHistory.append(run);
      return { run, outcome };
    },
    onSuccess: ({ outcome, run }) => {
      if (outcome.ok && REFRESHING.has(run.type)) void queryClient.invalidateQueries({ queryKey: jmapKeys.all(accountId) });
    },
  });
}

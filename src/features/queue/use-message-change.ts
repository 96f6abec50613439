// Changes to one queued message (retry, reschedule, cancel recipients, requeue, cancel the
// message), each one /set that the screen waits for, then the queue is read again.

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { JmapFailure } from '../../jmap/failure';
import { useConnection } from '../../session/connection-context';
import { queueKeys } from './queue-queries';
import type { QueuePatch } from './queue-patches';
import { SetFailure } from './set-error-text';

export type MessageChange = { kind: 'update'; id: string; patch: QueuePatch } | { kind: 'destroy'; id: string };

export function useMessageChange() {
  const { client, accountId } = useConnection();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (change: MessageChange): Promise<void> => {
      const args =
        change.kind === 'update' ? { update: { [change.id]: change.patch } } : { destroy: [change.id] };
      const result = await client.call('x:QueuedMessage/set', args);
      if (!result.ok) throw new JmapFailure(result.error);
      const failure =
        change.kind === 'update' ? result.value.notUpdated?.[change.id] : result.value.notDestroyed?.[change.id];
      if (failure) throw new SetFailure(failure);
    },
    // Every list window, the message and its counts may have changed.
    onSettled: () => queryClient.invalidateQueries({ queryKey: queueKeys.all(accountId) }),
  });
}

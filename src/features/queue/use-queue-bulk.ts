// A change applied to many queued messages: /set in chunks of maxObjectsInSet (client.bulkSet),
// progress per chunk, and per-id failures reported while the rest goes through.

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { BulkProgress, BulkSetOutcome } from '../../jmap/bulk-set';
import type { Id } from '../../schema/wire-types';
import { useConnection } from '../../session/connection-context';
import { queueKeys } from './queue-queries';
import type { QueuePatch } from './queue-patches';

export type BulkKind = 'retry' | 'reschedule' | 'cancel' | 'cancelRecipients' | 'requeue';

export interface BulkRequest {
  kind: BulkKind;
  changes: { update?: Record<Id, QueuePatch>; destroy?: readonly Id[] };
}

export interface BulkResult {
  request: BulkRequest;
  outcome: BulkSetOutcome;
}

export function useQueueBulk() {
  const { client, accountId } = useConnection();
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState<BulkProgress | null>(null);
  const mutation = useMutation({
    mutationFn: async (request: BulkRequest): Promise<BulkResult> => {
      const total = Object.keys(request.changes.update ?? {}).length + (request.changes.destroy?.length ?? 0);
      setProgress({ done: 0, total, failed: 0 });
      const outcome = await client.bulkSet('x:QueuedMessage', request.changes, setProgress);
      return { request, outcome };
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: queueKeys.all(accountId) }),
  });
  return {
    ...mutation,
    progress,
    reset: () => {
      mutation.reset();
      setProgress(null);
    },
  };
}

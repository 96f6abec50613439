// Pause or resume outbound queue processing (x:Action PauseMtaQueue / ResumeMtaQueue).

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { JmapFailure } from '../../jmap/failure';
import { useConnection } from '../../session/connection-context';
import type { LastProcessingAction } from './queue-processing-state';
import { queueKeys } from './queue-queries';
import { SetFailure } from './set-error-text';

export function useQueueProcessingAction() {
  const { client, accountId } = useConnection();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (pause: boolean): Promise<boolean> => {
      const result = await client.call('x:Action/set', {
        create: { 'action-0': { '@type': pause ? 'PauseMtaQueue' : 'ResumeMtaQueue' } },
      });
      if (!result.ok) throw new JmapFailure(result.error);
      const failure = result.value.notCreated?.['action-0'];
      if (failure) throw new SetFailure(failure);
      return pause;
    },
    onSuccess: (paused) => {
      // The server cannot report the state: remembered for this session (until sign-out).
      const last: LastProcessingAction = { paused, at: new Date().toISOString() };
      queryClient.setQueryData(queueKeys.lastProcessingAction(accountId), last);
    },
  });
}

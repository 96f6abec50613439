// Queue processing with Pause and Resume (x:Action PauseMtaQueue / ResumeMtaQueue, each gated by
// its own action permission). The server cannot report whether it is paused (see
// queue-processing-state.ts), so the state reads "unknown", never a guessed "Running".

import { skipToken, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useCan, useConnection } from '../../session/connection-context';
import { Badge } from '../../ui/badge';
import { Button } from '../../ui/button';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { describeError } from '../../ui/describe-error';
import { formatDateTime } from './format-date';
import type { LastProcessingAction } from './queue-processing-state';
import { queueKeys } from './queue-queries';
import { useQueueProcessingAction } from './use-queue-processing-action';

export function QueueProcessingControl() {
  const { accountId } = useConnection();
  const canCreateAction = useCan('sysActionCreate');
  const canPause = useCan('actionPauseMtaQueue') && canCreateAction;
  const canResume = useCan('actionResumeMtaQueue') && canCreateAction;
  const last = useQuery<LastProcessingAction>({
    queryKey: queueKeys.lastProcessingAction(accountId),
    queryFn: skipToken,
    staleTime: Infinity,
    gcTime: Infinity,
  });
  const action = useQueueProcessingAction();
  const [confirmPause, setConfirmPause] = useState(false);

  return (
    <section className="queue-processing" aria-label="Queue processing">
      <p>
        Queue processing: <Badge tone="neutral">State unknown</Badge>
        {last.data && (
          <span className="queue-muted">
            {' '}
            (you {last.data.paused ? 'paused' : 'resumed'} it at {formatDateTime(last.data.at)} in this session)
          </span>
        )}
      </p>
      {canPause && (
        <Button onClick={() => setConfirmPause(true)} disabled={action.isPending}>
          Pause queue
        </Button>
      )}
      {canResume && (
        <Button onClick={() => action.mutate(false)} disabled={action.isPending}>
          Resume queue
        </Button>
      )}
      {action.isError && (
        <p role="alert" className="queue-filters__error">
          {describeError(action.error)}
        </p>
      )}
      <ConfirmDialog
        open={confirmPause}
        title="Pause queue processing?"
        message="No queued message is delivered until processing is resumed. Messages keep arriving in the queue."
        confirmLabel="Pause queue"
        cancelLabel="Keep running"
        busy={action.isPending}
        onCancel={() => setConfirmPause(false)}
        onConfirm={() => action.mutate(true, { onSettled: () => setConfirmPause(false) })}
      />
    </section>
  );
}

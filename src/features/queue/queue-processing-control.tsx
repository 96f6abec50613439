// Paused or running, with Pause and Resume (x:Action PauseMtaQueue / ResumeMtaQueue, each gated by
// its own action permission).

import { skipToken, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useCan, useConnection } from '../../session/connection-context';
import { Badge } from '../../ui/badge';
import { Button } from '../../ui/button';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { describeError } from '../../ui/describe-error';
import { formatDateTime } from './format-date';
import type { LastProcessingAction } from './queue-processing-state';
import { queueKeys, queueProcessingOptions } from './queue-queries';
import { useQueueProcessingAction } from './use-queue-processing-action';

export function QueueProcessingControl({ refetchInterval }: { refetchInterval: number | false }) {
  const { client, accountId } = useConnection();
  const canCreateAction = useCan('sysActionCreate');
  const canPause = useCan('actionPauseMtaQueue') && canCreateAction;
  const canResume = useCan('actionResumeMtaQueue') && canCreateAction;
  const state = useQuery({ ...queueProcessingOptions({ client, accountId }), refetchInterval });
  // This session's last pause/resume, for servers that cannot report the state.
  const last = useQuery<LastProcessingAction>({
    queryKey: queueKeys.lastProcessingAction(accountId),
    queryFn: skipToken,
    staleTime: Infinity,
    gcTime: Infinity,
  });
  const action = useQueueProcessingAction();
  const [confirmPause, setConfirmPause] = useState(false);

  const known = state.data?.known ? state.data : undefined;
  let status;
  if (state.isPending) status = <Badge tone="neutral">Checking…</Badge>;
  else if (known) status = known.paused ? <Badge tone="warning">Paused</Badge> : <Badge tone="success">Running</Badge>;
  else status = <Badge tone="neutral">State unknown</Badge>;

  const showPause = canPause && (!known || !known.paused);
  const showResume = canResume && (!known || known.paused);

  return (
    <section className="queue-processing" aria-label="Queue processing">
      <p>
        Queue processing: {status}
        {!known && last.data && (
          <span className="queue-muted">
            {' '}
            (you {last.data.paused ? 'paused' : 'resumed'} it at {formatDateTime(last.data.at)} in this session)
          </span>
        )}
      </p>
      {showPause && (
        <Button onClick={() => setConfirmPause(true)} disabled={action.isPending}>
          Pause queue
        </Button>
      )}
      {showResume && (
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

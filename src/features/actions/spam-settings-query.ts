// The spam thresholds for placing a score on the ladder: a view of the x:SpamSettings singleton,
// stale whenever the settings are saved.
import type { JmapClient } from '../../jmap/client';
import { objectQueries } from '../../objects/object-queries';
import type { Thresholds } from './score-ladder';

export function spamThresholdsQuery(client: JmapClient, accountId: string) {
  return objectQueries({ name: 'x:SpamSettings' }).view<Thresholds>(
    { client, accountId },
    'singleton',
    'thresholds',
    ['scoreSpam', 'scoreDiscard', 'scoreReject'],
    ({ scoreSpam, scoreDiscard, scoreReject }) => ({ scoreSpam, scoreDiscard, scoreReject }),
  );
}

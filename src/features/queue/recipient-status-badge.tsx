import type { RecipientStatus } from '../../catalog/queued-message';
import { Badge } from '../../ui/badge';
import { recipientStatusText, recipientStatusToneOf } from './recipient-status';

export function RecipientStatusBadge({ status }: { status: RecipientStatus }) {
  return <Badge tone={recipientStatusToneOf(status)}>{recipientStatusText(status)}</Badge>;
}

import type { RecipientStatus } from '../../jmap/object-types';
import { Badge } from '../../ui/badge';
import { recipientStatusText, recipientStatusToneOf } from './recipient-status';

export function RecipientStatusBadge({ status }: { status: RecipientStatus }) {
  return <Badge tone={recipientStatusToneOf(status)}>{recipientStatusText(status)}</Badge>;
}

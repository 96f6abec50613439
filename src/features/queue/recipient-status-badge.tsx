import type { RecipientStatus } from '../../jmap/object-types';
import { Badge } from '../../ui/badge';
import { recipientStatusLabel, recipientStatusTone } from './recipient-status';

export function RecipientStatusBadge({ status }: { status: RecipientStatus }) {
  return <Badge tone={recipientStatusTone(status['@type'])}>{recipientStatusLabel(status['@type'])}</Badge>;
}

import { Badge } from '../../ui/badge';
import { isNullSender } from './recipient-status';

/** The envelope sender; a null sender ("<>", bounces and reports) gets a badge that says so. */
export function SenderLabel({ returnPath }: { returnPath: string }) {
  if (isNullSender(returnPath)) return <Badge tone="neutral">Bounce (null sender)</Badge>;
  return <>{returnPath}</>;
}

export function senderText(returnPath: string): string {
  return isNullSender(returnPath) ? 'null sender (bounce)' : returnPath;
}

import { Badge } from '../../ui/badge';
import { isNullSender } from './recipient-status';

/**
 * The envelope sender; a null sender ("<>", bounces and reports) gets a badge that says so. With
 * `wrap`, a narrow column may wrap the address after its "@", never inside the local part or the
 * domain.
 */
export function SenderLabel({ returnPath, wrap = false }: { returnPath: string; wrap?: boolean }) {
  if (isNullSender(returnPath)) return <Badge tone="neutral">Bounce (null sender)</Badge>;
  const at = returnPath.lastIndexOf('@');
  if (!wrap || at < 0) return <>{returnPath}</>;
  return (
    <>
      {returnPath.slice(0, at + 1)}
      <wbr />
      {returnPath.slice(at + 1)}
    </>
  );
}

export function senderText(returnPath: string): string {
  return isNullSender(returnPath) ? 'null sender (bounce)' : returnPath;
}

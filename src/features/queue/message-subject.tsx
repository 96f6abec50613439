// The subject of a queued message in the list: read from the message's header block when its row
// is first on screen, then kept in the query cache (a blob never changes).

import { useQuery } from '@tanstack/react-query';
import { useRef } from 'react';
import { useConnection } from '../../session/connection-context';
import { messageHeadersOptions } from './message-headers';
import { useSeenOnScreen } from './use-seen-on-screen';

export function MessageSubject({ id, blobId }: { id: string; blobId: string }) {
  const { client, accountId } = useConnection();
  const ref = useRef<HTMLSpanElement>(null);
  const seen = useSeenOnScreen(ref);
  const headers = useQuery({ ...messageHeadersOptions({ client, accountId }, id, blobId), enabled: seen });
  let text: string;
  if (headers.data) text = headers.data.subject?.trim() || '(no subject)';
  else if (headers.isError) text = 'Subject unavailable';
  else text = '\u00a0';
  return (
    <span ref={ref} className="queue-subject__text" title={headers.data?.subject}>
      {text}
    </span>
  );
}

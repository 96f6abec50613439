// Subject, From, To, Date and Message-ID of a queued message. x:QueuedMessage carries none of
// them, so they come from the message itself: its header block only (header-block.ts), decoded
// (RFC 2047 encoded words, address lists) by postal-mime, loaded on first use.

import { queryOptions } from '@tanstack/react-query';
import type { JmapClient } from '../../jmap/client';
import { JmapFailure } from '../../jmap/failure';
import { createLimiter } from '../../jmap/limiter';
import { readHeaderBlock } from './header-block';
import { emlFileName } from './queue-queries';

export interface MessageHeaders {
  subject: string | undefined;
  from: string | undefined;
  to: string | undefined;
  /** As written in the message's Date header. */
  date: string | undefined;
  messageId: string | undefined;
}

interface AddressLike {
  name: string;
  address?: string | undefined;
  group?: AddressLike[] | undefined;
}

export async function parseHeaders(block: Uint8Array): Promise<MessageHeaders> {
  const { default: PostalMime } = await import('postal-mime');
  // The parser expects a whole message: the block already ends with its empty line.
  const email = await PostalMime.parse(block);
  const raw = (key: string) => email.headers.find((h) => h.key === key)?.value;
  return {
    subject: email.subject,
    from: email.from ? formatAddresses([email.from]) : undefined,
    to: email.to?.length ? formatAddresses(email.to) : undefined,
    date: raw('date')?.trim(),
    messageId: email.messageId,
  };
}

export function formatAddresses(list: readonly AddressLike[]): string {
  return list
    .map((entry) => {
      if (entry.group) return `${entry.name}: ${formatAddresses(entry.group)}`;
      if (entry.name && entry.address) return `${entry.name} <${entry.address}>`;
      return entry.address || entry.name;
    })
    .join(', ');
}

// A browser opens few connections per server: two header reads at a time leave the others free
// for the list's own JMAP requests.
const headerReads = createLimiter(() => 2);

export function fetchMessageHeaders(client: JmapClient, id: string, blobId: string): Promise<MessageHeaders> {
  return headerReads.run(() => readMessageHeaders(client, id, blobId));
}

async function readMessageHeaders(client: JmapClient, id: string, blobId: string): Promise<MessageHeaders> {
  const controller = new AbortController();
  try {
    const opened = await client.openBlob(blobId, emlFileName(id), 'message/rfc822', { signal: controller.signal });
    if (!opened.ok) throw new JmapFailure(opened.error);
    const body = opened.value.body;
    if (!body) throw new JmapFailure({ kind: 'invalidResponse', message: 'The message download has no body' });
    return await parseHeaders(await readHeaderBlock(body));
  } finally {
    controller.abort();
  }
}

/** Blobs never change: read once per blob and kept. */
export function messageHeadersOptions(deps: { client: JmapClient; accountId: string }, id: string, blobId: string) {
  return queryOptions({
    // Outside the x:QueuedMessage prefix: refreshing the queue must not read the headers again.
    queryKey: ['jmap', deps.accountId, 'blob', blobId, 'headers'] as const,
    queryFn: () => fetchMessageHeaders(deps.client, id, blobId),
    staleTime: Infinity,
    gcTime: 30 * 60_000,
    retry: false,
  });
}

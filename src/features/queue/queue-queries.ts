// Every read of the queue screens as a TanStack queryOptions factory. Keys run from general to
// specific under ['jmap', accountId, 'x:QueuedMessage'], so invalidating that prefix refreshes
// every list window, every message and its raw content.

import { hashKey, queryOptions, type Query } from '@tanstack/react-query';
import type { JmapClient } from '../../jmap/client';
import type { Comparator, PickUnion } from '../../jmap/methods';
import type { QueuedMessage, QueuedMessageFilter } from '../../catalog/queued-message';
import { JmapFailure } from '../../jmap/failure';
import { objectKeys } from '../../objects/keys';
import type { HandleMap } from '../../jmap/request-builder';

export const QUEUE_TYPE = 'x:QueuedMessage';

export interface QueueDeps {
  client: JmapClient;
  accountId: string;
  /** The session's maxObjectsInGet: no /get asks for more ids than this. */
  maxObjectsInGet: number;
}

export const LIST_PROPERTIES = ['returnPath', 'recipients', 'nextRetry', 'createdAt', 'size', 'blobId'] as const;
export type QueueListItem = PickUnion<QueuedMessage, (typeof LIST_PROPERTIES)[number] | 'id'>;

export interface QueueRangeParams {
  filter: QueuedMessageFilter;
  sort: readonly Comparator<'due'>[];
  position: number;
  limit: number;
}

export interface QueueRange {
  items: QueueListItem[];
  /** Position of the first item as the server answered it. */
  position: number;
  /** Matching messages (calculateTotal); undefined when the server did not say. */
  total: number | undefined;
}

export const queueKeys = {
  all: (accountId: string) => objectKeys.type(accountId, QUEUE_TYPE),
  range: (accountId: string, params: QueueRangeParams) => objectKeys.list(accountId, QUEUE_TYPE, params),
  message: (accountId: string, id: string) => objectKeys.detail(accountId, QUEUE_TYPE, id),
  raw: (accountId: string, id: string, blobId: string) => objectKeys.derived(accountId, QUEUE_TYPE, id, 'raw', blobId),
  lastProcessingAction: (accountId: string) => [{ ...objectKeys.type(accountId, QUEUE_TYPE)[0], view: 'processing/last-action' }] as const,
};

/**
 * Rows [position, position + limit) in ONE HTTP request: /query by position and /get of its ids
 * through a result reference, in slices of at most maxObjectsInGet ids.
 */
export async function fetchQueueRange(deps: QueueDeps, params: QueueRangeParams): Promise<QueueRange> {
  const slice = Math.max(1, Math.min(params.limit, deps.maxObjectsInGet));
  const slices = Math.max(1, Math.ceil(params.limit / slice));
  const result = await deps.client.request((b) => {
    const handles: HandleMap = {};
    for (let i = 0; i < slices; i++) {
      const q = b.call('x:QueuedMessage/query', {
        filter: params.filter,
        sort: params.sort,
        position: params.position + i * slice,
        limit: Math.min(slice, params.limit - i * slice),
        calculateTotal: i === 0,
      });
      handles[`q${i}`] = q;
      handles[`g${i}`] = b.call('x:QueuedMessage/get', { ids: q.ref('/ids'), properties: LIST_PROPERTIES });
    }
    return handles;
  });
  if (!result.ok) throw new JmapFailure(result.error);
  const responses = result.value as Record<string, unknown>;
  const first = responses.q0 as { position: number; total?: number };
  const items: QueueListItem[] = [];
  for (let i = 0; i < slices; i++) {
    const query = responses[`q${i}`] as { ids: string[] };
    const got = responses[`g${i}`] as { list: QueueListItem[] };
    // Keep the query's order; an id that vanished between the two calls is simply missing.
    const byId = new Map(got.list.map((item) => [item.id, item]));
    for (const id of query.ids) {
      const item = byId.get(id);
      if (item) items.push(item);
    }
  }
  return { items, position: first.position, total: first.total };
}

export function queueRangeOptions(deps: QueueDeps, params: QueueRangeParams) {
  return queryOptions({
    queryKey: queueKeys.range(deps.accountId, params),
    queryFn: () => fetchQueueRange(deps, params),
    // Which list (filter and sort) this range belongs to, whatever its position.
    meta: { queueList: queueListIdentity(params.filter, params.sort) },
  });
}

/** One string per list (filter and sort), shared by every range of it. */
export function queueListIdentity(filter: QueuedMessageFilter, sort: readonly Comparator<'due'>[]): string {
  return hashKey([filter, sort]);
}

/** The list's size as its newest answer gave it (the queue moves while one pages or scrolls). */
export function newestQueueTotal(queries: readonly Query[], list: string): number | undefined {
  let total: number | undefined;
  let newest = -1;
  for (const query of queries) {
    const data = query.state.data as QueueRange | undefined;
    if (query.meta?.queueList !== list || data?.total === undefined) continue;
    if (query.state.dataUpdatedAt > newest) {
      newest = query.state.dataUpdatedAt;
      total = data.total;
    }
  }
  return total;
}

/** The message is no longer queued: delivered, expired or cancelled. */
export class MessageGoneError extends Error {
  constructor(readonly id: string) {
    super('This message is no longer in the queue: it was delivered, expired or cancelled.');
    this.name = 'MessageGoneError';
  }
}

export function queuedMessageOptions(deps: Pick<QueueDeps, 'client' | 'accountId'>, id: string) {
  return queryOptions({
    queryKey: queueKeys.message(deps.accountId, id),
    queryFn: async (): Promise<QueuedMessage> => {
      const result = await deps.client.call('x:QueuedMessage/get', { ids: [id] });
      if (!result.ok) throw new JmapFailure(result.error);
      const message = result.value.list.find((m) => m.id === id);
      if (!message) throw new MessageGoneError(id);
      return message;
    },
    retry: (failures, error) => !(error instanceof MessageGoneError) && failures < 1,
  });
}

/** The raw message as text; blobs never change, so it is fetched once. */
export function rawMessageOptions(deps: Pick<QueueDeps, 'client' | 'accountId'>, id: string, blobId: string) {
  return queryOptions({
    queryKey: queueKeys.raw(deps.accountId, id, blobId),
    queryFn: async (): Promise<string> => {
      const blob = await deps.client.downloadBlob(blobId, emlFileName(id), 'message/rfc822');
      if (!blob.ok) throw new JmapFailure(blob.error);
      return blob.value.text();
    },
    staleTime: Infinity,
  });
}

export function emlFileName(id: string): string {
  return `queued-message-${id.replace(/[^A-Za-z0-9_-]/g, '_')}.eml`;
}

/**
 * Every id matching a filter (paged /query), for "all matching messages" bulk actions. Read fresh
 * each time and not kept: the queue moves.
 */
export function allMatchingIdsOptions(
  deps: Pick<QueueDeps, 'client' | 'accountId'>,
  filter: QueuedMessageFilter,
  sort: readonly Comparator<'due'>[],
) {
  return queryOptions({
    queryKey: objectKeys.list(deps.accountId, QUEUE_TYPE, { filter, sort, view: 'all-ids' }),
    queryFn: async (): Promise<string[]> => {
      const ids = await deps.client.queryAllIds('x:QueuedMessage', filter, { sort });
      if (!ids.ok) throw new JmapFailure(ids.error);
      return ids.value;
    },
    staleTime: 0,
    gcTime: 0,
  });
}

export type RecipientsById = Map<string, QueuedMessage['recipients']>;

/**
 * The recipients of many messages, for bulk recipient actions: /get in slices of at most
 * maxObjectsInGet ids (slices sent together share requests up to maxCallsInRequest). Not kept.
 */
export function recipientsOfOptions(deps: QueueDeps, ids: readonly string[]) {
  return queryOptions({
    queryKey: [{ ...objectKeys.details(deps.accountId, QUEUE_TYPE)[0], view: 'recipients', extra: ids }] as const,
    queryFn: async (): Promise<RecipientsById> => {
      const size = Math.max(1, deps.maxObjectsInGet);
      const slices: string[][] = [];
      for (let i = 0; i < ids.length; i += size) slices.push(ids.slice(i, i + size));
      const answers = await Promise.all(
        slices.map((slice) => deps.client.call('x:QueuedMessage/get', { ids: slice, properties: ['recipients'] })),
      );
      const out: RecipientsById = new Map();
      for (const answer of answers) {
        if (!answer.ok) throw new JmapFailure(answer.error);
        for (const message of answer.value.list) out.set(message.id, message.recipients);
      }
      return out;
    },
    staleTime: 0,
    gcTime: 0,
  });
}

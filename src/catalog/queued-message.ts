// x:QueuedMessage: a message in the outbound queue. Server-fed: never created, patched through
// the queue's own actions (retry, cancel).
import { z } from 'zod';
import { defineObject, type IndexFilter } from '../schema/define-object';
import { queuedMessageSchema } from '../schema/queued-message';
import { wireSetSchema } from '../schema/wire-types';
import { wireObjectSchema } from '../schema/wire-schema';

export { RETRY_NOW } from '../schema/queued-message';

const serverResponse = {
  responseHostname: z.string().nullish(),
  responseCode: z.number().nullish(),
  responseEnhanced: z.string().nullish(),
  responseMessage: z.string().nullish(),
};
const deliveryError = {
  ...serverResponse,
  errorType: z.string(),
  errorMessage: z.string().nullish(),
  errorCommand: z.string().nullish(),
};

export const recipientStatusSchema = z.discriminatedUnion('@type', [
  z.object({ '@type': z.literal('Scheduled') }),
  z.object({ '@type': z.literal('Completed'), ...serverResponse }),
  z.object({ '@type': z.literal('TemporaryFailure'), ...deliveryError }),
  z.object({ '@type': z.literal('PermanentFailure'), ...deliveryError }),
]);
export type RecipientStatus = z.infer<typeof recipientStatusSchema>;

export const queueExpirySchema = z.discriminatedUnion('@type', [
  z.object({ '@type': z.literal('Ttl'), expiresAt: z.string() }),
  z.object({ '@type': z.literal('Attempts'), expiresAttempts: z.number() }),
]);
export type QueueExpiry = z.infer<typeof queueExpirySchema>;

export const queuedRecipientSchema = z.object({
  status: recipientStatusSchema,
  retryDue: z.string(),
  retryCount: z.number(),
  notifyDue: z.string(),
  notifyCount: z.number(),
  expires: queueExpirySchema,
  queueName: z.string(),
  flags: wireSetSchema,
  orcpt: z.string().nullable(),
});
export type QueuedRecipient = z.infer<typeof queuedRecipientSchema>;

export const queuedMessage = defineObject({
  name: 'x:QueuedMessage',
  kind: 'queue',
  permissionPrefix: 'sysQueuedMessage',
  model: queuedMessageSchema,
  // Recipients are keyed by address.
  wire: wireObjectSchema(queuedMessageSchema, { recipients: z.record(z.string(), queuedRecipientSchema) }),
  indexes: {
    filters: ['text', 'to', 'returnPath', 'queueName', 'due', 'dueIsGreaterThan', 'dueIsGreaterThanOrEqual', 'dueIsLessThan', 'dueIsLessThanOrEqual'],
    sorts: ['due'],
  },
  screens: {
    noun: { singular: 'queued message', plural: 'queued messages' },
    basePath: '/management/queue',
    columns: [
      { property: 'returnPath', label: 'Sender and subject' },
      { property: 'recipients', label: 'Recipients, status and last reply' },
      { property: 'nextRetry', label: 'Next retry' },
      { property: 'createdAt', label: 'Received' },
      { property: 'size', label: 'Size' },
    ],
    menu: ['Management', 'Emails', 'Queued'],
  },
});

export type QueuedMessage = z.infer<typeof queuedMessage.wire>;
export type QueuedMessageFilter = IndexFilter<typeof queuedMessage>;

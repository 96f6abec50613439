// What the console expects of each object a /get returns, checked when the answer arrives. Every
// property is optional (a /get with `properties` returns only those) and unknown ones pass (a newer
// server may add some), but a property that is there must have the type the screens rely on.
import { z } from 'zod';

const nullableString = z.string().nullable();
const nullableInt = z.number().int().nullable();
const wireSet = z.record(z.string(), z.boolean());
const expression = z.looseObject({
  match: z.record(z.string(), z.looseObject({ if: z.string(), then: z.string() })).optional(),
  else: z.string(),
});

const milter = z.looseObject({
  hostname: z.string(),
  port: z.number().int(),
  enable: expression,
  useTls: z.boolean(),
  allowInvalidCerts: z.boolean(),
  stages: wireSet,
  maxResponseSize: z.number(),
  protocolVersion: z.string(),
  tempFailOnError: z.boolean(),
  flagsAction: nullableInt,
  flagsProtocol: nullableInt,
  timeoutConnect: z.number(),
  timeoutCommand: z.number(),
  timeoutData: z.number(),
});

const spamRule = z.looseObject({
  '@type': z.string(),
  name: z.string(),
  description: nullableString,
  enable: z.boolean(),
  priority: z.number().int(),
  condition: expression,
});

const spamSettings = z.looseObject({
  enable: z.boolean(),
  scoreSpam: z.number(),
  scoreDiscard: z.number(),
  scoreReject: z.number(),
  trustContacts: z.boolean(),
  trustReplies: z.boolean(),
  greylistFor: z.number().nullable(),
  spamFilterRulesUrl: nullableString,
});

const recipient = z.looseObject({
  status: z.looseObject({ '@type': z.string() }),
  retryCount: z.number().optional(),
  queueName: z.string().optional(),
});

const queuedMessage = z.looseObject({
  createdAt: z.string(),
  nextRetry: nullableString,
  nextNotify: nullableString,
  blobId: z.string(),
  returnPath: z.string(),
  recipients: z.record(z.string(), recipient),
  receivedFromIp: z.string(),
  receivedViaPort: z.number(),
  flags: wireSet,
  envId: nullableString,
  priority: z.number(),
  size: z.number(),
});

/** Per object type: its properties, all optional, plus the id every /get answer carries. */
export const wireObjectSchemas: Record<string, z.ZodObject> = {
  'x:MtaMilter': milter,
  'x:SpamRule': spamRule,
  'x:SpamSettings': spamSettings,
  'x:QueuedMessage': queuedMessage,
};

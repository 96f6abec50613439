// x:Action: create-only server operations. Most take no input and answer only their id; the two
// diagnostic ones take input and answer results.
import { z } from 'zod';
import { actionVariants, dmarcTroubleshootSchema, spamClassifySchema, type ActionType } from '../schema/action';
import { defineObject } from '../schema/define-object';
import { wireListOf, wireSetSchema } from '../schema/wire-types';
import { resultSchema, variantCreateSchema } from '../schema/wire-schema';

export type { ActionType } from '../schema/action';
export type SimpleActionType = Exclude<ActionType, 'TroubleshootDmarc' | 'ClassifySpam'>;

const authResultSchema = z.union([
  z.object({ '@type': z.literal('Pass') }),
  z.object({ '@type': z.literal('None') }),
  z.object({ '@type': z.enum(['Fail', 'SoftFail', 'TempError', 'PermError', 'Neutral']), details: z.string().nullish() }),
]);
export type DmarcTroubleshootAuthResult = z.infer<typeof authResultSchema>;

const dmarcDispositionSchema = z.enum(['none', 'quarantine', 'reject', 'unspecified']);
export type DmarcDisposition = z.infer<typeof dmarcDispositionSchema>;

// Server-set results, with the two inputs the server echoes (it may fill them in from the others).
const dmarcResultSchema = resultSchema(
  dmarcTroubleshootSchema,
  {
    spfEhloResult: authResultSchema,
    spfMailFromResult: authResultSchema,
    ipRevResult: authResultSchema,
    ipRevPtr: wireSetSchema,
    dkimResults: wireListOf(authResultSchema),
    dkim2Result: authResultSchema,
    arcResult: authResultSchema,
    dmarcResult: authResultSchema,
    dmarcPolicy: dmarcDispositionSchema,
  },
  ['spfEhloDomain', 'spfMailFromDomain'],
);
export type DmarcTroubleshootResult = z.infer<typeof dmarcResultSchema>;

const spamClassifyTagSchema = z.object({ score: z.number(), disposition: z.enum(['score', 'reject', 'discard']) });
export type SpamClassifyTag = z.infer<typeof spamClassifyTagSchema>;

const spamClassifyResultSchema = resultSchema(spamClassifySchema, {
  tags: z.record(z.string(), spamClassifyTagSchema),
  result: z.enum(['spam', 'ham', 'reject', 'discard']),
});
export type SpamClassifyResult = z.infer<typeof spamClassifyResultSchema>;

const noInput = z.object({});
const isSimple = (v: (typeof actionVariants)[number]): v is Extract<(typeof actionVariants)[number], { type: SimpleActionType }> =>
  v.type !== 'TroubleshootDmarc' && v.type !== 'ClassifySpam';
const label = (type: ActionType) => actionVariants.find((v) => v.type === type)?.label ?? type;

const variants = [
  ...actionVariants.filter(isSimple).map((v) => ({ type: v.type, label: v.label, model: noInput })),
  {
    type: 'TroubleshootDmarc' as const,
    label: label('TroubleshootDmarc'),
    model: dmarcTroubleshootSchema,
    required: ['remoteIp', 'ehloDomain', 'mailFrom', 'spfEhloDomain', 'spfMailFromDomain'] as const,
  },
  {
    type: 'ClassifySpam' as const,
    label: label('ClassifySpam'),
    model: spamClassifySchema,
    required: ['message', 'remoteIp', 'ehloDomain', 'envFrom'] as const,
  },
];

const createSchema = variantCreateSchema(variants);

export const action = defineObject({
  name: 'x:Action',
  kind: 'createOnly',
  permissionPrefix: 'sysAction',
  variants,
  // Actions are never stored: /get finds nothing, so the wire form is what a create takes.
  wire: createSchema,
  create: createSchema,
  created: z.union([dmarcResultSchema, spamClassifyResultSchema, z.object({ id: z.string() })]),
  indexes: { filters: [], sorts: [] },
  screens: {
    noun: { singular: 'action', plural: 'actions' },
    basePath: '/management/actions',
    columns: [],
    menu: ['Management', 'Actions'],
  },
});

export type ActionCreate = z.infer<typeof action.create>;
export type TroubleshootDmarcInput = Extract<ActionCreate, { '@type': 'TroubleshootDmarc' }>;
export type ClassifySpamInput = Extract<ActionCreate, { '@type': 'ClassifySpam' }>;
/** Simple actions answer `{id}`; the two diagnostic actions answer their result fields. */
export type ActionCreated = z.infer<typeof action.created>;

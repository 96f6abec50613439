// Every x: object this product manages: its shape (plain, variants, singleton, create-only),
// permission prefix, what may be filtered and sorted, and its field descriptors.
import type { FieldDescriptor } from './field-descriptor';
import { describeFields } from './describe-fields';
import { mtaMilterSchema } from './mta-milter';
import { spamRuleSchemas, spamRuleVariants } from './spam-rule';
import { spamSettingsSchema } from './spam-settings';
import { queuedMessageSchema } from './queued-message';
import { applicationSchema } from './application';
import { actionVariants } from './action';

export type ObjectKind = 'object' | 'singleton' | 'multiple' | 'action' | 'queue';

export interface CatalogVariant {
  label: string;
  fields: FieldDescriptor[];
}

export interface CatalogEntry {
  name: string;
  kind: ObjectKind;
  permissionPrefix: string;
  fields?: FieldDescriptor[];
  variants?: Record<string, CatalogVariant>;
  /** Filter conditions /query accepts (exact names, e.g. "name"). */
  filters: string[];
  /** Properties /query can sort by: `id` and the object's indexed properties on a real server. */
  sorts: string[];
  /** A property whose value must be unique (primaryKeyViolation). */
  uniqueKey?: string;
}

export const objectCatalog: Record<string, CatalogEntry> = {
  'x:MtaMilter': {
    name: 'x:MtaMilter',
    kind: 'object',
    permissionPrefix: 'sysMtaMilter',
    fields: describeFields(mtaMilterSchema),
    filters: [],
    sorts: ['id'],
  },
  'x:SpamRule': {
    name: 'x:SpamRule',
    kind: 'multiple',
    permissionPrefix: 'sysSpamRule',
    variants: Object.fromEntries(
      spamRuleVariants.map((v) => [v.type, { label: v.label, fields: describeFields(spamRuleSchemas[v.type]) }]),
    ),
    filters: ['name'],
    sorts: ['id', 'name'],
    uniqueKey: 'name',
  },
  'x:SpamSettings': {
    name: 'x:SpamSettings',
    kind: 'singleton',
    permissionPrefix: 'sysSpamSettings',
    fields: describeFields(spamSettingsSchema),
    filters: [],
    sorts: [],
  },
  'x:QueuedMessage': {
    name: 'x:QueuedMessage',
    kind: 'queue',
    permissionPrefix: 'sysQueuedMessage',
    fields: describeFields(queuedMessageSchema),
    filters: ['text', 'to', 'returnPath', 'queueName', 'due', 'dueIsGreaterThan', 'dueIsGreaterThanOrEqual', 'dueIsLessThan', 'dueIsLessThanOrEqual'],
    sorts: ['due'],
  },
  'x:Application': {
    name: 'x:Application',
    kind: 'object',
    permissionPrefix: 'sysApplication',
    fields: describeFields(applicationSchema),
    filters: [],
    sorts: ['id'],
  },
  'x:Action': {
    name: 'x:Action',
    kind: 'action',
    permissionPrefix: 'sysAction',
    variants: Object.fromEntries(
      actionVariants.map((v) => [
        v.type,
        { label: v.label, fields: 'schema' in v ? describeFields(v.schema) : [] },
      ]),
    ),
    filters: [],
    sorts: [],
  },
};

/** Fields of one object, or of one of its variants. */
export function catalogFields(entry: CatalogEntry, variant?: string): FieldDescriptor[] | undefined {
  if (entry.variants) return variant !== undefined ? entry.variants[variant]?.fields : undefined;
  return entry.fields;
}

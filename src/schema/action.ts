// x:Action: create-only server operations. One entry per variant, read by the console (list,
// forms, result views) and by the sandbox (validation, behaviour). A variant is diagnostic when it
// has an input and a result: the server answers its result in `created` instead of an id.
import type { z } from 'zod';
import {
  dmarcTroubleshootInputSchema,
  dmarcTroubleshootSchema,
  spamClassifyInputSchema,
  spamClassifySchema,
} from './action-inputs';
import { dmarcTroubleshootResultSchema, spamClassifyResultSchema } from './action-results';

export { dmarcTroubleshootInputSchema, dmarcTroubleshootSchema, spamClassifyInputSchema, spamClassifySchema };

/** "Group: what it does", as the server's schema labels variants; no colon puts it under Other. */
export function splitLabel(label: string): { group: string; name: string } {
  const colon = label.indexOf(':');
  if (colon < 0) return { group: 'Other', name: label.trim() };
  return { group: label.slice(0, colon).trim(), name: label.slice(colon + 1).trim() };
}

/** What the console says about a variant: its button, what it does, and for a disruptive one the confirmation. */
export interface ActionWords {
  button: string;
  description: string;
  confirm?: { title: string; message: string; confirmLabel: string };
}

function simple<const T extends string>(type: T, label: string, words: ActionWords) {
  // Besides sysActionCreate, each variant needs action<Variant> (registry/src/utils/task.rs).
  return { type, label, ...splitLabel(label), ...words, permission: `action${type}`, disruptive: words.confirm !== undefined };
}

function diagnostic<const T extends string, I extends z.ZodObject, R extends z.ZodObject>(
  type: T,
  label: string,
  words: ActionWords,
  parts: { schema: z.ZodObject; input: I; result: R },
) {
  return { ...simple(type, label, words), ...parts };
}

/** The variants in the server's order (its schema's x:Action variants). */
export const actionVariants = [
  simple('ReloadSettings', 'Reload: Server settings', {
    button: 'Reload server settings',
    description: 'Reads the stored configuration again and applies it on every cluster node, without a restart.',
  }),
  simple('ReloadTlsCertificates', 'Reload: TLS certificates', {
    button: 'Reload TLS certificates',
    description: 'Loads the certificates again, for example after a renewal.',
  }),
  simple('ReloadLookupStores', 'Reload: Lookup stores', {
    button: 'Reload lookup stores',
    description: 'Reloads the lookup stores (lists and key-value data used by rules).',
  }),
  simple('ReloadBlockedIps', 'Reload: Blocked IPs list', {
    button: 'Reload blocked IPs',
    description: 'Reloads the list of blocked IP addresses.',
  }),
  simple('UpdateApps', 'Application Management: Update applications', {
    button: 'Update applications',
    description: 'Downloads and unpacks the web applications again.',
    confirm: {
      title: 'Update applications?',
      message: 'The web applications are downloaded and replaced now. People using them may need to reload their pages.',
      confirmLabel: 'Update applications',
    },
  }),
  diagnostic(
    'TroubleshootDmarc',
    'DMARC: Troubleshooting',
    { button: 'Troubleshoot DMARC', description: 'Checks SPF, reverse DNS, DKIM, ARC and DMARC for a sender and an optional message.' },
    { schema: dmarcTroubleshootSchema, input: dmarcTroubleshootInputSchema, result: dmarcTroubleshootResultSchema },
  ),
  diagnostic(
    'ClassifySpam',
    'Spam Filter: Classify a message',
    { button: 'Classify a message', description: 'Runs the spam filter over a message and shows its score, verdict and tags.' },
    { schema: spamClassifySchema, input: spamClassifyInputSchema, result: spamClassifyResultSchema },
  ),
  simple('InvalidateCaches', 'Cache: Invalidate all caches', {
    button: 'Invalidate all caches',
    description: 'Empties every cache on all cluster nodes.',
    confirm: {
      title: 'Invalidate all caches?',
      message: 'Every cache is emptied on all nodes. The server is slower until the caches fill again.',
      confirmLabel: 'Invalidate all caches',
    },
  }),
  simple('InvalidateNegativeCaches', 'Cache: Invalidate negative caches', {
    button: 'Invalidate negative caches',
    description: 'Forgets cached "not found" answers, so new accounts and domains are seen at once.',
  }),
  simple('PauseMtaQueue', 'MTA: Pause queue processing', {
    button: 'Pause queue processing',
    description: 'Stops delivering outgoing mail. Messages stay queued until processing is resumed.',
    confirm: {
      title: 'Pause queue processing?',
      message: 'No outgoing message is delivered until someone resumes queue processing. Incoming mail is still accepted.',
      confirmLabel: 'Pause queue processing',
    },
  }),
  simple('ResumeMtaQueue', 'MTA: Resume queue processing', {
    button: 'Resume queue processing',
    description: 'Starts delivering queued outgoing mail again.',
  }),
] as const;

type AnyVariant = (typeof actionVariants)[number];
export type ActionType = AnyVariant['type'];
type DiagnosticVariant = Extract<AnyVariant, { result: z.ZodObject }>;
export type DiagnosticActionType = DiagnosticVariant['type'];
export type SimpleActionType = Exclude<ActionType, DiagnosticActionType>;
export type ActionVariantOf<K extends ActionType> = Extract<AnyVariant, { type: K }>;
/** What a diagnostic variant answers in `created`, once read through its result schema. */
export type ActionResult<K extends DiagnosticActionType> = z.infer<ActionVariantOf<K>['result']>;

/** Every variant, seen through the parts all of them may have. */
export interface ActionVariant extends ActionWords {
  type: ActionType;
  /** The schema label, e.g. "Reload: Server settings". */
  label: string;
  /** The label's prefix, e.g. "Reload". */
  group: string;
  /** The label after the prefix, e.g. "Server settings". */
  name: string;
  permission: string;
  /** Asks for confirmation first: derived from having `confirm` words. */
  disruptive: boolean;
  /** Diagnostic variants: the whole object (inputs and server-set results), its inputs, its answer. */
  schema?: z.ZodObject;
  input?: z.ZodObject;
  result?: z.ZodObject;
}

const byType = new Map<string, ActionVariant>(actionVariants.map((v) => [v.type, v]));

export function isActionType(value: unknown): value is ActionType {
  return typeof value === 'string' && byType.has(value);
}

export function actionVariant(type: ActionType): ActionVariant {
  return byType.get(type)!;
}

export function isDiagnosticAction(type: ActionType): type is DiagnosticActionType {
  return actionVariant(type).result !== undefined;
}

/** A create as sent: the variant, and for a diagnostic one its inputs in wire form. */
export type ActionCreate = { '@type': SimpleActionType } | ({ '@type': DiagnosticActionType } & Record<string, unknown>);

/** `created[clientId]` as received: `{id}` for simple variants, else a result still to be read. */
export type ActionCreated = Record<string, unknown>;

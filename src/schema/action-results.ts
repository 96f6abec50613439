// What the two diagnostic actions answer in `created`, in wire form (crates/registry/src/schema/
// structs.rs: DmarcTroubleshoot and SpamClassify, minus the inputs mapping/action.rs strips).
// The console reads every answer through these, so a shape it cannot use is named, not guessed.
import { z } from 'zod';

const detailedStatuses = ['Fail', 'SoftFail', 'TempError', 'PermError', 'Neutral'] as const;

/** DmarcTroubleshootAuthResult: Pass and None carry nothing; the others an optional details text. */
export const dmarcAuthResultSchema = z.discriminatedUnion('@type', [
  z.object({ '@type': z.literal('Pass') }),
  z.object({ '@type': z.literal('None') }),
  ...detailedStatuses.map((status) => z.object({ '@type': z.literal(status), details: z.string().nullish() })),
]);
export type DmarcAuthResult = z.infer<typeof dmarcAuthResultSchema>;
export type DmarcAuthStatus = DmarcAuthResult['@type'];

export const dmarcDispositionSchema = z.enum(['none', 'quarantine', 'reject', 'unspecified']);
export type DmarcDisposition = z.infer<typeof dmarcDispositionSchema>;

/** Set<String> on the wire: `{"member": true}`. */
const wireSet = z.record(z.string(), z.boolean());
/** List<T> on the wire: `{"0": item, "1": item}`. */
const wireList = <T extends z.ZodType>(item: T) => z.record(z.string(), item);

export const dmarcTroubleshootResultSchema = z.object({
  spfEhloDomain: z.string().meta({ label: 'SPF EHLO Domain' }),
  spfMailFromDomain: z.string().meta({ label: 'SPF MAIL FROM Domain' }),
  spfEhloResult: dmarcAuthResultSchema.meta({ label: 'SPF EHLO Result' }),
  spfMailFromResult: dmarcAuthResultSchema.meta({ label: 'SPF MAIL FROM Result' }),
  ipRevResult: dmarcAuthResultSchema.meta({ label: 'Reverse DNS Result' }),
  ipRevPtr: wireSet.meta({ label: 'PTR Records' }),
  dkimResults: wireList(dmarcAuthResultSchema).meta({ label: 'DKIM Results' }),
  dkimPass: z.boolean().meta({ label: 'DKIM Pass' }),
  dkim2Result: dmarcAuthResultSchema.meta({ label: 'DKIM2 Result' }),
  dkim2Pass: z.boolean().meta({ label: 'DKIM2 Pass' }),
  arcResult: dmarcAuthResultSchema.meta({ label: 'ARC Result' }),
  dmarcResult: dmarcAuthResultSchema.meta({ label: 'DMARC Result' }),
  dmarcPass: z.boolean().meta({ label: 'DMARC Pass' }),
  dmarcPolicy: dmarcDispositionSchema.meta({ label: 'DMARC Policy' }),
  elapsed: z.number().meta({ label: 'Elapsed Time' }),
});
export type DmarcTroubleshootResult = z.infer<typeof dmarcTroubleshootResultSchema>;

export const spamClassifyVerdictSchema = z.enum(['spam', 'ham', 'reject', 'discard']);
export type SpamClassifyVerdict = z.infer<typeof spamClassifyVerdictSchema>;

export const spamClassifyTagSchema = z.object({
  score: z.number().meta({ label: 'Score' }),
  disposition: z.enum(['score', 'reject', 'discard']).meta({ label: 'Disposition' }),
});
export type SpamClassifyTag = z.infer<typeof spamClassifyTagSchema>;

export const spamClassifyResultSchema = z.object({
  score: z.number().meta({ label: 'Score' }),
  result: spamClassifyVerdictSchema.meta({ label: 'Result' }),
  tags: z.record(z.string(), spamClassifyTagSchema).meta({ label: 'Tags' }),
});
export type SpamClassifyResult = z.infer<typeof spamClassifyResultSchema>;

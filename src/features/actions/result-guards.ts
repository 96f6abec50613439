// Recognises the two result shapes in recorded runs (stored JSON may come from an older version).
import type { DmarcTroubleshootResult, SpamClassifyResult } from '../../catalog/action';
import type { ActionRun } from './action-history';
import type { DmarcRunContext } from './dmarc-explain';

export function isClassifyResult(value: unknown): value is SpamClassifyResult {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<SpamClassifyResult>;
  return typeof v.score === 'number' && typeof v.result === 'string' && typeof v.tags === 'object' && v.tags !== null;
}

export function isDmarcResult(value: unknown): value is DmarcTroubleshootResult {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<DmarcTroubleshootResult>;
  return typeof v.spfEhloResult === 'object' && typeof v.dmarcResult === 'object' && typeof v.spfMailFromDomain === 'string';
}

/** The client-side facts of a recorded run, for the DMARC explanations. */
export function dmarcContextOf(run: ActionRun): DmarcRunContext {
  const input = run.input ?? {};
  const text = (key: string) => (typeof input[key] === 'string' ? (input[key] as string) : '');
  return {
    remoteIp: text('remoteIp'),
    ehloDomain: text('ehloDomain'),
    mailFrom: text('mailFrom'),
    fromDomain: run.message?.fromDomain,
    dkimSignatures: run.message?.dkimSignatures ?? [],
    messageGiven: run.message !== undefined,
  };
}

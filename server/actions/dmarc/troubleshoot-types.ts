import type { AuthResult } from './auth-result';

/** Input fields of `x:DmarcTroubleshoot` (the TroubleshootDmarc action), wire form. */
export interface TroubleshootDmarcInput {
  remoteIp: string;
  ehloDomain: string;
  mailFrom: string;
  /** Set<EmailAddress>: `{"bob@example.com": true}`; only used by DKIM2, which is not evaluated. */
  to?: Record<string, boolean>;
  message?: string | null;
  spfEhloDomain: string;
  spfMailFromDomain: string;
}

/** Server-set fields the action returns in `created`, exactly as Stalwart serialises them. */
export interface TroubleshootDmarcResult {
  spfEhloDomain: string;
  spfMailFromDomain: string;
  spfEhloResult: AuthResult;
  spfMailFromResult: AuthResult;
  ipRevResult: AuthResult;
  /** Set<String> of PTR names, each with its trailing dot. */
  ipRevPtr: Record<string, true>;
  /** List<DmarcTroubleshootAuthResult>, one per DKIM-Signature: `{"0": {...}}`. */
  dkimResults: Record<string, AuthResult>;
  dkimPass: boolean;
  dkim2Result: AuthResult;
  dkim2Pass: boolean;
  arcResult: AuthResult;
  dmarcResult: AuthResult;
  dmarcPass: boolean;
  dmarcPolicy: 'none' | 'quarantine' | 'reject' | 'unspecified';
  /** Milliseconds. */
  elapsed: number;
}

/**
 * Which identifiers aligned with the RFC5322.From domain. Not a wire field (Stalwart's Pass variant
 * has no details); the same text goes into `dmarcResult.details` when DMARC does not pass.
 */
export interface DmarcAlignment {
  fromDomain: string | null;
  /** The SPF-authenticated domain that aligned, if any. */
  spf: string | null;
  /** The `d=` of the passing DKIM signature that aligned, if any. */
  dkim: string | null;
  /** e.g. "SPF aligned: example.org; DKIM aligned: d=example.org". */
  summary: string;
}

export interface ActionError {
  type: string;
  description: string;
  properties?: string[];
}

export type TroubleshootDmarcOutcome =
  | { ok: true; result: TroubleshootDmarcResult; alignment: DmarcAlignment }
  | { ok: false; error: ActionError };

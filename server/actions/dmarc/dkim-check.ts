import type { DKIMResult } from 'mailauth';
import { authResult, fromMailauthStatus, type AuthResult } from './auth-result';

/**
 * One wire result per DKIM-Signature. mailauth reports several failures as "neutral";
 * Stalwart (RFC 6376 section 6.1) calls a body-hash mismatch a failure and a missing or
 * unusable key a permanent error, so those are mapped the way the real server reports them.
 */
export function dkimSignatureResult(signature: DKIMResult): AuthResult {
  const status = signature.status;
  const comment = status.comment;
  const details = `d=${signature.signingDomain} s=${signature.selector ?? ''}${comment ? `: ${comment}` : ''}`;
  if (status.result === 'neutral') {
    if (comment === 'body hash did not verify') return authResult('Fail', details);
    if (comment === 'no key' || /key (version|type)|invalid public key/.test(comment ?? '')) {
      return authResult('PermError', details);
    }
    return authResult('Neutral', details);
  }
  if (status.result === 'policy') {
    return authResult('PermError', `${details}: key shorter than allowed (${status.policy?.['dkim-rules'] ?? 'weak-key'})`);
  }
  return fromMailauthStatus(status.result, details);
}

/** mailauth adds a placeholder "none" result for an unsigned message; the wire list is then empty. */
export function signatureResults(results: readonly DKIMResult[]): DKIMResult[] {
  return results.filter((r) => r.status.result !== 'none' || r.signingDomain);
}

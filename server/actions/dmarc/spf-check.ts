import { spf } from 'mailauth';
import type { DnsResolver } from '../dns/dns-resolver';
import { authResult, fromMailauthStatus, type AuthResult } from './auth-result';
import { asMailauthResolver } from './mailauth-resolver';

export interface SpfCheck {
  ip: string;
  /** The EHLO name the client gave (used for the %{h} macro). */
  helo: string;
  /** The domain whose SPF policy is evaluated. */
  domain: string;
  /** Local part of the sender for the %{l} macro; `postmaster` for EHLO checks (RFC 7208 section 2.3). */
  localPart?: string;
  /** Name of the checking host, shown in result comments. */
  hostname: string;
}

/** Evaluates one SPF policy (RFC 7208) for the client IP. */
export async function checkSpf(check: SpfCheck, resolver: DnsResolver): Promise<AuthResult> {
  const domain = check.domain.trim().replace(/\.$/, '');
  if (!domain) return authResult('None');
  const result = await spf({
    ip: check.ip,
    helo: check.helo,
    sender: `${check.localPart || 'postmaster'}@${domain}`,
    mta: check.hostname,
    resolver: asMailauthResolver(resolver),
  });
  const comment = stripHostname(result.status.comment, check.hostname);
  const details = result.rr ? `${comment} (record: ${result.rr})` : comment;
  return fromMailauthStatus(result.status.result, details);
}

/** mailauth prefixes comments with "<mta>: "; the troubleshooter is the mta, so drop it. */
export function stripHostname(comment: string | undefined, hostname: string): string | undefined {
  if (!comment) return comment;
  return comment.startsWith(`${hostname}: `) ? comment.slice(hostname.length + 2) : comment;
}

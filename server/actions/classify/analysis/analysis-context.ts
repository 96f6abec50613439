// What the built-in analysis modules read: the parsed message plus the SMTP session, with
// addresses split into local part, domain and registrable domain (as the `sld` variable reads it).
import { registrableDomain } from '../../mime/domain-parts';
import type { Mailbox, ParsedMessage } from '../../mime/parsed-message';
import type { SessionFacts } from '../default-variables';

export interface Address {
  address: string;
  domain: string;
  /** Registrable domain ("sld" in the server's terms); the domain itself when it has none. */
  sld: string;
}

export interface AnalysisContext {
  message: ParsedMessage;
  session: SessionFacts;
  from: (Address & { name: string }) | null;
  envFrom: Address | null;
  recipients: Address[];
  envRcpt: Address[];
  ehloSld: string;
  now: number;
}

/** One reading of the registrable domain for the analysis and the rules' `sld` variable. */
export const sldOf = registrableDomain;

export function toAddress(raw: string): Address {
  const address = raw.trim().toLowerCase();
  const domain = address.slice(address.lastIndexOf('@') + 1);
  return { address, domain, sld: sldOf(domain) };
}

export function isValidAddress(address: string): boolean {
  return /^[^\s@<>()]+@[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(address);
}

export function buildContext(message: ParsedMessage, session: SessionFacts, now = Date.now()): AnalysisContext {
  const mailbox = (m: Mailbox) => ({ ...toAddress(m.address), name: m.name });
  return {
    message,
    session,
    from: message.from ? mailbox(message.from) : null,
    envFrom: session.envFrom ? toAddress(session.envFrom) : null,
    recipients: [...message.to, ...message.cc, ...message.bcc].map((m) => toAddress(m.address)),
    envRcpt: session.envRcptTo.map(toAddress),
    ehloSld: sldOf(session.heloDomain),
    now,
  };
}

/** Header fields with this name (case-insensitive), in message order. */
export function fieldsNamed(ctx: AnalysisContext, name: string) {
  return ctx.message.headers.filter((h) => h.name.toLowerCase() === name);
}

export const isAscii = (text: string) => /^[\x00-\x7f]*$/.test(text);

/** FOO_EXCESS_QP / FOO_EXCESS_BASE64: encoded words in a field whose decoded text is plain ASCII. */
export function excessEncoding(raw: string, decodedIsAscii: boolean, prefix: string): string[] {
  if (!decodedIsAscii || !raw.includes('=?') || !raw.includes('?=')) return [];
  if (/\?q\?/i.test(raw)) return [`${prefix}_EXCESS_QP`];
  if (/\?b\?/i.test(raw)) return [`${prefix}_EXCESS_BASE64`];
  return [];
}

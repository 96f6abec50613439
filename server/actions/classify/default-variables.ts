import { splitAddress } from '../mime/domain-parts';
import type { Mailbox, ParsedMessage } from '../mime/parsed-message';
import { threadName, words } from '../mime/text-words';
import type { RuleValue } from './classify-types';

/** SMTP-session facts the rules see next to the message. */
export interface SessionFacts {
  remoteIp: string;
  /** First PTR name of the remote IP, without the trailing dot ("" when none). */
  remoteIpPtr: string;
  heloDomain: string;
  authenticatedAs: string;
  asn: number;
  country: string;
  isTls: boolean;
  envFrom: string;
  envRcptTo: string[];
}

export type Variables = Record<string, RuleValue>;

/** The SpamDefaultVariable values every rule context shares (location is set per evaluation). */
export function defaultVariables(message: ParsedMessage, session: SessionFacts): Variables {
  const envFrom = splitAddress(session.envFrom);
  return {
    remote_ip: session.remoteIp,
    'remote_ip.ptr': session.remoteIpPtr,
    helo_domain: session.heloDomain,
    authenticated_as: session.authenticatedAs,
    asn: session.asn,
    country: session.country,
    is_tls: session.isTls,
    env_from: session.envFrom,
    'env_from.local': session.envFrom ? envFrom.local : '',
    'env_from.domain': envFrom.domain,
    env_to: session.envRcptTo,
    ...single('from', message.from),
    ...single('reply_to', message.replyTo),
    ...many('to', message.to),
    ...many('cc', message.cc),
    ...many('bcc', message.bcc),
    body: message.body,
    'body.text': message.text,
    'body.html': message.html,
    'body.words': words(message.body),
    'body.raw': message.rawBody,
    subject: message.subject,
    'subject.thread': threadName(message.subject),
    'subject.words': words(message.subject),
    location: '',
  };
}

/** From and Reply-To hold one mailbox: plain strings, "" when absent. */
function single(prefix: string, mailbox: Mailbox | undefined): Variables {
  const parts = splitAddress(mailbox?.address ?? '');
  return {
    [prefix]: mailbox?.address ?? '',
    [`${prefix}.name`]: mailbox?.name ?? '',
    [`${prefix}.local`]: mailbox ? parts.local : '',
    [`${prefix}.domain`]: parts.domain,
  };
}

/** To, Cc and Bcc may hold several: arrays in header order. */
function many(prefix: string, list: readonly Mailbox[]): Variables {
  return {
    [prefix]: list.map((m) => m.address),
    [`${prefix}.name`]: list.map((m) => m.name),
    [`${prefix}.local`]: list.map((m) => splitAddress(m.address).local),
    [`${prefix}.domain`]: list.map((m) => splitAddress(m.address).domain),
  };
}

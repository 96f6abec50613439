// The scripted receiving servers behind the demo zone's MX hosts (see server/demo/zones/demo.zone).
import type { SMTPServerAddress, SMTPServerSession } from 'smtp-server';

export type MailHostBehaviour = 'accept' | 'greylist' | 'rejectUnknown' | 'tarpit';

export interface DemoMailHost {
  hostname: string;
  /** A loopback address of its own, so that the demo zone can tell the hosts apart on one port. */
  ip: string;
  behaviour: MailHostBehaviour;
}

export const DEMO_MAIL_HOSTS: readonly DemoMailHost[] = [
  { hostname: 'mx1.northwind.example', ip: '127.0.0.11', behaviour: 'accept' },
  { hostname: 'mx1.fabrikam.example', ip: '127.0.0.12', behaviour: 'greylist' },
  { hostname: 'mx1.contoso.example', ip: '127.0.0.13', behaviour: 'rejectUnknown' },
  { hostname: 'mx1.hooli.example', ip: '127.0.0.14', behaviour: 'tarpit' },
];

/** The HTTPS host serving northwind.example's MTA-STS policy. */
export const DEMO_POLICY_HOST = { ip: '127.0.0.15', policies: { 'mta-sts.northwind.example': 'version: STSv1\nmode: enforce\nmx: mx1.northwind.example\nmax_age: 86400\n' } };

/** Mailboxes the rejecting host knows; every other local part is "unknown user". */
const CONTOSO_MAILBOXES = new Set(['postmaster', 'abuse']);

export type SmtpReplyError = Error & { responseCode: number };

const reply = (code: number, text: string): SmtpReplyError => Object.assign(new Error(text), { responseCode: code });

/**
 * Greylisting as receiving servers do it: the first attempt of a (client IP, sender, recipient)
 * triple is deferred, a retry after the window is accepted.
 */
export function createGreylist(windowSeconds: number, now: () => number = Date.now) {
  const firstSeen = new Map<string, number>();
  return (address: SMTPServerAddress, session: SMTPServerSession): SmtpReplyError | null => {
    const key = `${session.remoteAddress}|${session.envelope.mailFrom ? session.envelope.mailFrom.address : ''}|${address.address.toLowerCase()}`;
    const seen = firstSeen.get(key) ?? now();
    firstSeen.set(key, seen);
    const waited = (now() - seen) / 1000;
    if (waited >= windowSeconds) return null;
    return reply(451, `4.7.1 Greylisted, please try again in ${Math.ceil(windowSeconds - waited)} seconds`);
  };
}

export function rejectUnknownUser(address: SMTPServerAddress): SmtpReplyError | null {
  const local = address.address.slice(0, address.address.lastIndexOf('@')).toLowerCase();
  if (CONTOSO_MAILBOXES.has(local)) return null;
  return reply(550, '5.1.1 The email account that you tried to reach does not exist (unknown user)');
}

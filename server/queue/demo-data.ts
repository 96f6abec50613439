// Vocabulary of the demo queue: domains (RFC 2606 style), people, queues and SMTP outcomes.
import type { RecipientStatus } from './queued-message-types';

/** Customers of the demo server: their users send the outbound mail. */
export const SENDER_DOMAINS = ['acme-widgets.example', 'globex.example', 'initech.example', 'example.com', 'umbrella-corp.example'];

export const RECIPIENT_DOMAINS = [
  'example.org',
  'example.net',
  'example.com',
  'hooli.example',
  'contoso.example',
  'fabrikam.example',
  'northwind.example',
  'wayne-enterprises.example',
  'stark-industries.example',
  'soylent.example',
  'tyrell.example',
  'cyberdyne.example',
];

export const PEOPLE = [
  'alice', 'bob', 'carol', 'dave', 'erin', 'frank', 'grace', 'heidi', 'ivan', 'judy', 'mallory', 'niaj',
  'olivia', 'peggy', 'rupert', 'sybil', 'trent', 'victor', 'walter', 'j.smith', 'm.garcia', 'l.chen',
  'a.kowalski', 'p.nguyen', 's.okafor', 'r.patel',
];

export const ROLE_SENDERS = ['billing', 'orders', 'support', 'hr', 'it-alerts', 'invoices', 'sales'];
export const BULK_SENDERS = ['newsletter', 'news', 'marketing', 'updates'];

export const SUBJECTS = [
  'Invoice {n} for your order',
  'Re: Quarterly report draft',
  'Meeting notes from Tuesday',
  'Your order #{n} has shipped',
  'Password reset request',
  'Fwd: Contract renewal',
  'Weekly newsletter: product updates',
  'Re: Re: Lunch on Friday?',
  'Support ticket #{n} updated',
  'Action required: verify your account',
  'Monthly statement available',
  'Team offsite agenda',
];

/** Stalwart's default virtual queues plus a couple of custom ones (at most 8 characters). */
export const QUEUE_NAMES = ['default', 'bulk', 'priority', 'dsn', 'report'] as const;

const reply = (
  type: 'TemporaryFailure' | 'PermanentFailure',
  command: string,
  code: number,
  enhanced: string,
  message: string,
): ((mx: string) => RecipientStatus) => (mx) => ({
  '@type': type,
  errorType: 'unexpectedResponse',
  errorCommand: command,
  responseHostname: mx,
  responseCode: code,
  responseEnhanced: enhanced,
  responseMessage: message,
});

const failure = (
  type: 'TemporaryFailure' | 'PermanentFailure',
  errorType: 'dnsError' | 'connectionError' | 'tlsError' | 'rateLimited' | 'concurrencyLimited' | 'mtaStsError',
  errorMessage?: string,
): ((mx: string) => RecipientStatus) => (mx) =>
  errorMessage === undefined
    ? { '@type': type, errorType, responseHostname: mx }
    : { '@type': type, errorType, errorMessage, responseHostname: mx };

export const TEMPORARY_FAILURES = [
  reply('TemporaryFailure', 'RCPT TO', 451, '4.7.1', 'Greylisted, please try again in 300 seconds'),
  reply('TemporaryFailure', 'RCPT TO', 451, '4.7.1', 'Service unavailable, greylisted'),
  reply('TemporaryFailure', 'MAIL FROM', 421, '4.4.2', 'Connection timed out, closing transmission channel'),
  reply('TemporaryFailure', 'DATA', 452, '4.2.2', 'Mailbox full, try again later'),
  reply('TemporaryFailure', 'RCPT TO', 450, '4.2.0', 'Mailbox temporarily unavailable'),
  failure('TemporaryFailure', 'connectionError', 'Connection timed out'),
  failure('TemporaryFailure', 'connectionError', 'Connection refused'),
  failure('TemporaryFailure', 'dnsError', 'Temporary DNS failure (SERVFAIL)'),
  failure('TemporaryFailure', 'tlsError', 'TLS handshake failed: certificate has expired'),
  failure('TemporaryFailure', 'rateLimited'),
  failure('TemporaryFailure', 'concurrencyLimited'),
];

export const PERMANENT_FAILURES = [
  reply('PermanentFailure', 'RCPT TO', 550, '5.1.1', 'The email account that you tried to reach does not exist (unknown user)'),
  reply('PermanentFailure', 'RCPT TO', 552, '5.2.2', 'Mailbox full: user is over quota'),
  reply('PermanentFailure', 'DATA', 554, '5.7.1', 'Message rejected as spam by content filter'),
  reply('PermanentFailure', 'MAIL FROM', 550, '5.7.26', 'Unauthenticated email is not accepted due to DMARC policy'),
  failure('PermanentFailure', 'dnsError', 'Domain does not exist (NXDOMAIN)'),
  failure('PermanentFailure', 'tlsError', 'TLS required by policy but the server does not offer STARTTLS'),
  failure('PermanentFailure', 'mtaStsError', 'MTA-STS policy does not authorize the MX host'),
];

export const completed = (mx: string, queuedAs: string): RecipientStatus => ({
  '@type': 'Completed',
  responseHostname: mx,
  responseCode: 250,
  responseEnhanced: '2.0.0',
  responseMessage: `OK: queued as ${queuedAs}`,
});

export const SOURCE_IPS = ['192.0.2.10', '192.0.2.25', '198.51.100.7', '198.51.100.42', '203.0.113.5', '203.0.113.77', '2001:db8::25', '2001:db8:1::a'];

export const BODY_WORDS = (
  'the quarterly numbers look good and we should review the attached figures before the meeting next week ' +
  'please let me know if you have any questions about the invoice or the delivery schedule thanks again ' +
  'for your help with the project we will follow up with the updated timeline shortly best regards'
).split(' ');

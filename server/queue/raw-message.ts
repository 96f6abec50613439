// The raw RFC 5322 text of a queued message, generated on demand from its immutable envelope
// fields and text seed, and padded so its length is exactly the message's `size` bytes.
import { BODY_WORDS, SUBJECTS } from './demo-data';
import { queueIdFromNum } from './queue-ids';
import type { QueuedMessage } from './queued-message-types';
import { seededRandom } from './seeded-random';

/** Host name the demo server uses in its own headers. */
export const SERVER_HOST = 'mail.example.com';

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number): string => String(n).padStart(2, '0');

export function rfc5322Date(seconds: number): string {
  const d = new Date(seconds * 1000);
  return `${DAYS[d.getUTCDay()]}, ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +0000`;
}

const displayName = (address: string): string =>
  (address.split('@')[0] ?? address)
    .split(/[._-]/)
    .filter(Boolean)
    .map((w) => w[0]?.toUpperCase() + w.slice(1))
    .join(' ');

export function rawMessageHeaders(m: QueuedMessage): string {
  const rng = seededRandom(m.textSeed);
  const id = queueIdFromNum(m.num);
  const isDsn = m.returnPath === '';
  const from = isDsn ? `Mail Delivery Subsystem <MAILER-DAEMON@${SERVER_HOST}>` : `${displayName(m.returnPath)} <${m.returnPath}>`;
  const fromDomain = isDsn ? SERVER_HOST : (m.returnPath.split('@')[1] ?? SERVER_HOST);
  const subject = isDsn
    ? 'Undelivered Mail Returned to Sender'
    : rng.pick(SUBJECTS).replace('{n}', String(rng.int(10000, 99999)));
  return [
    `Return-Path: <${m.returnPath}>`,
    `Received: from [${m.receivedFromIp}] (port ${m.receivedViaPort})`,
    `\tby ${SERVER_HOST} (Stalwart) with ${m.flags.includes('authenticated') ? 'ESMTPSA' : 'ESMTP'} id ${id};`,
    `\t${rfc5322Date(m.createdAt)}`,
    `From: ${from}`,
    `To: ${m.recipients.map((r) => r.address).join(',\r\n ')}`,
    `Subject: ${subject}`,
    `Date: ${rfc5322Date(m.createdAt)}`,
    `Message-ID: <${id}.${m.textSeed.toString(36)}@${fromDomain}>`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=us-ascii',
    'Content-Transfer-Encoding: 7bit',
    '',
    '',
  ].join('\r\n');
}

export function rawMessage(m: QueuedMessage): string {
  const headers = rawMessageHeaders(m);
  const budget = m.size - headers.length;
  if (budget < 2) return `${headers}\r\n`;
  const rng = seededRandom(m.textSeed ^ 0x5bd1e995);
  const parts: string[] = ['Hello,\r\n\r\n'];
  let length = parts[0]!.length;
  while (length < budget) {
    let line = '';
    while (line.length < 60) line += (line ? ' ' : '') + rng.pick(BODY_WORDS);
    const text = `${line[0]?.toUpperCase()}${line.slice(1)}.\r\n`;
    parts.push(text);
    length += text.length;
  }
  // Cut to the exact byte budget, keeping the text ending in CRLF.
  let body = parts.join('').slice(0, budget - 2);
  if (body.endsWith('\r')) body = `${body.slice(0, -1)}.`;
  return `${headers}${body}\r\n`;
}

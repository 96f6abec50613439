import { ANALYSIS_TAG_SCORES } from './analysis-tag-scores';
import type { TagScore } from './classify-types';

export interface DefaultTagScore {
  tag: string;
  score: number;
  /** Tags that decide the message by themselves instead of adding to the score. */
  disposition?: 'reject' | 'discard';
  description: string;
}

/** Demo scores for every tag the demo rules (server/demo/demo-spam-rules.ts) can set. */
const DEMO_RULE_TAG_SCORES: readonly DefaultTagScore[] = [
  // Headers.
  { tag: 'MID_RANDOM_LOCAL', score: 1.0, description: 'Message-ID with a long random local part' },
  { tag: 'X_MAILER_SPAMMY', score: 5.0, description: 'Known bulk mailer in X-Mailer' },
  { tag: 'HAS_XOIP', score: 0.0, description: 'Webmail X-Originating-IP header' },
  { tag: 'CTYPE_WIN1251', score: 1.0, description: 'Cyrillic Windows charset declared' },
  // Subject.
  { tag: 'SUBJ_EXCESS_QM', score: 1.0, description: 'Subject with many question marks' },
  { tag: 'SUBJ_CAPS_SHORTENER', score: 2.0, description: 'Capitalised subject and a shortened link' },
  { tag: 'SUBJ_CAPS_ONLY', score: 0.5, description: 'Capitalised subject without shortened links' },
  // Senders and recipients.
  { tag: 'FREEMAIL_FROM', score: 0.0, description: 'From a free mail provider' },
  { tag: 'FREEMAIL_REPLYTO', score: 0.0, description: 'Reply-To a free mail provider' },
  { tag: 'FREEMAIL_REPLYTO_COMBO', score: 2.0, description: 'Free mail From and Reply-To without list headers' },
  { tag: 'DISPOSABLE_ADDRESS', score: 2.0, description: 'Address at a disposable mail service' },
  { tag: 'NUMERIC_LOCAL_PART', score: 0.5, description: 'Long all-digit local part' },
  { tag: 'TAGGED_RCPT', score: 0.0, description: 'Sub-addressed recipient' },
  // Links.
  { tag: 'URL_BARE_IP', score: 3.5, description: 'Link to a bare IP address' },
  { tag: 'HTTP_LOGIN_URL', score: 2.0, description: 'Unencrypted link to a login page' },
  { tag: 'URL_NONSTD_PORT', score: 1.0, description: 'Link on a non-standard port' },
  { tag: 'URL_SUSPICIOUS_TLD', score: 1.5, description: 'Link to a frequently abused TLD' },
  { tag: 'URL_REDIRECTOR', score: 1.0, description: 'Open redirect in the query string' },
  { tag: 'PHISHING_PAYPAL', score: 6.0, description: 'PayPal named in a foreign domain' },
  { tag: 'PHISHING_APPLE', score: 6.0, description: 'Apple named in a foreign domain' },
  // Network.
  { tag: 'RCVD_IN_BLOCKLIST', score: 4.0, description: 'Relay listed on the local block list' },
  { tag: 'RCVD_IN_DNSBL', score: 4.0, description: 'Relay listed in a DNS block list' },
  { tag: 'RCVD_PRIVATE_IP', score: 0.0, description: 'Relayed from a private address' },
  { tag: 'RCVD_LOOPBACK', score: 0.0, description: 'Received from the loopback interface' },
  { tag: 'RCVD_VIA_IPV6', score: 0.0, description: 'Connection over IPv6' },
  { tag: 'RDNS_NONE', score: 1.0, description: 'Client has no reverse DNS' },
  { tag: 'HELO_BAREIP', score: 2.0, description: 'EHLO name is an IP address' },
  // Domains.
  { tag: 'DOMAIN_BLOCKLISTED', score: 0.0, disposition: 'reject', description: 'Domain on the local block list' },
  { tag: 'SUSPICIOUS_TLD', score: 1.5, description: 'Domain in a frequently abused TLD' },
  { tag: 'DOMAIN_VERY_LONG', score: 1.0, description: 'Unusually long domain name' },
  { tag: 'DOMAIN_PUNYCODE', score: 0.5, description: 'Internationalised (punycode) domain' },
  { tag: 'DOMAIN_NUMERIC', score: 1.0, description: 'Domain whose first label is numeric' },
  // Body.
  { tag: 'LOTTERY_TEXT', score: 3.0, description: 'Lottery win announcement' },
  { tag: 'URGENT_WIRE', score: 3.0, description: 'Urgent wire transfer request' },
  { tag: 'CRYPTO_SCAM', score: 5.0, description: 'Crypto doubling scam' },
  { tag: 'MIME_HTML_ONLY', score: 0.2, description: 'HTML without a text alternative' },
  { tag: 'EMPTY_BODY', score: 1.5, description: 'Message without a body' },
  { tag: 'GTUBE', score: 0.0, disposition: 'reject', description: 'Generic test for unsolicited bulk email' },
  // Traps.
  { tag: 'SPAM_TRAP', score: 0.0, disposition: 'discard', description: 'Sent to a spam-trap address' },
];

/** The seeded `x:SpamTag` table of the sandbox (demo data): tags of the built-in analysis, then of the demo rules. */
export const DEFAULT_TAG_SCORES: readonly DefaultTagScore[] = [...ANALYSIS_TAG_SCORES, ...DEMO_RULE_TAG_SCORES];

/** The default table in the form classifySpam takes. */
export function defaultTagScoreTable(): Map<string, TagScore> {
  return new Map(
    DEFAULT_TAG_SCORES.map((entry) => [
      entry.tag,
      entry.disposition ? { score: entry.score, disposition: entry.disposition } : entry.score,
    ]),
  );
}

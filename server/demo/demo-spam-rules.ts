// Demo spam rules in Stalwart's style, across all seven variants. Each condition returns a
// quoted tag name or false, and uses only the variables of its variant's context. Tags the server's
// built-in analysis sets (MISSING_DATE, SUBJ_ALL_CAPS, SPOOF_DISPLAY_NAME, REDIRECTOR_URL, HAS_LIST_UNSUB, …; see
// server/actions/classify/analysis/) have no rules here: rules read them as $TAG.
import type { JsonObject } from '../jmap/method-types';
import type { Prng } from './prng';

type Variant = 'Any' | 'Url' | 'Domain' | 'Email' | 'Ip' | 'Header' | 'Body';

interface RuleTemplate {
  type: Variant;
  name: string;
  description: string;
  /** [if, then] rows; then is a quoted tag name (or an expression yielding one). */
  rows: [string, string][];
  priority: number;
}

const FREEMAIL = "['gmail.com', 'yahoo.com', 'outlook.com', 'hotmail.com', 'aol.com', 'gmx.com', 'mail.ru', 'yandex.ru']";

const tag = (name: string) => `'${name}'`;

const TEMPLATES: RuleTemplate[] = [
  // Header rules (SpamHeaderVariable), run early so Any rules can combine their tags.
  { type: 'Header', name: 'X_MAILER_SPAMMY', description: 'Known bulk mailer in X-Mailer', priority: 100, rows: [["name_lower == 'x-mailer' && (contains(value_lower, 'bulkmailer') || contains(value_lower, 'massmail') || contains(value_lower, 'sendblaster'))", tag('X_MAILER_SPAMMY')]] },
  { type: 'Header', name: 'MID_RANDOM_LOCAL', description: 'Message-ID with a long random local part', priority: 100, rows: [["name_lower == 'message-id' && matches('^<[a-z0-9]{32,}@', value_lower)", tag('MID_RANDOM_LOCAL')]] },
  { type: 'Header', name: 'HAS_X_ORIGINATING_IP', description: 'Webmail X-Originating-IP header', priority: 100, rows: [["name_lower == 'x-originating-ip'", tag('HAS_XOIP')]] },
  { type: 'Header', name: 'CTYPE_CHARSET_WIN1251', description: 'Cyrillic Windows charset declared', priority: 120, rows: [["name_lower == 'content-type' && contains(value_lower, 'charset=windows-1251')", tag('CTYPE_WIN1251')]] },
  // URL rules (SpamUrlVariable)
  { type: 'Url', name: 'URL_BARE_IP', description: 'Link to a bare IP address', priority: 200, rows: [['is_ip_addr(host)', tag('URL_BARE_IP')]] },
  { type: 'Url', name: 'URL_HTTP_LOGIN', description: 'Unencrypted link to a login page', priority: 200, rows: [["scheme == 'http' && (contains(path_query, 'login') || contains(path_query, 'signin'))", tag('HTTP_LOGIN_URL')]] },
  { type: 'Url', name: 'URL_NONSTD_PORT', description: 'Link on a non-standard port', priority: 200, rows: [['port > 0 && port != 80 && port != 443', tag('URL_NONSTD_PORT')]] },
  { type: 'Url', name: 'URL_SUSPICIOUS_TLD', description: 'Link to a frequently abused TLD', priority: 200, rows: [["ends_with(host, '.zip') || ends_with(host, '.top') || ends_with(host, '.xyz') || ends_with(host, '.click')", tag('URL_SUSPICIOUS_TLD')]] },
  { type: 'Url', name: 'URL_REDIRECT_PARAM', description: 'Open redirect in the query string', priority: 200, rows: [["contains(query, 'url=http') || contains(query, 'redirect=http')", tag('URL_REDIRECTOR')]] },
  { type: 'Url', name: 'URL_PHISH_BRAND', description: 'Brand name in a foreign registered domain', priority: 210, rows: [["contains(host, 'paypal') && sld != 'paypal.com'", tag('PHISHING_PAYPAL')], ["contains(host, 'apple') && sld != 'apple.com'", tag('PHISHING_APPLE')]] },
  // Email rules (SpamEmailVariable)
  { type: 'Email', name: 'FREEMAIL_FROM', description: 'Sender uses a free mail provider', priority: 300, rows: [[`eq_ignore_case(email, from) && contains(${FREEMAIL}, domain)`, tag('FREEMAIL_FROM')]] },
  { type: 'Email', name: 'FREEMAIL_REPLYTO', description: 'Reply-To uses a free mail provider', priority: 300, rows: [[`eq_ignore_case(email, reply_to) && contains(${FREEMAIL}, domain)`, tag('FREEMAIL_REPLYTO')]] },
  { type: 'Email', name: 'DISPOSABLE_ADDRESS', description: 'Address at a disposable mail service', priority: 300, rows: [["contains(['mailinator.com', 'guerrillamail.com', '10minutemail.com', 'yopmail.com'], sld)", tag('DISPOSABLE_ADDRESS')]] },
  { type: 'Email', name: 'EMAIL_NUMERIC_LOCAL', description: 'Long all-digit local part', priority: 300, rows: [["count_chars(local) > 8 && matches('^[0-9]+$', local)", tag('NUMERIC_LOCAL_PART')]] },
  { type: 'Email', name: 'EMAIL_PLUS_TAG', description: 'Sub-addressed recipient', priority: 310, rows: [["contains(local, '+')", tag('TAGGED_RCPT')]] },
  // IP rules (SpamIpVariable)
  { type: 'Ip', name: 'RCVD_IN_BLOCKLIST', description: 'Sender IP listed by the local blocklist', priority: 150, rows: [["is_ip_in_cidr(ip, '198.51.100.0/24') || is_ip_in_cidr(ip, '203.0.113.0/24')", tag('RCVD_IN_BLOCKLIST')]] },
  { type: 'Ip', name: 'RCVD_PRIVATE_IP', description: 'Relayed from a private address', priority: 150, rows: [['is_v4 && (octets[0] == 10 || (octets[0] == 192 && octets[1] == 168) || (octets[0] == 172 && octets[1] >= 16 && octets[1] <= 31))', tag('RCVD_PRIVATE_IP')]] },
  { type: 'Ip', name: 'RCVD_LOOPBACK', description: 'Received from the loopback interface', priority: 150, rows: [['is_v4 && octets[0] == 127', tag('RCVD_LOOPBACK')]] },
  { type: 'Ip', name: 'RCVD_VIA_IPV6', description: 'Connection over IPv6', priority: 160, rows: [['is_v6', tag('RCVD_VIA_IPV6')]] },
  { type: 'Ip', name: 'RCVD_IN_DNSBL', description: 'Sender IP listed in a DNS blocklist', priority: 160, rows: [["is_v4 && !is_empty(dns_query(ip_reverse + '.zen.spamhaus.org', 'ipv4'))", tag('RCVD_IN_DNSBL')]] },
  // Domain rules (SpamGenericVariable: value is the domain)
  { type: 'Domain', name: 'DOMAIN_BLOCKLISTED', description: 'Domain on the local blocklist', priority: 250, rows: [["contains(['cheap-meds.example', 'win-prizes.example', 'crypto-double.example'], value)", tag('DOMAIN_BLOCKLISTED')]] },
  { type: 'Domain', name: 'DOMAIN_SUSPICIOUS_TLD', description: 'Domain in a frequently abused TLD', priority: 250, rows: [["ends_with(value, '.top') || ends_with(value, '.xyz') || ends_with(value, '.buzz')", tag('SUSPICIOUS_TLD')]] },
  { type: 'Domain', name: 'DOMAIN_VERY_LONG', description: 'Unusually long domain name', priority: 250, rows: [['len(value) > 50', tag('DOMAIN_VERY_LONG')]] },
  { type: 'Domain', name: 'DOMAIN_PUNYCODE', description: 'Internationalised (punycode) domain', priority: 250, rows: [["starts_with(value, 'xn--') || contains(value, '.xn--')", tag('DOMAIN_PUNYCODE')]] },
  { type: 'Domain', name: 'DOMAIN_NUMERIC_LABEL', description: 'Domain whose first label is numeric', priority: 250, rows: [["matches('^[0-9-]+[.]', value)", tag('DOMAIN_NUMERIC')]] },
  // Body rules (SpamGenericVariable)
  { type: 'Body', name: 'BODY_LOTTERY', description: 'Lottery win announcement', priority: 400, rows: [["contains_ignore_case(body.text, 'you have won') || contains_ignore_case(body.text, 'claim your prize')", tag('LOTTERY_TEXT')]] },
  { type: 'Body', name: 'BODY_URGENT_WIRE', description: 'Urgent wire transfer request', priority: 400, rows: [["contains_ignore_case(body.text, 'wire transfer') && contains_ignore_case(body.text, 'urgent')", tag('URGENT_WIRE')]] },
  { type: 'Body', name: 'BODY_CRYPTO_DOUBLE', description: 'Crypto doubling scam', priority: 400, rows: [["contains_ignore_case(body.text, 'bitcoin') && contains_ignore_case(body.text, 'double')", tag('CRYPTO_SCAM')]] },
  { type: 'Body', name: 'BODY_HTML_ONLY', description: 'HTML part without a text alternative', priority: 400, rows: [['is_empty(trim(body.text)) && !is_empty(body.html)', tag('MIME_HTML_ONLY')]] },
  { type: 'Body', name: 'BODY_EMPTY', description: 'Message without a body', priority: 400, rows: [['is_empty(trim(body.raw))', tag('EMPTY_BODY')]] },
  // Any rules (SpamGenericVariable), late: they combine tags set above.
  { type: 'Any', name: 'HELO_BAREIP', description: 'HELO with a bare IP address', priority: 500, rows: [['is_ip_addr(helo_domain)', tag('HELO_BAREIP')]] },
  { type: 'Any', name: 'RDNS_NONE', description: 'Sender IP without reverse DNS', priority: 500, rows: [['is_empty(remote_ip.ptr)', tag('RDNS_NONE')]] },
  { type: 'Any', name: 'FREEMAIL_REPLYTO_COMBO', description: 'Free mail From and Reply-To with list headers', priority: 700, rows: [['$FREEMAIL_FROM && $FREEMAIL_REPLYTO && !$HAS_LIST_UNSUB', tag('FREEMAIL_REPLYTO_COMBO')]] },
  {
    type: 'Any',
    name: 'CAPS_WITH_SHORTENER',
    description: 'Capitalised subject, graded by link shorteners',
    priority: 700,
    rows: [['$SUBJ_ALL_CAPS', "if_then($REDIRECTOR_URL, 'SUBJ_CAPS_SHORTENER', 'SUBJ_CAPS_ONLY')"]],
  },
  { type: 'Any', name: 'SUBJ_EXCESS_QM', description: 'Subject with many question marks', priority: 500, rows: [["count(split(subject, '?')) > 4", tag('SUBJ_EXCESS_QM')]] },
];

/** Every template, with seeded priorities and enable flags. */
export function demoSpamRules(rng: Prng): JsonObject[] {
  return TEMPLATES.map((t) => {
    const match: Record<string, { if: string; then: string }> = {};
    t.rows.forEach(([cond, then], i) => (match[String(i)] = { if: cond, then }));
    return {
      '@type': t.type,
      name: t.name,
      description: t.description,
      enable: !rng.chance(0.1),
      priority: t.priority + rng.int(0, 9),
      condition: { match, else: 'false' },
    };
  });
}

export const DEMO_RULE_TEMPLATE_COUNT = TEMPLATES.length;

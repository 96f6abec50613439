// Realistic rule conditions, in the style of Stalwart's shipped spam-filter rules, with the
// variable values to evaluate them against and the expected result. Used by the corpus test and
// as the seed set for the parse benchmark.
import type { Value } from './ast';
import type { ExpressionContextName } from './contexts';

export interface CorpusCase {
  context: ExpressionContextName;
  source: string;
  variables: Record<string, Value>;
  /** Tags already set on the message, visible as $TAG = 1. */
  tags?: string[];
  expected: Value;
}

export interface InvalidCorpusCase {
  context: ExpressionContextName;
  source: string;
  message: string;
  suggestion?: string;
}

const hdr = (name: string, value: string, extra: Record<string, Value> = {}): Record<string, Value> => ({
  name,
  name_lower: name.toLowerCase(),
  value,
  value_lower: value.toLowerCase(),
  raw: ` ${value}`,
  raw_lower: ` ${value.toLowerCase()}`,
  attributes: [],
  ...extra,
});

const url = (host: string, extra: Record<string, Value> = {}): Record<string, Value> => {
  const labels = host.split('.');
  return {
    url: `https://${host}/path?q=1`,
    value: `https://${host}/path?q=1`,
    scheme: 'https',
    host,
    authority: host,
    sld: labels.slice(-2).join('.'),
    path: '/path',
    query: 'q=1',
    path_query: '/path?q=1',
    port: 443,
    ...extra,
  };
};

const email = (address: string, extra: Record<string, Value> = {}): Record<string, Value> => {
  const [local, domain] = address.split('@');
  return { email: address, value: address, local, domain, sld: domain.split('.').slice(-2).join('.'), name: '', ...extra };
};

const ip = (address: string, extra: Record<string, Value> = {}): Record<string, Value> => {
  const octets = address.split('.').map(Number);
  return {
    ip: address,
    value: address,
    octets,
    reverse_ip: [...octets].reverse().join('.'),
    ip_reverse: [...octets].reverse().join('.'),
    is_v4: true,
    is_v6: false,
    ...extra,
  };
};

export const corpus: CorpusCase[] = [
  // --- Header rules (SpamHeaderVariable)
  { context: 'SpamHeaderVariable', source: "name_lower == 'x-mailer' && contains(value_lower, 'bulkmailer')", variables: hdr('X-Mailer', 'BulkMailer 2.1'), expected: true },
  { context: 'SpamHeaderVariable', source: "name_lower == 'x-mailer' && contains(value_lower, 'bulkmailer')", variables: hdr('X-Mailer', 'Thunderbird'), expected: false },
  { context: 'SpamHeaderVariable', source: "if_then(name_lower == 'x-php-originating-script', 'HAS_X_POS', false)", variables: hdr('X-PHP-Originating-Script', '1000:mailer.php'), expected: 'HAS_X_POS' },
  { context: 'SpamHeaderVariable', source: "name_lower == 'x-priority' && matches('^\\s*1', value)", variables: hdr('X-Priority', ' 1 (Highest)'), expected: true },
  { context: 'SpamHeaderVariable', source: "name_lower == 'x-priority' && matches('^\\s*1', value)", variables: hdr('X-Priority', '3'), expected: false },
  { context: 'SpamHeaderVariable', source: "name_lower == 'subject' && is_uppercase(value) && count_chars(value) > 10", variables: hdr('Subject', 'FREE MONEY NOW!!!'), expected: true },
  { context: 'SpamHeaderVariable', source: "name_lower == 'subject' && is_uppercase(value) && count_chars(value) > 10", variables: hdr('Subject', 'Quarterly report'), expected: false },
  { context: 'SpamHeaderVariable', source: "starts_with(name_lower, 'x-spam-') && contains_ignore_case(value, 'yes')", variables: hdr('X-Spam-Flag', 'YES'), expected: true },
  { context: 'SpamHeaderVariable', source: "name_lower == 'content-type' && contains(value_lower, 'charset=\"koi8-r\"')", variables: hdr('Content-Type', 'text/plain; charset="KOI8-R"'), expected: true },
  { context: 'SpamHeaderVariable', source: "name_lower = 'x-mailer' & matches('(?i)^php(mailer)?', value)", variables: hdr('X-Mailer', 'PHPMailer 6.0'), expected: true },
  { context: 'SpamHeaderVariable', source: "name_lower == 'received' && contains(raw_lower, 'unknown') && !is_tls", variables: { ...hdr('Received', 'from unknown (HELO x)'), is_tls: false }, expected: true },
  { context: 'SpamHeaderVariable', source: "name_lower == 'list-unsubscribe' && !contains(value_lower, 'mailto:') && !contains(value_lower, 'https://')", variables: hdr('List-Unsubscribe', '<http://x.example/u>'), expected: true },
  { context: 'SpamHeaderVariable', source: "name_lower == 'message-id' && ends_with(value_lower, '@localhost>')", variables: hdr('Message-ID', '<abc@LOCALHOST>'), expected: true },
  { context: 'SpamHeaderVariable', source: "name_lower == 'from' && contains(value, '\"') && count_spaces(value) > 5", variables: hdr('From', '"Your  Bank  Security  Team" <x@y.z>'), expected: true },
  { context: 'SpamHeaderVariable', source: "eq_ignore_case(name, 'X-Originating-IP') && is_ip_in_cidr(trim(strip_suffix(strip_prefix(value, '['), ']')), '10.0.0.0/8')", variables: hdr('X-Originating-IP', '[10.2.3.4]'), expected: true },
  { context: 'SpamHeaderVariable', source: "name_lower == 'to' && count(split(value, ',')) > 20 ", variables: hdr('To', Array.from({ length: 25 }, (_, i) => `u${i}@example.com`).join(',')), expected: true },
  { context: 'SpamHeaderVariable', source: "name_lower == 'date' && matches('\\s[+-]\\d{4}$', value) == false", variables: hdr('Date', 'Mon, 1 Jan 2024 10:00:00'), expected: true },

  // --- URL rules (SpamUrlVariable)
  { context: 'SpamUrlVariable', source: "sld == 'bit.ly' || sld == 'tinyurl.com'", variables: url('bit.ly'), expected: true },
  { context: 'SpamUrlVariable', source: "sld == 'bit.ly' || sld == 'tinyurl.com'", variables: url('www.example.com'), expected: false },
  { context: 'SpamUrlVariable', source: "if_then(is_ip_addr(host), 'URL_IP', false)", variables: url('192.0.2.55'), expected: 'URL_IP' },
  { context: 'SpamUrlVariable', source: "if_then(is_ip_addr(host), 'URL_IP', false)", variables: url('example.com'), expected: false },
  { context: 'SpamUrlVariable', source: "scheme != 'https' && contains(path, 'login')", variables: url('bank.example', { scheme: 'http', path: '/secure/login' }), expected: true },
  { context: 'SpamUrlVariable', source: "count(split(host, '.')) > 5", variables: url('a.b.c.d.e.example.com'), expected: true },
  { context: 'SpamUrlVariable', source: "port != 443 && port != 80 && port > 0", variables: url('example.com', { port: 8080 }), expected: true },
  { context: 'SpamUrlVariable', source: "ends_with(host, '.zip') || ends_with(host, '.mov')", variables: url('invoice.zip'), expected: true },
  { context: 'SpamUrlVariable', source: "contains(authority, '@') && !contains(sld, '@')", variables: url('evil.example', { authority: 'paypal.com@evil.example' }), expected: true },
  { context: 'SpamUrlVariable', source: "len(query) > 200 || matches('[a-f0-9]{32}', path_query)", variables: url('t.example', { path_query: '/t/9e107d9d372bb6826bd81d3542a419d6' }), expected: true },
  { context: 'SpamUrlVariable', source: "starts_with(host, 'xn--') || contains(host, '.xn--')", variables: url('www.xn--pple-43d.com'), expected: true },
  { context: 'SpamUrlVariable', source: "key_exists('url-redirectors', sld)", variables: url('t.co'), expected: false },
  { context: 'SpamUrlVariable', source: "sld != from.domain && contains(subject, 'password')", variables: url('phish.example', { 'from.domain': 'bank.example', subject: 'Reset your password' }), expected: true },

  // --- E-mail rules (SpamEmailVariable)
  { context: 'SpamEmailVariable', source: "sld == 'example.com' && local == 'noreply'", variables: email('noreply@mail.example.com'), expected: true },
  { context: 'SpamEmailVariable', source: "is_email(email) && domain != env_from.domain", variables: email('sales@partner.example', { 'env_from.domain': 'partner.example' }), expected: false },
  { context: 'SpamEmailVariable', source: "matches('^[a-z]{2,4}[0-9]{4,}$', local)", variables: email('xk48213@free.example'), expected: true },
  { context: 'SpamEmailVariable', source: "contains(['gmail.com', 'yahoo.com', 'outlook.com'], domain) && name != ''", variables: email('john.doe@gmail.com', { name: 'CEO' }), expected: true },
  { context: 'SpamEmailVariable', source: "email_part(value, 'domain') == domain", variables: email('a@b.example'), expected: true },
  { context: 'SpamEmailVariable', source: "len(local) > 40", variables: email('a@b.example'), expected: false },
  { context: 'SpamEmailVariable', source: "has_digits(domain) && count(split(domain, '-')) > 3", variables: email('x@cheap-meds-4-you-now.example'), expected: true },
  { context: 'SpamEmailVariable', source: "is_local_domain(domain) && !authenticated_as", variables: email('ceo@ourcompany.example', { authenticated_as: '' }), expected: false },
  { context: 'SpamEmailVariable', source: "ends_with(domain, '.' + sld) || domain == sld", variables: email('x@mail.example.org'), expected: true },
  { context: 'SpamEmailVariable', source: "to_lowercase(local) != local", variables: email('John@example.org'), expected: true },

  // --- IP rules (SpamIpVariable)
  { context: 'SpamIpVariable', source: 'octets[0] == 127', variables: ip('127.0.0.2'), expected: true },
  { context: 'SpamIpVariable', source: 'octets[0] == 10 || (octets[0] == 192 && octets[1] == 168) || (octets[0] == 172 && octets[1] >= 16 && octets[1] <= 31)', variables: ip('172.20.1.1'), expected: true },
  { context: 'SpamIpVariable', source: 'octets[0] == 10 || (octets[0] == 192 && octets[1] == 168) || (octets[0] == 172 && octets[1] >= 16 && octets[1] <= 31)', variables: ip('172.32.1.1'), expected: false },
  { context: 'SpamIpVariable', source: "is_v4 && is_ip_in_cidr(ip, '100.64.0.0/10')", variables: ip('100.100.1.1'), expected: true },
  { context: 'SpamIpVariable', source: "ip_reverse_name(ip) == reverse_ip", variables: ip('198.51.100.7'), expected: true },
  { context: 'SpamIpVariable', source: "dns_query(reverse_ip + '.zen.spamhaus.org', 'ipv4')", variables: ip('198.51.100.7'), expected: null },
  { context: 'SpamIpVariable', source: "ip != remote_ip && is_v6 == false", variables: ip('203.0.113.9', { remote_ip: '203.0.113.10' }), expected: true },
  { context: 'SpamIpVariable', source: 'octets[3] == 0 || octets[3] == 255', variables: ip('203.0.113.255'), expected: true },
  { context: 'SpamIpVariable', source: "is_ipv4_addr(value) && !is_ip_in_cidr(value, '192.0.2.0/24')", variables: ip('192.0.2.77'), expected: false },

  // --- Generic rules (SpamGenericVariable), with $TAG combinations
  { context: 'SpamGenericVariable', source: '$MISSING_ESSENTIAL_HEADERS && $SINGLE_SHORT_PART', variables: {}, tags: ['MISSING_ESSENTIAL_HEADERS', 'SINGLE_SHORT_PART'], expected: true },
  { context: 'SpamGenericVariable', source: '$MISSING_ESSENTIAL_HEADERS && $SINGLE_SHORT_PART', variables: {}, tags: ['SINGLE_SHORT_PART'], expected: false },
  { context: 'SpamGenericVariable', source: "if_then($DMARC_POLICY_REJECT && !$DKIM_ALLOW, 'DMARC_NA_REJECT', false)", variables: {}, tags: ['DMARC_POLICY_REJECT'], expected: 'DMARC_NA_REJECT' },
  { context: 'SpamGenericVariable', source: "($SPF_FAIL | $SPF_SOFTFAIL) & !$DKIM_ALLOW", variables: {}, tags: ['SPF_SOFTFAIL'], expected: true },
  { context: 'SpamGenericVariable', source: '$FROM_HAS_DN ^ $FROM_NEQ_ENVFROM', variables: {}, tags: ['FROM_HAS_DN', 'FROM_NEQ_ENVFROM'], expected: false },
  { context: 'SpamGenericVariable', source: "from.domain != env_from.domain && env_from.domain != '' && !$AUTHENTICATED", variables: { 'from.domain': 'bank.example', 'env_from.domain': 'bulk.example' }, expected: true },
  { context: 'SpamGenericVariable', source: "is_empty(subject) && count(to) > 1", variables: { subject: '', to: ['a@x.example', 'b@x.example'] }, expected: true },
  { context: 'SpamGenericVariable', source: "contains_ignore_case(subject.words, 'viagra') || contains_ignore_case(body.words, 'viagra')", variables: { 'subject.words': ['cheap', 'VIAGRA'], 'body.words': [] }, expected: true },
  { context: 'SpamGenericVariable', source: "count_uppercase(body.text) * 100 / count_chars(body.text) > 70", variables: { 'body.text': 'BUY NOW CHEAP DEAL ok' }, expected: true },
  { context: 'SpamGenericVariable', source: "contains(body.html, '<form') && !contains(body.text, 'form')", variables: { 'body.html': '<html><form action=x>', 'body.text': 'hello' }, expected: true },
  { context: 'SpamGenericVariable', source: "reply_to.domain != '' && reply_to.domain != from.domain && is_intersect(['gmail.com', 'outlook.com'], reply_to.domain)", variables: { 'reply_to.domain': 'gmail.com', 'from.domain': 'bank.example' }, expected: true },
  { context: 'SpamGenericVariable', source: "country == 'XX' || asn == 64496", variables: { country: 'DE', asn: 64496 }, expected: true },
  { context: 'SpamGenericVariable', source: "helo_domain != remote_ip.ptr && !ends_with(remote_ip.ptr, '.' + helo_domain)", variables: { helo_domain: 'mx.example.org', 'remote_ip.ptr': 'dyn-1-2-3-4.isp.example' }, expected: true },
  { context: 'SpamGenericVariable', source: "matches('^(re|fwd?):', to_lowercase(subject)) && subject.thread == ''", variables: { subject: 'RE: invoice', 'subject.thread': '' }, expected: true },
  { context: 'SpamGenericVariable', source: "len(dedup(winnow([from.domain, env_from.domain, reply_to.domain]))) > 2", variables: { 'from.domain': 'a.example', 'env_from.domain': 'b.example', 'reply_to.domain': 'c.example' }, expected: true },
  { context: 'SpamGenericVariable', source: "hash(to_lowercase(from), 'md5') == '5eb63bbbe01eeed093cb22bb8f5acdc3'", variables: { from: 'Hello World' }, expected: true },
  { context: 'SpamGenericVariable', source: "location == 'body' && count(lines(value)) > 100", variables: { location: 'body', value: 'a\nb' }, expected: false },
  { context: 'SpamGenericVariable', source: "key_exists('spam-trap', env_to) || counter_get('greylist', env_from) > 5", variables: { env_to: 'trap@example.org', env_from: 'x@y.example' }, expected: false },

  // --- MtaRcptToVariable (MtaMilter.enable and similar fields)
  { context: 'MtaRcptToVariable', source: "rcpt_domain == 'example.org'", variables: { rcpt_domain: 'example.org' }, expected: true },
  { context: 'MtaRcptToVariable', source: "!is_empty(authenticated_as) || is_ip_in_cidr(remote_ip, '192.168.0.0/16')", variables: { authenticated_as: '', remote_ip: '192.168.4.5' }, expected: true },
  { context: 'MtaRcptToVariable', source: "local_port == 25 && !is_tls && sender_domain != rcpt_domain", variables: { local_port: 25, is_tls: false, sender_domain: 'a.example', rcpt_domain: 'b.example' }, expected: true },
  { context: 'MtaRcptToVariable', source: "count(recipients) > 50 && protocol == 'smtp'", variables: { recipients: Array.from({ length: 60 }, (_, i) => `r${i}@example.org`), protocol: 'smtp' }, expected: true },
  { context: 'MtaRcptToVariable', source: "listener = 'submission' & priority >= 0", variables: { listener: 'smtp', priority: 1 }, expected: false },
  { context: 'MtaRcptToVariable', source: "ends_with(rcpt, '@' + rcpt_domain) && starts_with(rcpt, 'postmaster')", variables: { rcpt: 'postmaster@example.org', rcpt_domain: 'example.org' }, expected: true },
  { context: 'MtaRcptToVariable', source: "if_then(is_tls, 'tls', 'plain') + '-' + country", variables: { is_tls: true, country: 'NL' }, expected: 'tls-NL' },
  { context: 'MtaRcptToVariable', source: "helo_domain == system('hostname')", variables: { helo_domain: 'mx.example.org' }, expected: false },
  { context: 'MtaRcptToVariable', source: "asn != 0 && remote_port > 1024 && local_ip != remote_ip", variables: { asn: 64500, remote_port: 40000, local_ip: '10.0.0.1', remote_ip: '203.0.113.1' }, expected: true },
];

export const invalidCorpus: InvalidCorpusCase[] = [
  { context: 'MtaRcptToVariable', source: "rcpt_domian == 'example.org'", message: "unknown variable 'rcpt_domian': did you mean 'rcpt_domain'?", suggestion: 'rcpt_domain' },
  { context: 'SpamHeaderVariable', source: "name_lowr == 'x-mailer'", message: "unknown variable 'name_lowr': did you mean 'name_lower'?", suggestion: 'name_lower' },
  { context: 'SpamUrlVariable', source: "contians(host, 'x')", message: "unknown function 'contians': did you mean 'contains'?", suggestion: 'contains' },
  { context: 'SpamHeaderVariable', source: 'contains(value_lower)', message: "function 'contains' takes 2 arguments, got 1" },
  { context: 'SpamGenericVariable', source: "hash(from, 'sha3')", message: "hash() algorithm must be one of 'md5', 'sha1', 'sha256', 'sha512', got \"sha3\"", suggestion: "'sha1'" },
  { context: 'SpamEmailVariable', source: "email_part(value, 'user')", message: "email_part() part must be one of 'local', 'domain', got \"user\"" },
  { context: 'SpamIpVariable', source: "dns_query(ip, 'foo')", message: "dns_query() type must be one of 'ipv4', 'ipv6', 'ip', 'mx', 'txt', 'ptr', got \"foo\"" },
  { context: 'MtaRcptToVariable', source: "system('foo') == rcpt", message: "system() name must be one of 'hostname', 'domain', 'node_id', 'node_hostname', 'node_role', got \"foo\"" },
  { context: 'SpamHeaderVariable', source: "matches(value, 'x')", message: 'the regex argument of matches() must be a string literal (a regular expression)' },
  { context: 'SpamHeaderVariable', source: "name_lower == 'x-mailer", message: 'Unterminated string' },
  { context: 'SpamUrlVariable', source: "(host == 'a' || host == 'b'", message: 'Unmatched open parenthesis' },
  { context: 'SpamIpVariable', source: 'host == ip', message: "variable 'host' is not available in SpamIpVariable" },
];

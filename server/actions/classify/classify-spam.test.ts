import { describe, expect, it } from 'vitest';
import { parseZone } from '../dns/zone-parser';
import { createZoneResolver } from '../dns/zone-resolver';
import { classifySpam } from './classify-spam';
import type { ClassifySpamInput, SpamRule, SpamRuleScope, SpamSettings, TagScore } from './classify-types';
import { defaultTagScoreTable } from './default-tag-scores';

const rule = (scope: SpamRuleScope, name: string, condition: string, priority = 500, extra: Partial<SpamRule> = {}): SpamRule => ({
  '@type': scope,
  name,
  enable: true,
  priority,
  condition: { match: { '0': { if: condition, then: `'${name}'` } }, else: 'false' },
  ...extra,
});

const RULES: SpamRule[] = [
  rule('Header', 'X_MAILER_SPAMMY', "name_lower == 'x-mailer' && contains(value_lower, 'bulkmailer')", 100),
  rule('Url', 'URL_SHORTENER', "contains(['bit.ly', 'tinyurl.com'], sld)", 200),
  rule('Url', 'URL_IP_ADDRESS', 'is_ip_addr(host)', 200),
  rule('Email', 'FREEMAIL_FROM', "location == 'header_from' && sld == 'example.net'", 200),
  rule('Ip', 'RCVD_IN_BLOCKLIST', "location == 'header_received' && is_ip_in_cidr(ip, '203.0.113.0/24')", 200),
  rule('Body', 'BODY_URGENT_WORDS', "contains(body.words, 'urgent') || matches('(?i)act now', value)", 300),
  rule('Domain', 'DOMAIN_INVALID_TLD', "ends_with(value, '.invalid')", 300),
  rule('Any', 'RDNS_NONE', "remote_ip.ptr == ''", 300),
  rule('Any', 'REPLYTO_DIFF_DOMAIN', "reply_to != '' && reply_to.domain != from.domain", 300),
  // Runs after both tags it reads: SUBJ_ALL_CAPS from the built-in analysis, X_MAILER_SPAMMY from a rule.
  rule('Any', 'CAPS_AND_MAILER', '$SUBJ_ALL_CAPS && $X_MAILER_SPAMMY', 900),
  // Runs before the tag it reads, so it never sees it.
  rule('Any', 'TOO_EARLY', '$X_MAILER_SPAMMY', 10),
  rule('Any', 'DISABLED_RULE', 'true', 1, { enable: false }),
  {
    '@type': 'Header',
    name: 'CAMPAIGN',
    priority: 400,
    condition: {
      match: { '0': { if: "matches('(?i)^x-campaign-(\\w+)$', name)", then: "'CAMPAIGN_' + to_uppercase($1)" } },
      else: 'false',
    },
  },
];

const SCORES = new Map<string, TagScore>([
  ['X_MAILER_SPAMMY', 5],
  ['SUBJ_ALL_CAPS', 3],
  ['URL_SHORTENER', 2],
  ['URL_IP_ADDRESS', 3.5],
  ['FREEMAIL_FROM', 0],
  ['RCVD_IN_BLOCKLIST', 4],
  ['BODY_URGENT_WORDS', 1.5],
  ['RDNS_NONE', 1],
  ['REPLYTO_DIFF_DOMAIN', 1.5],
  ['CAPS_AND_MAILER', 2],
  ['HAS_LIST_UNSUB', -0.01],
]);

// The clock of the date analysis: half an hour after the Date of HAM.
const NOW = Date.parse('2026-04-06T10:30:00Z');

const SETTINGS: SpamSettings = { enable: true, scoreSpam: 5, scoreDiscard: 0, scoreReject: 0 };

const resolver = createZoneResolver(
  parseZone(`
$ORIGIN 2.0.192.in-addr.arpa.
$TTL 300
10 PTR mail.example.com.
`),
);

const HAM = [
  'Received: from mail.example.com (mail.example.com [192.0.2.10]) by mx.example.org',
  'From: Alice <alice@example.com>',
  'To: Bob <bob@example.org>',
  'Subject: Lunch tomorrow',
  'Date: Mon, 6 Apr 2026 10:00:00 +0000',
  'Message-ID: <lunch@example.com>',
  '',
  'See you at noon.',
].join('\r\n');

const SPAM = [
  'Received: from relay.example.net (unknown [203.0.113.7]) by mx.example.org',
  'Received: from [198.51.100.3] by relay.example.net',
  'From: Winner <prize@example.net>',
  'Reply-To: claims@example.org',
  'To: bob@example.org, carol@example.org',
  'Subject: YOU HAVE WON',
  'X-Mailer: BulkMailer Pro 9',
  'X-Campaign-Spring: 1',
  'MIME-Version: 1.0',
  'Content-Type: multipart/alternative; boundary="b1"',
  '',
  '--b1',
  'Content-Type: text/plain; charset=utf-8',
  '',
  'URGENT: claim at https://bit.ly/abc123 before Friday.',
  '--b1',
  'Content-Type: text/html; charset=utf-8',
  '',
  '<p>Act now: <a href="http://192.0.2.77/claim?id=1&amp;x=2">claim</a></p>',
  '--b1--',
  '',
].join('\r\n');

const input = (message: string, extra: Partial<ClassifySpamInput> = {}): ClassifySpamInput => ({
  message,
  remoteIp: '192.0.2.10',
  ehloDomain: 'mail.example.com',
  authenticatedAs: null,
  isTls: true,
  envFrom: 'alice@example.com',
  envFromParameters: null,
  envRcptTo: { 'bob@example.org': true },
  ...extra,
});

async function classify(
  message: string,
  extra: Partial<ClassifySpamInput> = {},
  settings = SETTINGS,
  rules: readonly SpamRule[] = RULES,
  scores: ReadonlyMap<string, TagScore> = SCORES,
) {
  const outcome = await classifySpam(input(message, extra), rules, settings, scores, { resolver, now: () => NOW });
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.error));
  return outcome.result;
}

/** Tags of a classification that the built-in analysis alone does not set on the same input. */
async function ruleTags(result: { tags: Record<string, unknown> }, message: string, extra: Partial<ClassifySpamInput> = {}) {
  const analysis = new Set(Object.keys((await classify(message, extra, SETTINGS, [])).tags));
  return Object.keys(result.tags).filter((tag) => !analysis.has(tag)).sort();
}

describe('classifySpam', () => {
  it('sets only the informational tags of the built-in analysis on an ordinary message and calls it ham', async () => {
    const result = await classify(HAM);
    expect(Object.keys(result.tags).sort()).toEqual([
      'FROM_EQ_ENV_FROM',
      'FROM_HAS_DN',
      'MID_RHS_MATCH_ENV_FROM',
      'MID_RHS_MATCH_FROM',
      'RCPT_COUNT_ONE',
      'RCVD_COUNT_ONE',
      'RCVD_TLS_LAST',
      'TO_DN_ALL',
      'TO_MATCH_ENVRCPT_ALL',
      'X_HDR_DATE',
      'X_HDR_FROM',
      'X_HDR_MESSAGE_ID',
      'X_HDR_RECEIVED',
      'X_HDR_SUBJECT',
      'X_HDR_TO',
    ]);
    expect(result).toMatchObject({ score: 0, result: 'ham' });
  });

  it('does not tag MISSING_DATE when the message has a Date header, and does when it has none', async () => {
    expect((await classify(HAM)).tags).not.toHaveProperty('MISSING_DATE');
    const undated = HAM.replace('Date: Mon, 6 Apr 2026 10:00:00 +0000\r\n', '');
    expect((await classify(undated)).tags).toHaveProperty('MISSING_DATE');
  });

  it('sets the analysis tags before the rules run, so rules can read them', async () => {
    const rules = [rule('Any', 'SAW_ANALYSIS', '$X_HDR_DATE && $FROM_HAS_DN && !$MISSING_DATE', 1)];
    expect(await ruleTags(await classify(HAM, {}, SETTINGS, rules), HAM)).toEqual(['SAW_ANALYSIS']);
  });

  it('runs rules across every scope and sums the scores', async () => {
    const result = await classify(SPAM, { remoteIp: '198.51.100.99' });
    // SUBJ_ALL_CAPS comes from the built-in analysis; CAPS_AND_MAILER reads it.
    expect(result.tags.SUBJ_ALL_CAPS).toEqual({ score: 3, disposition: 'score' });
    expect(await ruleTags(result, SPAM, { remoteIp: '198.51.100.99' })).toEqual(
      [
        'BODY_URGENT_WORDS',
        'CAMPAIGN_SPRING',
        'CAPS_AND_MAILER',
        'FREEMAIL_FROM',
        'RCVD_IN_BLOCKLIST',
        'RDNS_NONE',
        'REPLYTO_DIFF_DOMAIN',
        'URL_IP_ADDRESS',
        'URL_SHORTENER',
        'X_MAILER_SPAMMY',
      ].sort(),
    );
    expect(result.tags.X_MAILER_SPAMMY).toEqual({ score: 5, disposition: 'score' });
    expect(result.tags.CAMPAIGN_SPRING).toEqual({ score: 0, disposition: 'score' });
    // Analysis tags other than SUBJ_ALL_CAPS are not in this test's score table, so they add 0.
    expect(result.score).toBe(5 + 3 + 2 + 3.5 + 0 + 4 + 1.5 + 1 + 1.5 + 2);
    expect(result.result).toBe('spam');
  });

  it('reads remote_ip.ptr through the resolver', async () => {
    const withPtr = await classify(HAM, { remoteIp: '192.0.2.10' });
    expect(withPtr.tags).not.toHaveProperty('RDNS_NONE');
    const withoutPtr = await classify(HAM, { remoteIp: '192.0.2.11' });
    expect(withoutPtr.tags).toHaveProperty('RDNS_NONE');
  });

  it('evaluates Ip rules on the remote IP as well as Received hops', async () => {
    const remoteRule = [rule('Ip', 'REMOTE_LISTED', "location == 'tcp' && octets[0] == 203 && is_v4", 1)];
    const result = await classify(HAM, { remoteIp: '203.0.113.50' }, SETTINGS, remoteRule);
    expect(await ruleTags(result, HAM, { remoteIp: '203.0.113.50' })).toEqual(['REMOTE_LISTED']);
    const v6 = [rule('Ip', 'V6_REMOTE', "is_v6 && starts_with(reverse_ip, '1.0.0.0')", 1)];
    const v6Result = await classify(HAM, { remoteIp: '2001:db8::1' }, SETTINGS, v6);
    expect(await ruleTags(v6Result, HAM, { remoteIp: '2001:db8::1' })).toEqual(['V6_REMOTE']);
  });

  it('offers the URL parts', async () => {
    const parts = [
      rule('Url', 'URL_PARTS_OK', "scheme == 'http' && host == '192.0.2.77' && path == '/claim' && query == 'id=1&x=2' && port == 80", 1),
      rule('Url', 'URL_PATH_QUERY', "path_query == '/abc123' && authority == 'bit.ly' && location == 'body_text'", 1),
    ];
    const result = await classify(SPAM, {}, SETTINGS, parts);
    expect(await ruleTags(result, SPAM)).toEqual(['URL_PARTS_OK', 'URL_PATH_QUERY']);
  });

  it('offers envelope and address variables', async () => {
    const rules = [
      rule('Any', 'ENV_OK', "env_from.domain == 'example.com' && contains(env_to, 'bob@example.org') && !is_tls", 1),
      rule('Any', 'TO_ARRAY', "count(to) == 2 && contains(to.local, 'carol')", 1),
      rule('Any', 'AUTH', "authenticated_as == 'alice'", 1),
      rule('Email', 'BODY_ADDRESS', "location == 'body_text' && local == 'support'", 1),
      rule('Domain', 'EHLO_DOMAIN', "location == 'ehlo' && value == 'mail.example.com'", 1),
      rule('Header', 'CONTENT_TYPE_ATTR', "name_lower == 'content-type' && contains(attributes, 'boundary=b1')", 1),
      rule('Any', 'THREAD', "subject.thread == 'Plans' && contains(subject.words, 'plans')", 1),
    ];
    const message = SPAM.replace('Subject: YOU HAVE WON', 'Subject: Re: Fwd: Plans').replace(
      'URGENT:',
      'Write to support@example.com.',
    );
    const result = await classify(message, { isTls: false, authenticatedAs: 'alice' }, SETTINGS, rules);
    expect(await ruleTags(result, message, { isTls: false, authenticatedAs: 'alice' })).toEqual(
      ['AUTH', 'BODY_ADDRESS', 'CONTENT_TYPE_ATTR', 'EHLO_DOMAIN', 'ENV_OK', 'THREAD', 'TO_ARRAY'].sort(),
    );
  });

  it('skips rules whose condition the server would not compile', async () => {
    const rules = [rule('Any', 'GOOD', 'true', 1), rule('Any', 'BAD', "unknown_variable == 'x'", 1)];
    const outcome = await classifySpam(input(HAM), rules, SETTINGS, SCORES, { now: () => NOW });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.error));
    expect(await ruleTags(outcome.result, HAM)).toEqual(['GOOD']);
    expect(outcome).toHaveProperty('skippedRules', [{ name: 'BAD', reason: expect.stringContaining('match/0/if') }]);
  });

  it('refuses a message that cannot be parsed', async () => {
    for (const bad of ['no headers at all, just words', 'Subject: headers but no separator', 'Subject: x\r\nnot a header\r\n\r\nbody']) {
      const outcome = await classifySpam(input(bad), RULES, SETTINGS, SCORES, {});
      expect(outcome).toEqual({
        ok: false,
        error: {
          type: 'invalidProperties',
          properties: ['message'],
          description: 'Failed to parse the message for spam classification',
        },
      });
    }
  });
});

describe('classifySpam verdicts', () => {
  const always = (...names: string[]) => names.map((name) => rule('Any', name, 'true', 1));
  const table = new Map<string, TagScore>([
    ['A', 3],
    ['B', 4],
    ['NEG', -0.01],
    ['BLOCK', { score: 0, disposition: 'reject' }],
    ['TRAP', { score: 1, disposition: 'discard' }],
  ]);
  const run = (settings: SpamSettings, ...names: string[]) => classify(HAM, {}, settings, always(...names), table);
  // The built-in analysis tags HAM only with informational tags, which this table does not score.
  const ruleScored = async (settings: SpamSettings, ...names: string[]) => {
    const result = await run(settings, ...names);
    const tags = Object.fromEntries(Object.entries(result.tags).filter(([tag]) => names.includes(tag)));
    return { ...result, tags };
  };

  it('is ham below the spam threshold and spam at it', async () => {
    expect(await run({ scoreSpam: 5 }, 'A', 'NEG')).toMatchObject({ score: 2.99, result: 'ham' });
    expect(await run({ scoreSpam: 7 }, 'A', 'B')).toMatchObject({ score: 7, result: 'spam' });
  });

  it('rejects and discards at their thresholds, reject first', async () => {
    expect((await run({ scoreSpam: 5, scoreReject: 7 }, 'A', 'B')).result).toBe('reject');
    expect((await run({ scoreSpam: 5, scoreDiscard: 7 }, 'A', 'B')).result).toBe('discard');
    expect((await run({ scoreSpam: 5, scoreDiscard: 6, scoreReject: 7 }, 'A', 'B')).result).toBe('reject');
    expect((await run({ scoreSpam: 5, scoreDiscard: 6, scoreReject: 8 }, 'A', 'B')).result).toBe('discard');
  });

  it('treats a threshold of 0 as off', async () => {
    expect((await run({ scoreSpam: 5, scoreDiscard: 0, scoreReject: 0 }, 'A', 'B')).result).toBe('spam');
  });

  it('lets reject and discard tags decide regardless of score', async () => {
    const rejected = await ruleScored({ scoreSpam: 5 }, 'BLOCK');
    expect(rejected).toEqual({ score: 0, result: 'reject', tags: { BLOCK: { score: 0, disposition: 'reject' } } });
    expect((await run({ scoreSpam: 5 }, 'TRAP')).result).toBe('discard');
  });

  it('scores unknown tags 0', async () => {
    expect(await ruleScored({ scoreSpam: 5 }, 'UNLISTED')).toEqual({
      score: 0,
      result: 'ham',
      tags: { UNLISTED: { score: 0, disposition: 'score' } },
    });
  });

  it('ships a default table with the expected scores', () => {
    const defaults = defaultTagScoreTable();
    expect(defaults.size).toBeGreaterThanOrEqual(40);
    expect(defaults.get('SUBJ_ALL_CAPS')).toBe(3);
    expect(defaults.get('MISSING_DATE')).toBe(1);
    expect(defaults.get('SPOOF_DISPLAY_NAME')).toBe(8);
    expect(defaults.get('REDIRECTOR_URL')).toBe(2);
    // Stand-ins for analysis tags are gone from the table.
    for (const gone of ['HAS_DATE', 'HAS_MID', 'URL_SHORTENER']) expect(defaults.has(gone)).toBe(false);
    expect(defaults.get('X_MAILER_SPAMMY')).toBe(5);
    expect(defaults.get('HAS_LIST_UNSUB')).toBe(-0.01);
    expect(defaults.get('MISSING_MID')).toBe(2.5);
    expect(defaults.get('GTUBE')).toEqual({ score: 0, disposition: 'reject' });
  });
});

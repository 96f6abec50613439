// Management › Actions: ClassifySpam and TroubleshootDmarc against a sandbox of this worker's own
// (so changing a rule here never disturbs other suites). Expectations come from the seeded demo
// rules (server/demo/demo-spam-rules.ts), the seeded tag scores and the demo DNS zone.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { dkimSign } from 'mailauth';
import { DEFAULT_TAG_SCORES } from '../server/actions/classify/default-tag-scores';
import { PROJECT_ROOT } from '../server/sandbox';
import { expectNoAxeViolations } from './support/axe';
import { login } from './support/login';
import { forEachTheme } from './support/themes';
import { workerSandbox } from './support/worker-sandbox';

const sandbox = workerSandbox();
const at = sandbox.at;

/** A form field by its label; required fields add " (required)" to the label text. */
const input = (page: Page, label: string) =>
  page.getByRole('textbox', { name: new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\(required\\))?$`) });

async function signIn(page: Page, user = 'admin'): Promise<void> {
  await page.goto(at('/sign-in'));
  await login(page, user, user);
}

/** A JMAP call straight to the sandbox as admin (to look up and change rules). */
async function jmap(method: string, args: Record<string, unknown>): Promise<Record<string, unknown>> {
  const response = await fetch(at('/jmap/'), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Basic ${Buffer.from('admin:admin').toString('base64')}` },
    body: JSON.stringify({ using: ['urn:ietf:params:jmap:core', 'urn:stalwart:jmap'], methodCalls: [[method, { accountId: 'b', ...args }, '0']] }),
  });
  const body = (await response.json()) as { methodResponses: [string, Record<string, unknown>, string][] };
  const [name, result] = body.methodResponses[0]!;
  if (name === 'error') throw new Error(`${method}: ${JSON.stringify(result)}`);
  return result;
}

async function ruleId(name: string): Promise<string> {
  const result = await jmap('x:SpamRule/query', { filter: { name } });
  const ids = result.ids as string[];
  expect(ids, `seeded rule ${name}`).toHaveLength(1);
  return ids[0]!;
}

async function setRuleEnabled(id: string, enable: boolean): Promise<void> {
  const result = await jmap('x:SpamRule/set', { update: { [id]: { enable } } });
  expect(result.notUpdated ?? {}).toEqual({});
}

// ---- ClassifySpam -----------------------------------------------------------------------------

// Triggers two seeded rules on purpose: X_MAILER_SPAMMY (X-Mailer: BulkMailer) and BODY_LOTTERY
// (tag LOTTERY_TEXT). The rest comes from the built-in analysis, which runs before the rules: it
// marks each header (X_HDR_*), X-Priority 1 (HAS_X_PRIO_ONE, 0.5) and the senders and recipients
// (informational tags, scored 0). The Date is now, so neither MISSING_DATE nor DATE_IN_PAST fires.
const SPAM_MESSAGE = [
  'Received: from mail.example.com (mail.example.com [192.0.2.10])',
  '\tby mx.example.net (Stalwart) with ESMTPS id 7F3A2; Mon, 6 Apr 2026 10:00:00 +0000',
  'From: Prize Desk <winner@example.com>',
  'To: bob@example.net',
  'Cc: "Carol C." <carol@example.net>',
  'Subject: Your reward',
  `Date: ${new Date().toUTCString()}`,
  'Message-ID: <abc123@example.com>',
  'X-Mailer: BulkMailer 3.1',
  'X-Priority: 1',
  '',
  'Congratulations, you have won! Claim your prize today.',
  '',
].join('\r\n');

const SCORED_TAGS = ['X_MAILER_SPAMMY', 'LOTTERY_TEXT', 'HAS_X_PRIO_ONE'];
const INFORMATIONAL_TAGS = [
  'X_HDR_RECEIVED', 'X_HDR_FROM', 'X_HDR_TO', 'X_HDR_CC', 'X_HDR_SUBJECT', 'X_HDR_DATE', 'X_HDR_MESSAGE_ID', 'X_HDR_X_MAILER',
  'X_HDR_X_PRIORITY', 'RCVD_TLS_ALL', 'RCVD_COUNT_ONE', 'MID_RHS_MATCH_FROM', 'MID_RHS_MATCH_ENV_FROM', 'FROM_HAS_DN',
  'FROM_EQ_ENV_FROM', 'RCPT_COUNT_TWO', 'TO_DN_SOME', 'TO_MATCH_ENVRCPT_ALL',
];
const EXPECTED_TAGS = [...SCORED_TAGS, ...INFORMATIONAL_TAGS];

function seededScore(tag: string): number {
  const entry = DEFAULT_TAG_SCORES.find((t) => t.tag === tag);
  if (entry) return entry.score;
  // Informational analysis tags are not in the seeded table: they score 0.
  if (!INFORMATIONAL_TAGS.includes(tag)) throw new Error(`No seeded score for ${tag}`);
  return 0;
}

const total = (tags: string[]) => Math.round(tags.reduce((sum, tag) => sum + seededScore(tag), 0) * 100) / 100;

test.describe('classify a message', () => {
  test('fills the envelope from the message, classifies it and links tags to their rules', async ({ page }) => {
    // Twenty-one tag rows go through three sorts and a reload: more than the default budget on a busy machine.
    test.setTimeout(60_000);
    const score = total(EXPECTED_TAGS);
    // The demo settings: spam at 5, reject at 15, discard off.
    expect(score).toBeGreaterThanOrEqual(5);
    expect(score).toBeLessThan(15);
    const lotteryRule = await ruleId('BODY_LOTTERY');
    const mailerRule = await ruleId('X_MAILER_SPAMMY');

    await signIn(page);
    await page.goto(at('/management/actions'));
    await page.getByRole('link', { name: 'Classify a message' }).click();
    await expect(page).toHaveURL(/\/management\/actions\?run=ClassifySpam$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Classify a message' })).toBeVisible();

    await input(page, 'Message').fill(SPAM_MESSAGE);
    await page.getByRole('button', { name: 'Fill from message' }).click();
    await expect(page.getByText('Filled Remote IP, EHLO domain, MAIL FROM and RCPT TO from the message headers.')).toBeVisible();
    await expect(input(page, 'Remote IP')).toHaveValue('192.0.2.10');
    await expect(input(page, 'EHLO Domain')).toHaveValue('mail.example.com');
    await expect(input(page, 'MAIL FROM')).toHaveValue('winner@example.com');
    await expect(input(page, 'RCPT TO')).toHaveValue('bob@example.net\ncarol@example.net');

    await page.getByRole('button', { name: 'Classify message' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Classified:' })).toHaveText(`Classified: Spam, score ${score}.`);

    const latest = page.getByRole('article', { name: /^Latest classification/ });
    await expect(latest.getByText(`Verdict: Spam, score ${score}`)).toBeVisible();
    await expect(latest.getByText(`The score ${score} reached the spam threshold of 5.`)).toBeVisible();
    // The ladder: not spam below 5, spam 5 to below 15, reject 15 and above; discard is off.
    const ladder = latest.getByRole('region', { name: 'Score ladder' }).getByRole('listitem');
    await expect(ladder).toHaveText(['Not spambelow 5', `Spam5 to below 15This message: ${score}`, 'Reject15 and above']);
    await expect(ladder.nth(1)).toHaveAttribute('aria-current', 'true');
    await expect(latest.getByText('Discard threshold: off (0).')).toBeVisible();

    const table = latest.getByRole('table');
    // Sorted by score, highest first, then by name.
    const byScore = [...EXPECTED_TAGS].sort((a, b) => seededScore(b) - seededScore(a) || (a < b ? -1 : 1));
    await expect(table.getByRole('rowheader')).toHaveText(byScore);
    for (const tag of [...SCORED_TAGS, 'X_HDR_DATE']) {
      await expect(table.getByRole('row', { name: new RegExp(`^${tag} `) }).getByRole('cell').first()).toHaveText(String(seededScore(tag)));
    }
    await expect(table.getByRole('row', { name: /^MISSING_DATE / })).toHaveCount(0);
    // A tag scored 0 only marks the message; scored tags say what they add.
    await expect(table.getByRole('row', { name: /^X_HDR_DATE / }).getByRole('cell').nth(1)).toHaveText('No effect on the score');
    await expect(table.getByRole('row', { name: /^HAS_X_PRIO_ONE / }).getByRole('cell').nth(1)).toHaveText('Adds 0.5 to the score');
    await expect(table.getByRole('row', { name: /^X_MAILER_SPAMMY / }).getByRole('cell').nth(1)).toHaveText('Adds 5 to the score');
    await expect(table.getByRole('row', { name: /^X_HDR_DATE / }).getByRole('cell').nth(2)).toHaveText('No rule (built-in check)');
    await expect(table.getByText('Adds its score')).toHaveCount(0);
    await expect(table.getByRole('row', { name: /^LOTTERY_TEXT / }).getByRole('link', { name: 'BODY_LOTTERY' })).toHaveAttribute(
      'href',
      `/settings/spam/rules/${lotteryRule}`,
    );
    await expect(table.getByRole('row', { name: /^X_MAILER_SPAMMY / }).getByRole('link', { name: 'X_MAILER_SPAMMY' })).toHaveAttribute(
      'href',
      `/settings/spam/rules/${mailerRule}`,
    );

    await table.getByRole('button', { name: 'Tag' }).click();
    await expect(table.getByRole('columnheader', { name: 'Tag' })).toHaveAttribute('aria-sort', 'ascending');
    await expect(table.getByRole('rowheader')).toHaveText([...EXPECTED_TAGS].sort());
    await table.getByRole('button', { name: 'Score' }).click();
    // Ascending by score; ties still by name A to Z.
    const byScoreAscending = [...EXPECTED_TAGS].sort((a, b) => seededScore(a) - seededScore(b) || (a < b ? -1 : 1));
    await expect(table.getByRole('rowheader')).toHaveText(byScoreAscending);

    // The screen is its own URL: a reload keeps it and the run.
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Classify a message' })).toBeVisible();
    await expect(page.getByRole('article', { name: /^Latest classification/ }).getByText(`Verdict: Spam, score ${score}`)).toBeVisible();
  });

  test('links each tag to the score entry that scores it, exact name or pattern', async ({ page }) => {
    const mailerEntry = ((await jmap('x:SpamTag/query', { filter: { tag: 'X_MAILER_SPAMMY' } })).ids as string[])[0];
    expect(mailerEntry, 'seeded score entry X_MAILER_SPAMMY').toBeTruthy();
    // A pattern entry scoring 0 covers the header tags without changing any score.
    const created = await jmap('x:SpamTag/set', { create: { p: { '@type': 'Score', tag: 'X_HDR_*', score: 0 } } });
    const patternEntry = (created.created as Record<string, { id: string }>).p.id;
    try {
      await signIn(page);
      await page.goto(at('/management/actions?run=ClassifySpam'));
      await input(page, 'Message').fill(SPAM_MESSAGE);
      await page.getByRole('button', { name: 'Fill from message' }).click();
      await page.getByRole('button', { name: 'Classify message' }).click();
      const latest = page.getByRole('article', { name: /^Latest classification/ });
      await expect(latest.getByText(`Verdict: Spam, score ${total(EXPECTED_TAGS)}`)).toBeVisible();

      const table = latest.getByRole('table');
      await expect(table.getByRole('columnheader', { name: 'Score entry' })).toBeVisible();
      const row = (tag: string) => table.getByRole('row', { name: new RegExp(`^${tag} `) });
      await expect(row('X_MAILER_SPAMMY').getByRole('link', { name: 'Score entry', exact: true })).toHaveAttribute(
        'href',
        `/settings/spam/scores/${mailerEntry}`,
      );
      await expect(row('X_HDR_DATE').getByRole('link', { name: 'Pattern X_HDR_*', exact: true })).toHaveAttribute(
        'href',
        `/settings/spam/scores/${patternEntry}`,
      );
      // An informational tag no entry covers: said in words, no link; the rule links stay.
      await expect(row('RCVD_TLS_ALL').getByRole('cell').nth(3)).toHaveText('No score entry');
      await expect(row('RCVD_TLS_ALL').getByRole('cell').nth(3).getByRole('link')).toHaveCount(0);
      await expect(row('X_MAILER_SPAMMY').getByRole('link', { name: 'X_MAILER_SPAMMY', exact: true })).toHaveAttribute(
        'href',
        `/settings/spam/rules/${await ruleId('X_MAILER_SPAMMY')}`,
      );
      await expectNoAxeViolations(page);

      await row('X_MAILER_SPAMMY').getByRole('link', { name: 'Score entry', exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`/settings/spam/scores/${mailerEntry}$`));
    } finally {
      await jmap('x:SpamTag/set', { destroy: [patternEntry] });
    }
  });

  test('keeps the last runs so a changed rule can be compared', async ({ page }) => {
    const lotteryRule = await ruleId('BODY_LOTTERY');
    await signIn(page);
    await page.goto(at('/management/actions?run=ClassifySpam'));
    // Loading the message from a file this time.
    await page.getByLabel('Message file (.eml)').setInputFiles({ name: 'prize.eml', mimeType: 'message/rfc822', buffer: Buffer.from(SPAM_MESSAGE) });
    await expect(page.getByText(/^Loaded prize\.eml/)).toBeVisible();
    await page.getByRole('button', { name: 'Fill from message' }).click();
    await page.getByRole('button', { name: 'Classify message' }).click();
    const before = total(EXPECTED_TAGS);
    await expect(page.getByRole('article', { name: /^Latest classification/ }).getByText(`Verdict: Spam, score ${before}`)).toBeVisible();

    await setRuleEnabled(lotteryRule, false);
    try {
      await page.getByRole('button', { name: 'Classify message' }).click();
      const after = total(EXPECTED_TAGS.filter((t) => t !== 'LOTTERY_TEXT'));
      const latest = page.getByRole('article', { name: /^Latest classification/ });
      await expect(latest.getByText(`Verdict: Spam, score ${after}`)).toBeVisible();
      await expect(latest.getByRole('row', { name: /^LOTTERY_TEXT / })).toHaveCount(0);
      // The earlier run stays below, newest first, folded.
      const older = page.getByRole('group').filter({ hasText: `Spam, score ${before}` });
      await expect(older).toHaveCount(1);
      await older.getByText(`Spam, score ${before}`).first().click();
      await expect(older.getByRole('row', { name: /^LOTTERY_TEXT / })).toBeVisible();
    } finally {
      await setRuleEnabled(lotteryRule, true);
    }
  });

  test('shows the server refusal on the message field', async ({ page }) => {
    await signIn(page);
    await page.goto(at('/management/actions?run=ClassifySpam'));
    await input(page, 'Message').fill('just some words, no header at all');
    await input(page, 'Remote IP').fill('192.0.2.10');
    await input(page, 'EHLO Domain').fill('mail.example.com');
    await input(page, 'MAIL FROM').fill('winner@example.com');
    await page.getByRole('button', { name: 'Classify message' }).click();
    const message = input(page, 'Message');
    await expect(message).toHaveAttribute('aria-invalid', 'true');
    await expect(message).toHaveAccessibleDescription(/Failed to parse the message for spam classification/);
    await expect(message).toBeFocused();
    await expect(page.getByRole('article', { name: /^Latest classification/ })).toContainText(
      'The server refused the classification: Failed to parse the message for spam classification',
    );
  });

  test('checks the input before sending', async ({ page }) => {
    await signIn(page);
    await page.goto(at('/management/actions?run=ClassifySpam'));
    await input(page, 'Remote IP').fill('not an address');
    await page.getByRole('button', { name: 'Classify message' }).click();
    await expect(input(page, 'Message')).toBeFocused();
    await expect(input(page, 'Remote IP')).toHaveAccessibleDescription(/Enter an IPv4 or IPv6 address/);
    await expect(page.getByText('No message has been classified in this session yet.')).toBeVisible();
  });
});

// ---- TroubleshootDmarc --------------------------------------------------------------------------

const PLAIN = [
  'From: Alice Example <alice@example.com>',
  'To: bob@example.net',
  'Subject: Quarterly report',
  'Date: Mon, 6 Apr 2026 10:00:00 +0000',
  'Message-ID: <q1-2026@example.com>',
  '',
  'Hello Bob,',
  'the quarterly report is attached.',
  '',
].join('\r\n');

/** Signed by example.com with the demo key (selector "demo", published in the demo zone). */
async function signedMessage(): Promise<string> {
  const privateKey = readFileSync(join(PROJECT_ROOT, 'server', 'demo', 'zones', 'demo-dkim-private.pem'), 'utf8');
  const entry = { signingDomain: 'example.com', selector: 'demo', privateKey, canonicalization: 'relaxed/relaxed' };
  const signed = await dkimSign(PLAIN, { ...entry, signatureData: [entry] });
  if (signed.errors.length > 0) throw signed.errors[0];
  return signed.signatures + PLAIN;
}

async function fillDmarc(page: Page, values: { ip: string; ehlo: string; mailFrom: string; to: string; message: string }) {
  await input(page, 'Remote IP').fill(values.ip);
  await input(page, 'EHLO Domain').fill(values.ehlo);
  await input(page, 'MAIL FROM').fill(values.mailFrom);
  await input(page, 'RCPT TO').fill(values.to);
  await input(page, 'Message (optional)').fill(values.message);
}

const card = (page: Page, title: string) => page.getByRole('region', { name: 'Result' }).getByRole('article', { name: title, exact: true });

test.describe('troubleshoot DMARC', () => {
  test('explains a passing message from an SPF-allowed host', async ({ page }) => {
    const message = await signedMessage();
    await signIn(page);
    await page.goto(at('/management/actions'));
    await page.getByRole('link', { name: 'Troubleshoot DMARC' }).click();
    await expect(page).toHaveURL(/\?run=TroubleshootDmarc$/);
    await expect(page.getByRole('heading', { level: 1, name: 'DMARC troubleshooting' })).toBeVisible();

    await fillDmarc(page, { ip: '192.0.2.10', ehlo: 'mail.example.com', mailFrom: 'alice@example.com', to: 'bob@example.net', message });
    // The SPF domains follow EHLO and the MAIL FROM domain.
    await expect(input(page, 'SPF EHLO Domain')).toHaveValue('mail.example.com');
    await expect(input(page, 'SPF MAIL FROM Domain')).toHaveValue('example.com');
    await page.getByRole('button', { name: 'Run the checks' }).click();
    await expect(page.getByText('Checked: DMARC passed.')).toBeVisible();

    await expect(card(page, 'SPF for EHLO')).toContainText('Pass');
    await expect(card(page, 'SPF for EHLO')).toContainText('The SPF record of mail.example.com lists 192.0.2.10 as allowed to send mail for it');
    await expect(card(page, 'SPF for MAIL FROM')).toContainText('The SPF record of example.com lists 192.0.2.10 as allowed to send mail for it');
    await expect(card(page, 'Reverse DNS')).toContainText('192.0.2.10 has the PTR name mail.example.com, and that name resolves back to 192.0.2.10');
    await expect(card(page, 'Reverse DNS').getByRole('definition')).toHaveText(['192.0.2.10', 'mail.example.com']);
    await expect(card(page, 'DKIM signature')).toContainText('The signature by d=example.com (selector demo) verified');
    await expect(card(page, 'ARC')).toContainText('The message carries no ARC headers.');
    const dmarc = card(page, 'DMARC');
    await expect(dmarc).toContainText('DMARC passed: at least one authenticated identifier aligned with example.com.');
    await expect(dmarc).toContainText('SPF: the MAIL FROM domain example.com passed SPF and matches it exactly with the From domain example.com');
    await expect(dmarc).toContainText('DKIM: the signing domain d=example.com passed and matches it exactly with the From domain example.com');
    await expect(dmarc.getByRole('definition')).toHaveText(['example.com', 'reject', 'Yes', 'Yes', 'No']);
    await expect(page.getByText(/^The server took \d+ ms for these checks\.$/)).toBeVisible();

    // A reload keeps the screen and its last result.
    await page.reload();
    await expect(card(page, 'DMARC')).toContainText('DMARC passed');
  });

  test('explains a failing message from a host the domain does not allow', async ({ page }) => {
    const tampered = (await signedMessage()).replace('the quarterly report', 'the altered report');
    await signIn(page);
    await page.goto(at('/management/actions?run=TroubleshootDmarc'));
    await fillDmarc(page, { ip: '203.0.113.66', ehlo: 'mail.example.com', mailFrom: 'alice@example.com', to: 'bob@example.net', message: tampered });
    // An SPF domain edited by hand no longer follows MAIL FROM; cleared, it follows again.
    await input(page, 'SPF MAIL FROM Domain').fill('example.org');
    await input(page, 'MAIL FROM').fill('alice@mail.example.com');
    await expect(input(page, 'SPF MAIL FROM Domain')).toHaveValue('example.org');
    await input(page, 'SPF MAIL FROM Domain').fill('');
    await expect(input(page, 'SPF MAIL FROM Domain')).toHaveValue('mail.example.com');
    await input(page, 'MAIL FROM').fill('alice@example.com');
    await expect(input(page, 'SPF MAIL FROM Domain')).toHaveValue('example.com');
    await page.getByRole('button', { name: 'Run the checks' }).click();
    await expect(page.getByText('Checked: DMARC did not pass.')).toBeVisible();

    await expect(card(page, 'SPF for EHLO')).toContainText('Fail');
    await expect(card(page, 'SPF for EHLO')).toContainText('The SPF record of mail.example.com does not list 203.0.113.66 and ends with -all');
    await expect(card(page, 'SPF for MAIL FROM')).toContainText('The SPF record of example.com does not list 203.0.113.66 and ends with -all');
    await expect(card(page, 'SPF for MAIL FROM')).toContainText('Server details: domain of alice@example.com does not designate 203.0.113.66');
    await expect(card(page, 'Reverse DNS')).toContainText('203.0.113.66 has the PTR name mail.example.com, but that name does not resolve back to 203.0.113.66');
    await expect(card(page, 'DKIM signature')).toContainText('The signature by d=example.com (selector demo) did not verify');
    await expect(card(page, 'DKIM signature')).toContainText('body hash did not verify');
    const dmarc = card(page, 'DMARC');
    await expect(dmarc).toContainText('Fail');
    await expect(dmarc).toContainText('DMARC failed: neither SPF nor DKIM gave a passing identifier aligned with example.com. The domain asks receivers to reject failing mail outright (p=reject).');
    await expect(dmarc).toContainText(
      'Nothing aligned with the From domain example.com: SPF for the MAIL FROM domain example.com did not pass, and no DKIM signature verified.',
    );
    await expect(dmarc.getByRole('definition')).toHaveText(['example.com', 'reject', 'No', 'No', 'No']);
  });

  test('without a message, checks only SPF and reverse DNS', async ({ page }) => {
    await signIn(page, 'support');
    await page.goto(at('/management/actions?run=TroubleshootDmarc'));
    await input(page, 'Remote IP').fill('198.51.100.99');
    await input(page, 'EHLO Domain').fill('mx.example.org');
    await input(page, 'MAIL FROM').fill('news@example.org');
    await page.getByRole('button', { name: 'Run the checks' }).click();
    // mx.example.org publishes "a ~all" (198.51.100.20 only); example.org allows 198.51.100.0/24.
    await expect(card(page, 'SPF for EHLO')).toContainText('The SPF record of mx.example.org does not list 198.51.100.99 and ends with ~all');
    await expect(card(page, 'SPF for MAIL FROM')).toContainText('The SPF record of example.org lists 198.51.100.99 as allowed');
    await expect(card(page, 'Reverse DNS')).toContainText('198.51.100.99 has no PTR record');
    await expect(card(page, 'DKIM')).toContainText('No message was given, so no DKIM signature was checked.');
    await expect(card(page, 'DMARC')).toContainText('No message was given, so there is no From domain to align with');
  });
});

test('diagnostic screens and their results have no accessibility violations, light and dark', async ({ page }) => {
  test.setTimeout(180_000); // Eight axe runs over large result screens.
  await signIn(page);
  await page.goto(at('/management/actions?run=ClassifySpam'));
  await input(page, 'Message').fill(SPAM_MESSAGE);
  await page.getByRole('button', { name: 'Fill from message' }).click();
  await page.getByRole('button', { name: 'Classify message' }).click();
  await expect(page.getByRole('article', { name: /^Latest classification/ })).toBeVisible();
  await page.getByRole('button', { name: 'Classify message' }).click();
  await expect(page.getByRole('group').filter({ hasText: 'Spam, score' })).toHaveCount(1);

  await page.goto(at('/management/actions?run=TroubleshootDmarc'));
  await fillDmarc(page, { ip: '192.0.2.10', ehlo: 'mail.example.com', mailFrom: 'alice@example.com', to: 'bob@example.net', message: await signedMessage() });
  await page.getByRole('button', { name: 'Run the checks' }).click();
  await expect(card(page, 'DMARC')).toBeVisible();

  await forEachTheme(page, async () => {
    await page.goto(at('/management/actions?run=ClassifySpam'));
    await expect(page.getByRole('article', { name: /^Latest classification/ }).getByRole('table')).toBeVisible();
    await expectNoAxeViolations(page);
    await page.goto(at('/management/actions?run=TroubleshootDmarc'));
    await expect(card(page, 'DMARC')).toBeVisible();
    await expectNoAxeViolations(page);
    await page.goto(at('/management/actions'));
    await page.getByRole('row', { name: /Spam Filter: Classify a message/ }).first().getByRole('button', { name: 'Open result' }).click();
    await expect(page.getByRole('dialog', { name: 'Spam Filter: Classify a message' }).getByRole('table')).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Close' }).click();
  });
});

// The built-in analysis on a realistic ham message and a phishing message.
import { describe, expect, it } from 'vitest';
import { parseMessage } from '../../mime/parsed-message';
import { builtinAnalysisTags } from './builtin-analysis';
import { realisticReply } from '../realistic-reply';

const NOW = Date.parse('2026-04-06T10:30:00Z');
const session = (envFrom: string, rcpt: string) => ({
  remoteIp: '192.0.2.10', remoteIpPtr: 'mail.example.com', heloDomain: 'mail.example.com', authenticatedAs: '',
  asn: 0, country: '', isTls: true, envFrom, envRcptTo: [rcpt],
});

const HAM = realisticReply('Mon, 6 Apr 2026 10:00:01 +0000', 'Mon, 6 Apr 2026 10:00:00 +0000');

const PHISH = [
  'From: "support@paypal.com" <security@account-verify.top>',
  'To: bob@example.org',
  'Subject: URGENT: VERIFY YOUR ACCOUNT NOW',
  'Message-ID: 8f3a9c2b1d',
  'Reply-To: refunds@mailbox-refunds.xyz',
  '',
  'Your account is locked. Verify now: https://bit.ly/3xYz',
  '',
].join('\r\n');

async function tags(raw: string, envFrom: string, rcpt: string): Promise<string[]> {
  const parsed = await parseMessage(raw);
  if (!parsed.ok) throw new Error(parsed.reason);
  return builtinAnalysisTags(parsed.message, session(envFrom, rcpt), NOW);
}

describe('built-in analysis', () => {
  it('sets only informational tags on an ordinary reply', async () => {
    const ham = await tags(HAM, 'alice@example.com', 'bob@example.org');
    expect(ham).toEqual(expect.arrayContaining(['X_HDR_DATE', 'X_HDR_MESSAGE_ID', 'FROM_HAS_DN', 'FROM_EQ_ENV_FROM', 'MID_RHS_MATCH_FROMTLD', 'RCPT_COUNT_ONE', 'TO_DN_ALL', 'TO_MATCH_ENVRCPT_ALL', 'RCVD_COUNT_ONE', 'RCVD_TLS_ALL']));
    for (const bad of ['MISSING_DATE', 'MISSING_MID', 'INVALID_MSGID', 'SUBJ_ALL_CAPS', 'FORGED_SENDER', 'SPOOF_DISPLAY_NAME', 'REDIRECTOR_URL', 'DATE_IN_PAST']) {
      expect(ham).not.toContain(bad);
    }
  });

  it('flags the phishing message', async () => {
    const phish = await tags(PHISH, 'bounce@account-verify.top', 'bob@example.org');
    expect(phish).toEqual(
      expect.arrayContaining(['MISSING_DATE', 'INVALID_MSGID', 'MID_MISSING_BRACKETS', 'SPOOF_DISPLAY_NAME', 'SUBJ_ALL_CAPS', 'SPOOF_REPLYTO', 'REDIRECTOR_URL', 'RCVD_COUNT_ZERO', 'TO_DN_NONE']),
    );
  });

  it('tells a date in the past and in the future apart', async () => {
    const withDate = (date: string) => HAM.replace('Mon, 6 Apr 2026 10:00:00 +0000', date);
    expect(await tags(withDate('Fri, 3 Apr 2026 10:00:00 +0000'), 'alice@example.com', 'bob@example.org')).toContain('DATE_IN_PAST');
    expect(await tags(withDate('Mon, 6 Apr 2026 15:00:00 +0000'), 'alice@example.com', 'bob@example.org')).toContain('DATE_IN_FUTURE');
    expect(await tags(withDate('yesterday'), 'alice@example.com', 'bob@example.org')).toContain('INVALID_DATE');
  });
});

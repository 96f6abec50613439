import { describe, expect, it } from 'vitest';
import type { QueuedRecipient, RecipientStatus } from '../../catalog/queued-message';
import { planCancelRecipients, planRequeueFailed } from './bulk-recipient-plan';

const scheduled: RecipientStatus = { '@type': 'Scheduled' };
const delivered: RecipientStatus = { '@type': 'Completed', responseCode: 250 };
const temporary: RecipientStatus = { '@type': 'TemporaryFailure', errorType: 'connectionError' };
const permanent: RecipientStatus = { '@type': 'PermanentFailure', errorType: 'unexpectedResponse', responseCode: 550 };

const messages = new Map<string, Record<string, Pick<QueuedRecipient, 'status'>>>([
  ['m1', { 'bob@example.org': { status: scheduled }, 'carol@example.net': { status: temporary } }],
  ['m2', { 'dave@Example.org': { status: delivered }, 'erin@example.org': { status: permanent } }],
  ['m3', { 'x/y@example.org': { status: temporary } }],
]);

describe('bulk recipient plans', () => {
  it('cancels only pending recipients whose address contains the text, case-insensitively', () => {
    expect(planCancelRecipients(messages, ' EXAMPLE.ORG ')).toEqual({
      updates: {
        m1: { 'recipients/bob@example.org': null },
        m3: { 'recipients/x~1y@example.org': null },
      },
      recipients: 2,
    });
    expect(planCancelRecipients(messages, '')).toEqual({ updates: {}, recipients: 0 });
  });

  it('requeues every failed recipient, temporary or permanent, with a retry now', () => {
    const plan = planRequeueFailed(messages);
    expect(plan.recipients).toBe(3);
    expect(plan.updates).toEqual({
      m1: { nextRetry: '2000-01-01T00:00:00Z', 'recipients/carol@example.net/status': { '@type': 'Scheduled' } },
      m2: { nextRetry: '2000-01-01T00:00:00Z', 'recipients/erin@example.org/status': { '@type': 'Scheduled' } },
      m3: { nextRetry: '2000-01-01T00:00:00Z', 'recipients/x~1y@example.org/status': { '@type': 'Scheduled' } },
    });
  });
});

import { describe, expect, it } from 'vitest';
import type { RecipientStatus } from '../../catalog/queued-message';
import { orderRecipients } from './matching-recipients';
import { EMPTY_FILTERS } from './queue-view';

const failure = (code: number): RecipientStatus => ({
  '@type': code >= 500 ? 'PermanentFailure' : 'TemporaryFailure',
  errorType: 'unexpectedResponse',
  responseCode: code,
});

const recipients = {
  'alice@example.org': { status: failure(550), queueName: 'default' },
  'bob@example.net': { status: failure(451), queueName: 'default' },
  'carol@example.net': { status: { '@type': 'Scheduled' } as RecipientStatus, queueName: 'priority' },
};

describe('orderRecipients', () => {
  it('puts the recipients matching the recipient filter first', () => {
    const rows = orderRecipients(recipients, { ...EMPTY_FILTERS, recipient: 'bob@example.net' });
    expect(rows.map((r) => [r.address, r.matches])).toEqual([
      ['bob@example.net', true],
      ['alice@example.org', false],
      ['carol@example.net', false],
    ]);
  });

  it('lets text replace the recipient filter, as the server does', () => {
    const rows = orderRecipients(recipients, { ...EMPTY_FILTERS, recipient: 'alice', text: 'example.net' });
    expect(rows.filter((r) => r.matches).map((r) => r.address)).toEqual(['bob@example.net', 'carol@example.net']);
  });

  it('combines an address with a queue name', () => {
    const rows = orderRecipients(recipients, { ...EMPTY_FILTERS, text: 'example.net', queue: 'priority' });
    expect(rows.filter((r) => r.matches).map((r) => r.address)).toEqual(['carol@example.net']);
  });

  it('keeps the stored order, nobody matching, without a recipient filter', () => {
    const rows = orderRecipients(recipients, EMPTY_FILTERS);
    expect(rows.map((r) => r.address)).toEqual(Object.keys(recipients));
    expect(rows.some((r) => r.matches)).toBe(false);
  });
});

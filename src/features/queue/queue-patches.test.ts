import { describe, expect, it } from 'vitest';
import {
  cancelRecipientsPatch,
  escapePointerSegment,
  recipientPath,
  requeueRecipientsPatch,
  retryPatch,
} from './queue-patches';

describe('queue patches', () => {
  it('escapes ~ before / in JSON-pointer segments', () => {
    expect(escapePointerSegment('a~b/c@example.org')).toBe('a~0b~1c@example.org');
    expect(escapePointerSegment('~1')).toBe('~01');
    expect(recipientPath('odd/name@example.org', 'status')).toBe('recipients/odd~1name@example.org/status');
  });

  it('retries now unless a time is given', () => {
    expect(retryPatch()).toEqual({ nextRetry: '2000-01-01T00:00:00Z' });
    expect(retryPatch('2030-01-02T03:04:00Z')).toEqual({ nextRetry: '2030-01-02T03:04:00Z' });
  });

  it('cancels recipients by setting their map entry to null', () => {
    expect(cancelRecipientsPatch(['bob@example.org', 'x~y@example.net'])).toEqual({
      'recipients/bob@example.org': null,
      'recipients/x~0y@example.net': null,
    });
  });

  it('requeues failed recipients as Scheduled together with a retry time', () => {
    expect(requeueRecipientsPatch(['bob@example.org'])).toEqual({
      nextRetry: '2000-01-01T00:00:00Z',
      'recipients/bob@example.org/status': { '@type': 'Scheduled' },
    });
  });
});

import { describe, expect, it } from 'vitest';
import { DELIVERY_TOKEN_LIFETIME_MS, DeliveryTokens } from './delivery-tokens';

describe('live delivery tokens', () => {
  it('are valid for 60 seconds, for the user they were issued to', () => {
    let now = 1_000_000;
    const tokens = new DeliveryTokens(() => now);
    const token = tokens.issue('support');
    expect(DELIVERY_TOKEN_LIFETIME_MS).toBe(60_000);
    now += 59_999;
    expect(tokens.validate(token)).toBe('support');
    now += 1;
    expect(tokens.validate(token)).toBeNull();
    expect(tokens.validate('made-up')).toBeNull();
    expect(tokens.issue('admin')).not.toBe(token);
  });
});

import { describe, expect, it } from 'vitest';
import { demoMessage } from './demo-queue';
import { rawMessage } from './raw-message';
import { mixSeed, seededRandom } from './seeded-random';
import { FIRST_QUEUE_NUM } from './queue-ids';

describe('raw queued message', () => {
  const messages = Array.from({ length: 200 }, (_, i) => demoMessage(FIRST_QUEUE_NUM + i, seededRandom(mixSeed(3, i)), 1_790_000_000));

  it('is exactly `size` bytes of CRLF-terminated ASCII with the RFC 5322 headers', () => {
    for (const m of messages) {
      const raw = rawMessage(m);
      expect(Buffer.byteLength(raw, 'latin1')).toBe(m.size);
      expect(/^[\x00-\x7f]*$/.test(raw)).toBe(true);
      const [head] = raw.split('\r\n\r\n');
      for (const h of ['From:', 'To:', 'Subject:', 'Date:', 'Message-ID:']) expect(head).toContain(`\r\n${h} `);
      expect(raw.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
      expect(raw.endsWith('\r\n')).toBe(true);
      expect(raw.split('\r\n').reduce((max, line) => Math.max(max, line.length), 0)).toBeLessThanOrEqual(998);
    }
  });

  it('is the same text every time it is generated', () => {
    const m = messages[0]!;
    expect(rawMessage(m)).toBe(rawMessage({ ...m }));
  });
});

import { describe, expect, it } from 'vitest';
import { mtaMilterSchema } from '../schema/mta-milter';
import { describeFields } from '../schema/describe-fields';
import { changedFields } from './conflict-baseline';

const fields = describeFields(mtaMilterSchema);
const base = { hostname: 'a', port: 1, stages: ['rcpt', 'data'], enable: { match: [], else: 'true' } };

describe('changedFields', () => {
  it('names the fields whose wire values differ', () => {
    expect(changedFields(fields, base, { ...base, port: 2, enable: { match: [{ if: 'is_tls', then: 'true' }], else: 'false' } })).toEqual([
      'port',
      'enable',
    ]);
  });

  it('does not count the order of set members', () => {
    expect(changedFields(fields, base, { ...base, stages: ['data', 'rcpt'] })).toEqual([]);
  });
});

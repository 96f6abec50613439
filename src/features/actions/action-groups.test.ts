import { describe, expect, it } from 'vitest';
import { splitLabel } from '../../schema/action';
import { groupActions } from './action-groups';

describe('groupActions', () => {
  it('groups every variant by its label prefix, in schema order', () => {
    const groups = groupActions(() => true);
    expect(groups.map((g) => g.title)).toEqual(['Reload', 'Application Management', 'DMARC', 'Spam Filter', 'Cache', 'MTA']);
    expect(groups.flatMap((g) => g.variants).length).toBe(11);
    expect(groups[0]!.variants.map((v) => v.name)).toEqual(['Server settings', 'TLS certificates', 'Lookup stores', 'Blocked IPs list']);
    expect(groups.find((g) => g.title === 'MTA')!.variants.map((v) => [v.type, v.disruptive])).toEqual([
      ['PauseMtaQueue', true],
      ['ResumeMtaQueue', false],
    ]);
  });

  it('keeps only allowed variants and drops empty groups', () => {
    const allowed = new Set(['TroubleshootDmarc', 'ClassifySpam', 'PauseMtaQueue', 'ResumeMtaQueue']);
    const groups = groupActions((variant) => allowed.has(variant.type));
    expect(groups.map((g) => g.title)).toEqual(['DMARC', 'Spam Filter', 'MTA']);
  });

  it('puts a label without a colon under Other', () => {
    expect(splitLabel('Something')).toEqual({ group: 'Other', name: 'Something' });
  });
});

import { describe, expect, it } from 'vitest';
import { openDatabase } from '../store/database';
import { listObjects } from '../store/object-store';
import { seedDemoObjects } from './seed-demo';
import { mulberry32 } from './prng';
import { ANALYSIS_TAG_SCORES } from '../actions/classify/analysis-tag-scores';

const seeded = (seed: number) => {
  const db = openDatabase({ dataDir: '', memory: true });
  const counts = seedDemoObjects(db, seed);
  return { db, counts, rules: listObjects(db, 'x:SpamRule').map((o) => o.data), milters: listObjects(db, 'x:MtaMilter').map((o) => o.data) };
};

describe('demo data', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    const a = seeded(1);
    const b = seeded(1);
    const c = seeded(2);
    expect(a.rules).toEqual(b.rules);
    expect(a.milters).toEqual(b.milters);
    expect(JSON.stringify(c.rules)).not.toEqual(JSON.stringify(a.rules));
  });

  it('has 3-4 milters with rspamd first, and the 35 demo rules over all seven variants', () => {
    for (const seed of [1, 2, 3, 42]) {
      const { rules, milters } = seeded(seed);
      expect(milters.length).toBeGreaterThanOrEqual(3);
      expect(milters.length).toBeLessThanOrEqual(4);
      expect(milters[0]).toMatchObject({ hostname: '127.0.0.1', port: 11332 });
      expect(rules).toHaveLength(35);
      expect(new Set(rules.map((r) => r['@type']))).toEqual(new Set(['Any', 'Url', 'Domain', 'Email', 'Ip', 'Header', 'Body']));
      expect(new Set(rules.map((r) => r.name)).size).toBe(35);
      for (const r of rules) expect((r.condition as { else: string }).else).toBe('false');
    }
  });

  it('uses the expected tag names', () => {
    const thens = seeded(5).rules.flatMap((r) => Object.values((r.condition as { match: Record<string, { then: string }> }).match).map((m) => m.then));
    expect(thens.length).toBeGreaterThan(0);
    for (const t of thens) expect(t).toMatch(/^'[A-Z0-9_]+'$|^if_then\(/);
  });

  it('has no rules standing in for the tags of the built-in analysis', () => {
    const names = new Set(seeded(1).rules.map((r) => r.name as string));
    for (const standIn of ['HAS_DATE', 'HAS_MID', 'MISSING_DATE', 'MISSING_MID', 'SUBJ_ALL_CAPS', 'URL_SHORTENER', 'FROM_NO_DN', 'FORGED_SENDER', 'TO_EQ_FROM', 'HAS_LIST_UNSUB']) {
      expect(names).not.toContain(standIn);
    }
    const analysisTags = new Set(ANALYSIS_TAG_SCORES.map((t) => t.tag));
    const thens = seeded(1).rules.flatMap((r) => Object.values((r.condition as { match: Record<string, { then: string }> }).match).map((m) => m.then));
    for (const then of thens) expect(analysisTags).not.toContain(then.replace(/^'|'$/g, ''));
  });

  it('stores spam settings with the demo thresholds', () => {
    const { db } = seeded(1);
    expect(listObjects(db, 'x:SpamSettings')[0].data).toMatchObject({ scoreSpam: 5, scoreDiscard: 0, scoreReject: 15 });
  });

  it('mulberry32 is a stable sequence', () => {
    const r = mulberry32(123);
    const first = [r.next(), r.next(), r.next()];
    const again = mulberry32(123);
    expect([again.next(), again.next(), again.next()]).toEqual(first);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

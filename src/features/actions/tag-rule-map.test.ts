import { describe, expect, it } from 'vitest';
import { buildTagRuleMap, quotedLiterals, tagsOfCondition } from './tag-rule-map';

describe('quotedLiterals', () => {
  it('reads single and double quoted literals with escapes', () => {
    expect(quotedLiterals(`if_then($A, 'ONE', "TWO") + 'it\\'s'`)).toEqual(['ONE', 'TWO', "it's"]);
  });
  it('ignores an unterminated quote', () => {
    expect(quotedLiterals("'OK' + 'broken")).toEqual(['OK']);
  });
});

describe('tagsOfCondition', () => {
  it('collects quoted tag names from then and else values, not from conditions', () => {
    expect(
      tagsOfCondition({
        match: { '0': { if: "name_lower == 'subject'", then: "'SUBJ_X'" }, '1': { if: '$A', then: "if_then($B, 'B_AND_A', 'A_ONLY')" } },
        else: "'FALLBACK'",
      }),
    ).toEqual(['SUBJ_X', 'B_AND_A', 'A_ONLY', 'FALLBACK']);
  });
  it('finds nothing in false or a missing condition', () => {
    expect(tagsOfCondition({ else: 'false' })).toEqual([]);
    expect(tagsOfCondition(undefined)).toEqual([]);
  });
  it('skips literals that are not tag names', () => {
    expect(tagsOfCondition({ match: { '0': { if: 'true', then: "'two words'" } }, else: 'false' })).toEqual([]);
  });
});

describe('buildTagRuleMap', () => {
  it('maps each tag to every rule that can produce it', () => {
    const map = buildTagRuleMap([
      { id: 'a', name: 'BODY_LOTTERY', condition: { match: { '0': { if: 'x', then: "'LOTTERY_TEXT'" } }, else: 'false' } },
      { id: 'b', name: 'OTHER', condition: { match: { '0': { if: 'y', then: "'LOTTERY_TEXT'" } }, else: "'OTHER'" } },
    ]);
    expect(map.get('LOTTERY_TEXT')).toEqual([
      { id: 'a', name: 'BODY_LOTTERY' },
      { id: 'b', name: 'OTHER' },
    ]);
    expect(map.get('OTHER')).toEqual([{ id: 'b', name: 'OTHER' }]);
    expect(map.has('BODY_LOTTERY')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { completionItems, insertionFor, wordAtCaret } from './completion-items';

describe('wordAtCaret', () => {
  it('finds the typed part and the whole word around the caret', () => {
    expect(wordAtCaret('contains(value_lowr, 1)', 16)).toEqual({ prefix: 'value_l', start: 9, end: 19 });
    expect(wordAtCaret('from.do', 7)).toEqual({ prefix: 'from.do', start: 0, end: 7 });
    expect(wordAtCaret('a + ', 4)).toEqual({ prefix: '', start: 4, end: 4 });
  });

  it('offers nothing inside a string, a number or a $ name', () => {
    expect(wordAtCaret("x == 'val", 9)).toBeNull();
    expect(wordAtCaret('x > 12', 6)).toBeNull();
    expect(wordAtCaret('$BUL', 4)).toBeNull();
    expect(wordAtCaret("'a' + val", 9)).toEqual({ prefix: 'val', start: 6, end: 9 });
  });
});

describe('completionItems', () => {
  it("lists the context's variables starting with the prefix", () => {
    expect(completionItems('SpamHeaderVariable', 'value_l').map((i) => i.label)).toEqual(['value_lower']);
  });

  it('gives functions their signature and description', () => {
    const item = completionItems('SpamHeaderVariable', 'contains_').find((i) => i.label === 'contains_ignore_case');
    expect(item).toEqual({
      label: 'contains_ignore_case',
      kind: 'function',
      signature: 'contains_ignore_case(haystack, needle)',
      description: 'Like contains, ignoring case',
    });
  });

  it('puts names starting with the prefix before names containing it, ignoring case', () => {
    const labels = completionItems('SpamHeaderVariable', 'LOWER').map((i) => i.label);
    expect(labels.slice(0, 3)).toEqual(['name_lower', 'value_lower', 'raw_lower']);
    expect(labels).toContain('to_lowercase');
    const prefixed = completionItems('SpamHeaderVariable', 'to').map((i) => i.label);
    expect(prefixed.indexOf('to')).toBeGreaterThanOrEqual(0);
    expect(prefixed.indexOf('to')).toBeLessThan(prefixed.indexOf('reply_to'));
  });

  it('offers constants of a constant context and no variables there', () => {
    const items = completionItems('MtaAuthTypeConstant', 'pl');
    expect(items.filter((i) => i.kind !== 'function')).toEqual([{ label: 'plain', kind: 'constant' }]);
  });

  it('stays closed once a name is typed out in full and alone', () => {
    expect(completionItems('SpamHeaderVariable', 'value_lower')).toEqual([]);
    expect(completionItems('SpamHeaderVariable', 'zzzz')).toEqual([]);
  });

  it('lists everything for an empty prefix (Ctrl+Space), capped', () => {
    const items = completionItems('SpamHeaderVariable', '');
    expect(items[0]).toEqual({ label: 'name', kind: 'variable' });
    expect(items.length).toBe(50);
  });
});

describe('insertionFor', () => {
  it('replaces the whole word under the caret', () => {
    const source = 'contains(value_lowr, 1)';
    const word = wordAtCaret(source, 16)!;
    expect(insertionFor(source, word, { label: 'value_lower', kind: 'variable' })).toEqual({ start: 9, end: 19, text: 'value_lower', caret: 20 });
  });

  it('opens the parenthesis of a function, or steps into an existing one', () => {
    const fn = { label: 'contains', kind: 'function' as const };
    expect(insertionFor('cont', wordAtCaret('cont', 4)!, fn)).toEqual({ start: 0, end: 4, text: 'contains(', caret: 9 });
    expect(insertionFor('cont(x)', wordAtCaret('cont(x)', 4)!, fn)).toEqual({ start: 0, end: 4, text: 'contains', caret: 9 });
  });
});

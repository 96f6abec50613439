import { describe, expect, it } from 'vitest';
import { highlightSegments, type Segment } from './highlight-segments';

const kinds = (segments: Segment[]) => segments.filter((s) => s.text.trim() !== '').map((s) => [s.text, s.kind]);

describe('highlightSegments', () => {
  it('covers the source exactly, whitespace included', () => {
    const source = "contains(value_lower,  'viagra')\n&& $1";
    const { segments } = highlightSegments(source, 'SpamHeaderVariable');
    expect(segments.map((s) => s.text).join('')).toBe(source);
  });

  it('colours each kind of token', () => {
    const source = "matches('^x', value) && $BULK + $1 > 3.5 - 30s || true == plain";
    expect(kinds(highlightSegments(source, 'SpamHeaderVariable').segments)).toEqual([
      ['matches', 'function'],
      ['(', 'punctuation'],
      ["'^x'", 'string'],
      [',', 'punctuation'],
      ['value', 'variable'],
      [')', 'punctuation'],
      ['&&', 'operator'],
      ['$BULK', 'global'],
      ['+', 'operator'],
      ['$1', 'capture'],
      ['>', 'operator'],
      ['3.5', 'number'],
      ['-', 'operator'],
      ['30s', 'number'],
      ['||', 'operator'],
      ['true', 'boolean'],
      ['==', 'operator'],
      ['plain', 'variable'],
    ]);
  });

  it("tells the context's constants from variables", () => {
    const segments = highlightSegments('plain', 'MtaAuthTypeConstant').segments;
    expect(segments).toEqual([{ text: 'plain', kind: 'constant' }]);
  });

  it('colours an unterminated string to the end', () => {
    const { segments } = highlightSegments("x == 'abc def", 'SpamGenericVariable');
    expect(segments[segments.length - 1]).toEqual({ text: "'abc def", kind: 'string' });
  });

  it('marks the span of a problem, errors over warnings', () => {
    const { segments } = highlightSegments('contains(value_lowr, 1)', 'SpamHeaderVariable', [
      { start: 9, end: 19, severity: 'error' },
      { start: 15, end: 22, severity: 'warning' },
    ]);
    expect(segments.filter((s) => s.mark)).toEqual([
      { text: 'value_lowr', kind: 'variable', mark: 'error' },
      { text: ',', kind: 'punctuation', mark: 'warning' },
      { text: ' ', kind: 'plain', mark: 'warning' },
      { text: '1', kind: 'number', mark: 'warning' },
    ]);
  });

  it('reports a problem at the end of the text separately', () => {
    const result = highlightSegments('a &&', 'SpamGenericVariable', [{ start: 4, end: 4, severity: 'error' }]);
    expect(result.endMark).toBe('error');
    expect(result.segments.some((s) => s.mark)).toBe(false);
  });
});

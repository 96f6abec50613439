import { describe, expect, it } from 'vitest';
import { addRow, ensureExpression, moveRow, removeRow, rowError, setRowPart } from './expression-rows';

const model = {
  match: [
    { if: 'a', then: '1' },
    { if: 'b', then: '2' },
    { if: 'c', then: '3' },
  ],
  else: '0',
};

describe('expression rows', () => {
  it('adds an empty row at the end', () => {
    expect(addRow(model).match.at(-1)).toEqual({ if: '', then: '' });
    expect(addRow(model).match).toHaveLength(4);
  });

  it('moves rows up and down, and ignores moves past either end', () => {
    expect(moveRow(model, 0, 1).match.map((r) => r.if)).toEqual(['b', 'a', 'c']);
    expect(moveRow(model, 2, -1).match.map((r) => r.if)).toEqual(['a', 'c', 'b']);
    expect(moveRow(model, 0, -1).match.map((r) => r.if)).toEqual(['a', 'b', 'c']);
    expect(moveRow(model, 2, 1).match.map((r) => r.if)).toEqual(['a', 'b', 'c']);
  });

  it('removes and edits rows without touching the original', () => {
    expect(removeRow(model, 1).match.map((r) => r.if)).toEqual(['a', 'c']);
    expect(setRowPart(model, 2, 'then', '9').match[2]).toEqual({ if: 'c', then: '9' });
    expect(model.match[2].then).toBe('3');
  });

  it('reads missing or odd values as an empty expression', () => {
    expect(ensureExpression(null)).toEqual({ match: [], else: '' });
    expect(ensureExpression({ else: 'true' })).toEqual({ match: [], else: 'true' });
  });

  it('finds the error of one input, whole-row errors going to the condition', () => {
    const errors = { 'match/0/then': 'bad result', 'match/1': 'bad row' };
    expect(rowError(errors, 0, 'then')).toBe('bad result');
    expect(rowError(errors, 0, 'if')).toBeUndefined();
    expect(rowError(errors, 1, 'if')).toBe('bad row');
    expect(rowError(errors, 1, 'then')).toBeUndefined();
  });
});

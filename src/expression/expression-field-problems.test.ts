import { describe, expect, it } from 'vitest';
import { applySuggestion, checkPart } from './check-part';
import { expressionFieldErrors, expressionFieldProblems } from './expression-field-problems';

describe('expressionFieldProblems', () => {
  it('is empty for a valid expression', () => {
    const model = { match: [{ if: "contains(value_lower, 'viagra')", then: "'VIAGRA'" }], else: 'false' };
    expect(expressionFieldProblems(model, 'SpamHeaderVariable')).toEqual([]);
  });

  it('reports parse and context errors by path', () => {
    const model = { match: [{ if: 'contains(value_lowr, 1)', then: "'X" }], else: 'rcpt' };
    expect(expressionFieldProblems(model, 'SpamHeaderVariable')).toEqual([
      { path: 'match/0/if', message: "unknown variable 'value_lowr': did you mean 'value_lower'?", severity: 'error' },
      { path: 'match/0/then', message: 'Unterminated string', severity: 'error' },
      { path: 'else', message: "variable 'rcpt' is not available in SpamHeaderVariable", severity: 'error' },
    ]);
  });

  it('requires every part, the else value included', () => {
    expect(expressionFieldProblems({ match: [{ if: ' ', then: '' }], else: '' }, 'SpamHeaderVariable')).toEqual([
      { path: 'match/0/if', message: 'Enter a condition', severity: 'error' },
      { path: 'match/0/then', message: 'Enter a result', severity: 'error' },
      { path: 'else', message: 'The else value is required', severity: 'error' },
    ]);
  });

  it('lets captures into then only, and only as a console warning elsewhere', () => {
    const model = { match: [{ if: "matches('(a)', value) && $1 != ''", then: '$1' }], else: '$2' };
    const problems = expressionFieldProblems(model, 'SpamGenericVariable');
    expect(problems.map((p) => [p.path, p.severity])).toEqual([
      ['match/0/if', 'warning'],
      ['else', 'warning'],
    ]);
    expect(expressionFieldErrors(model, 'SpamGenericVariable')).toEqual({});
  });

  it('gives the first blocking message per path', () => {
    const model = { match: [{ if: 'nme == nmae', then: "'X'" }], else: 'false' };
    expect(expressionFieldErrors(model, 'SpamHeaderVariable')).toEqual({ 'match/0/if': "unknown variable 'nme': did you mean 'name'?" });
  });
});

describe('checkPart', () => {
  it('checks only the syntax when the context is unknown', () => {
    expect(checkPart('anything_goes', '', 'if')).toEqual([]);
    expect(checkPart('a &&', '', 'if').map((d) => d.message)).toEqual(['Unexpected end of expression']);
  });

  it('applies a suggestion over the span it points at', () => {
    const source = 'contains(value_lowr, 1)';
    const [diagnostic] = checkPart(source, 'SpamHeaderVariable', 'if');
    expect(applySuggestion(source, diagnostic)).toBe('contains(value_lower, 1)');
  });
});

import { describe, expect, it } from 'vitest';
import { hasErrors, issuesToErrors, pathErrorsWithin } from './zod-issues';
import { spamRuleSchemas } from '../schema/spam-rule';

describe('issuesToErrors', () => {
  it('keys messages by top field and by full slash path, first message winning', () => {
    const errors = issuesToErrors([
      { path: ['condition', 'match', 0, 'if'], message: 'Enter a condition' },
      { path: ['condition', 'else'], message: 'The else value is required' },
      { path: ['name'], message: 'This field is required' },
      { path: ['name'], message: 'At most 255 characters' },
    ]);
    expect(errors.fieldErrors).toEqual({ condition: 'Enter a condition', name: 'This field is required' });
    expect(errors.pathErrors).toEqual({
      'condition/match/0/if': 'Enter a condition',
      'condition/else': 'The else value is required',
      name: 'This field is required',
    });
    expect(errors.formError).toBeUndefined();
  });

  it('keeps object-level issues as a form error', () => {
    const errors = issuesToErrors([{ path: [], message: 'Start must be before end' }]);
    expect(errors.formError).toBe('Start must be before end');
    expect(hasErrors(errors)).toBe(true);
    expect(hasErrors(issuesToErrors([]))).toBe(false);
  });

  it('maps real zod issues of a spam rule onto the expression row that failed', () => {
    const parsed = spamRuleSchemas.Header.safeParse({
      condition: { match: [{ if: 'true', then: '' }], else: 'false' },
      name: 'X',
      description: null,
      enable: true,
      priority: 100000,
    });
    expect(parsed.success).toBe(false);
    const errors = issuesToErrors(parsed.error!.issues);
    expect(errors.pathErrors['condition/match/0/then']).toBe('Enter a result');
    expect(errors.fieldErrors.priority).toBe('Must be at most 99999');
  });
});

describe('pathErrorsWithin', () => {
  it('returns the paths inside one field relative to it', () => {
    const inner = pathErrorsWithin({ 'condition/match/1/if': 'a', 'condition/else': 'b', conditionX: 'c', condition: 'd' }, 'condition');
    expect(inner).toEqual({ 'match/1/if': 'a', else: 'b' });
  });
});

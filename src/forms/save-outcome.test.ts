import { describe, expect, it } from 'vitest';
import { placeServerErrors } from './save-outcome';

const shown = new Set(['condition', 'name', 'priority']);
const labelOf = (name: string) => ({ recipients: 'Recipients', secret: 'Secret' })[name] ?? name;

describe('placeServerErrors', () => {
  it('puts field errors on their field and path errors inside it', () => {
    const placed = placeServerErrors(
      { fieldErrors: { condition: 'Unknown variable' }, pathErrors: { 'condition/match/0/if': 'Unknown variable' } },
      shown,
      labelOf,
    );
    expect(placed.byField).toEqual({ condition: { type: 'server', message: 'Unknown variable', types: { 'match/0/if': 'Unknown variable' } } });
    expect(placed.formError).toBeUndefined();
  });

  it('marks a field that only has a path error', () => {
    const placed = placeServerErrors({ pathErrors: { 'condition/else': 'Expected a value' } }, shown, labelOf);
    expect(placed.byField.condition).toEqual({ type: 'server', message: 'Expected a value', types: { else: 'Expected a value' } });
  });

  it('keeps errors on fields the form does not show in the form-level message', () => {
    const placed = placeServerErrors({ formError: 'Refused.', fieldErrors: { name: 'Taken', recipients: 'Invalid' } }, shown, labelOf);
    expect(Object.keys(placed.byField)).toEqual(['name']);
    expect(placed.formError).toBe('Refused. Recipients: Invalid');
  });

  it('passes a form error alone through', () => {
    expect(placeServerErrors({ formError: 'This item no longer exists.' }, shown, labelOf)).toEqual({ byField: {}, formError: 'This item no longer exists.' });
  });
});

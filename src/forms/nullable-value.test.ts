import { describe, expect, it } from 'vitest';
import { blankValueFor, emptyToNull, restoreValue } from './nullable-value';
import { catalog } from '../catalog';
import { definitionFields } from '../schema/define-object';

const settings = definitionFields(catalog['x:SpamSettings'])!;
const milter = definitionFields(catalog['x:MtaMilter'])!;
const rule = definitionFields(catalog['x:SpamRule'], 'Any')!;
const byName = (fields: typeof milter, name: string) => fields.find((f) => f.name === name)!;

describe('emptyToNull', () => {
  it('turns "" and blank text into null for nullable text-like fields', () => {
    expect(emptyToNull(byName(rule, 'description'), '')).toBeNull();
    expect(emptyToNull(byName(rule, 'description'), '  ')).toBeNull();
    expect(emptyToNull(byName(settings, 'spamFilterRulesUrl'), '')).toBeNull();
  });

  it('leaves other values and non-nullable fields alone', () => {
    expect(emptyToNull(byName(rule, 'description'), 'x')).toBe('x');
    expect(emptyToNull(byName(rule, 'name'), '')).toBe('');
    expect(emptyToNull(byName(milter, 'flagsAction'), 0)).toBe(0);
  });
});

describe('restoreValue for the "Not set" wrapper', () => {
  it('brings back the last value the person had', () => {
    expect(restoreValue(byName(settings, 'greylistFor'), 300000)).toBe(300000);
  });

  it('otherwise starts from a blank number box (which then asks for a number)', () => {
    expect(restoreValue(byName(settings, 'greylistFor'), undefined)).toBeNaN();
    expect(restoreValue(byName(milter, 'flagsAction'), null)).toBeNaN();
  });

  it('uses a non-null default in model form, and kind blanks for the rest', () => {
    expect(blankValueFor({ ...byName(milter, 'stages'), nullable: true })).toEqual(['data']);
    expect(blankValueFor({ ...byName(milter, 'enable'), defaultValue: null })).toEqual({ match: [], else: '' });
    expect(blankValueFor({ ...byName(milter, 'protocolVersion'), defaultValue: null })).toBe('v2');
    expect(blankValueFor({ ...byName(milter, 'useTls'), defaultValue: null })).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { normalizeModel, schemaResolver, toFieldErrorOptions, validateModel } from './schema-resolver';
import { mtaMilterSchema } from '../schema/mta-milter';
import { spamRuleSchemas } from '../schema/spam-rule';
import { spamSettingsSchema } from '../schema/spam-settings';
import { describeFields } from '../schema/describe-fields';
import { fromWireObject } from '../schema/wire-codec';
import { ENTER_A_NUMBER } from './number-text';

const milterFields = describeFields(mtaMilterSchema);
const ruleSchema = spamRuleSchemas.Any;
const ruleFields = describeFields(ruleSchema);
const settingsFields = describeFields(spamSettingsSchema);

function milter(overrides: Record<string, unknown> = {}) {
  return { ...fromWireObject(milterFields, { hostname: 'milter.example.org' }), ...overrides };
}

function rule(overrides: Record<string, unknown> = {}) {
  return { ...fromWireObject(ruleFields, {}), name: 'R', condition: { match: [], else: 'false' }, ...overrides };
}

describe('validateModel', () => {
  it('accepts a valid model and returns the parsed (trimmed) values', () => {
    const result = validateModel(mtaMilterSchema, milterFields, milter({ hostname: '  h.example  ' }));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.values.hostname).toBe('h.example');
  });

  it('says "Enter a number" for an empty or non-numeric number box (NaN in the model)', () => {
    const result = validateModel(mtaMilterSchema, milterFields, milter({ port: Number.NaN, timeoutData: Number.NaN }));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.fieldErrors.port).toBe(ENTER_A_NUMBER);
      expect(result.errors.fieldErrors.timeoutData).toBe(ENTER_A_NUMBER);
    }
  });

  it('keeps the schema messages for numbers out of range', () => {
    const result = validateModel(mtaMilterSchema, milterFields, milter({ port: 70000, timeoutConnect: 0 }));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.fieldErrors.port).toBe('Must be at most 65535');
      expect(result.errors.fieldErrors.timeoutConnect).toBe('Enter a duration greater than zero');
    }
  });

  it('enforces the minimum number of set members', () => {
    const result = validateModel(mtaMilterSchema, milterFields, milter({ stages: [] }));
    expect(!result.ok && result.errors.fieldErrors.stages).toBe('Choose at least 1');
  });

  it('turns an empty nullable string into null instead of failing or sending ""', () => {
    const result = validateModel(ruleSchema, ruleFields, rule({ description: '   ' }));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.values.description).toBeNull();
  });

  it('accepts a nullable duration left "Not set" (null) but not an empty amount', () => {
    const model = fromWireObject(settingsFields, {});
    expect(validateModel(spamSettingsSchema, settingsFields, { ...model, greylistFor: null }).ok).toBe(true);
    const empty = validateModel(spamSettingsSchema, settingsFields, { ...model, greylistFor: Number.NaN });
    expect(!empty.ok && empty.errors.fieldErrors.greylistFor).toBe(ENTER_A_NUMBER);
  });

  it('still requires a non-nullable string', () => {
    const result = validateModel(mtaMilterSchema, milterFields, milter({ hostname: '' }));
    expect(!result.ok && result.errors.fieldErrors.hostname).toBe('This field is required');
  });
});

describe('normalizeModel', () => {
  it('only touches nullable text-like fields', () => {
    const out = normalizeModel(settingsFields, { spamFilterRulesUrl: '', scoreSpam: 5 });
    expect(out).toEqual({ spamFilterRulesUrl: null, scoreSpam: 5 });
    expect(normalizeModel(milterFields, { hostname: '' }).hostname).toBe('');
  });
});

describe('schemaResolver', () => {
  it('returns one error per field with inner path errors in types, and no values', async () => {
    const resolve = schemaResolver(ruleSchema, ruleFields);
    const values = rule({ condition: { match: [{ if: '', then: "'X'" }], else: '' } });
    const result = await resolve(values, undefined, { fields: {}, shouldUseNativeValidation: undefined });
    expect(result.values).toEqual({});
    expect(result.errors.condition).toEqual({
      type: 'validation',
      message: 'Enter a condition',
      types: { 'match/0/if': 'Enter a condition', else: 'The else value is required' },
    });
  });

  it('returns the validated values when there are no errors', async () => {
    const resolve = schemaResolver(ruleSchema, ruleFields);
    const result = await resolve(rule(), undefined, { fields: {}, shouldUseNativeValidation: undefined });
    expect(result.errors).toEqual({});
    expect(result.values).toMatchObject({ name: 'R', priority: 500, enable: true });
  });
});

describe('toFieldErrorOptions', () => {
  it('includes only the paths inside each field', () => {
    const out = toFieldErrorOptions({ fieldErrors: { port: 'x' }, pathErrors: { port: 'x', 'enable/else': 'y' } }, 'server');
    expect(out).toEqual({ port: { type: 'server', message: 'x', types: {} } });
  });
});

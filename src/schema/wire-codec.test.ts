import { describeFields } from './describe-fields';
import { spamRuleSchemas } from './spam-rule';
import { describe, expect, it } from 'vitest';
import { catalog } from '../catalog';
import { definitionFields } from './define-object';
import { expressionFromWire, expressionToWire, fromWireObject, listToArray, toWireCreate, toWirePatch } from './wire-codec';
import { formatSize, joinAmount, splitAmount, durationUnits, sizeUnits } from './units';

const fields = definitionFields(catalog['x:MtaMilter'])!;

describe('wire codec', () => {
  it('orders lists by position, not by key text', () => {
    expect(listToArray({ '10': 'k', '2': 'c', '0': 'a' })).toEqual(['a', 'c', 'k']);
  });

  it('round-trips expressions and drops an empty match list', () => {
    const wire = { match: { '0': { if: 'rcpt_domain == "a"', then: 'true' } }, else: 'false' };
    expect(expressionToWire(expressionFromWire(wire))).toEqual(wire);
    expect(expressionToWire({ match: [], else: 'true' })).toEqual({ else: 'true' });
  });

  it('fills defaults when reading and encodes sets on create', () => {
    const model = fromWireObject(fields, { hostname: 'h' });
    expect(model.stages).toEqual(['data']);
    expect(model.enable).toEqual({ match: [], else: 'true' });
    const wire = toWireCreate(fields, { ...model, stages: ['data', 'rcpt'] });
    expect(wire.stages).toEqual({ data: true, rcpt: true });
  });

  it('patches only what changed, sets member by member', () => {
    const before = fromWireObject(fields, { hostname: 'h', stages: { data: true } });
    const after = { ...before, port: 2000, stages: ['rcpt'] };
    expect(toWirePatch(fields, before, after)).toEqual({ port: 2000, 'stages/rcpt': true, 'stages/data': null });
    expect(toWirePatch(fields, before, { ...before })).toEqual({});
  });

  it('sends a cleared optional string as null, never ""', () => {
    const ruleFields = describeFields(spamRuleSchemas.Any);
    const before = fromWireObject(ruleFields, { name: 'A', description: 'Old', priority: 1, enable: true, condition: { else: 'false' } });
    expect(toWirePatch(ruleFields, before, { ...before, description: '  ' })).toEqual({ description: null });
    expect(toWirePatch(ruleFields, before, { ...before, description: null })).toEqual({ description: null });
    const created = toWireCreate(ruleFields, { ...before, description: '' });
    expect(created).not.toHaveProperty('description');
  });
});

describe('units', () => {
  it('shows amounts in the largest whole unit', () => {
    expect(splitAmount(60000, durationUnits)).toEqual({ value: 1, unit: 'min' });
    expect(splitAmount(1500, durationUnits)).toEqual({ value: 1500, unit: 'ms' });
    expect(splitAmount(52428800, sizeUnits)).toEqual({ value: 50, unit: 'MB' });
    expect(joinAmount(30, 's', durationUnits)).toBe(30000);
    expect(formatSize(2048)).toBe('2 KB');
  });
});

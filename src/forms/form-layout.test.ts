import { describe, expect, it } from 'vitest';
import { groupSections } from './form-sections';
import { fieldAccess } from './field-access';
import { helpText, limitsText } from './field-help';
import { formatFieldValue } from './format-value';
import { catalog } from '../catalog';
import { definitionFields } from '../schema/define-object';
import type { FieldDescriptor } from '../schema/field-descriptor';

const milter = definitionFields(catalog['x:MtaMilter'])!;
const byName = (fields: FieldDescriptor[], name: string) => fields.find((f) => f.name === name)!;

describe('groupSections', () => {
  it('orders sections by first appearance and keeps field order inside', () => {
    const sections = groupSections(milter);
    expect(sections.map((s) => s.title)).toEqual(['Milter settings', 'Options', 'Timeouts']);
    expect(sections[2].fields.map((f) => f.name)).toEqual(['timeoutConnect', 'timeoutCommand', 'timeoutData']);
  });

  it('puts fields without a section first, outside any fieldset', () => {
    const a = { ...milter[0], name: 'a', section: 'S' };
    const b = { ...milter[0], name: 'b', section: undefined };
    const c = { ...milter[0], name: 'c', section: 'S' };
    expect(groupSections([a, b, c]).map((s) => [s.title, s.fields.map((f) => f.name)])).toEqual([
      [undefined, ['b']],
      ['S', ['a', 'c']],
    ]);
  });
});

describe('fieldAccess', () => {
  it('immutable fields are editable on create and read-only on edit', () => {
    expect(fieldAccess({ update: 'immutable' }, { mode: 'create', hasValue: false })).toBe('editable');
    expect(fieldAccess({ update: 'immutable' }, { mode: 'edit', hasValue: true })).toBe('readOnly');
  });

  it('server-set fields are never editable, and hidden until they have a value', () => {
    expect(fieldAccess({ update: 'serverSet' }, { mode: 'create', hasValue: false })).toBe('hidden');
    expect(fieldAccess({ update: 'serverSet' }, { mode: 'create', hasValue: true })).toBe('readOnly');
  });

  it('form and override read-only and hidden win', () => {
    expect(fieldAccess({ update: 'mutable' }, { mode: 'edit', hasValue: true, formReadOnly: true })).toBe('readOnly');
    expect(fieldAccess({ update: 'mutable' }, { mode: 'edit', hasValue: true, readOnly: true })).toBe('readOnly');
    expect(fieldAccess({ update: 'mutable' }, { mode: 'edit', hasValue: true, hidden: true })).toBe('hidden');
    expect(fieldAccess({ update: 'mutable' }, { mode: 'edit', hasValue: true })).toBe('editable');
  });
});

describe('help text', () => {
  it('shows number bounds after the description', () => {
    expect(helpText(byName(milter, 'port'))).toBe('Network port on the Milter filter host server. From 1 to 65535.');
    expect(limitsText(byName(milter, 'flagsAction'))).toBe('From 0 to 4294967295.');
    expect(limitsText(byName(milter, 'maxResponseSize'))).toBe('At most 4,294,967,295 bytes (4.0 GB).');
    expect(limitsText(byName(milter, 'timeoutConnect'))).toBeUndefined();
    expect(limitsText(byName(milter, 'stages'))).toBe('Choose at least 1.');
    expect(limitsText(byName(milter, 'hostname'))).toBeUndefined();
  });

  it('mentions length limits and list entry', () => {
    const rule = definitionFields(catalog['x:SpamRule'], 'Any')!;
    expect(limitsText(byName(rule, 'name'))).toBe('At most 255 characters.');
    const classify = definitionFields(catalog['x:Action'], 'ClassifySpam')!;
    expect(limitsText(byName(classify, 'envRcptTo'))).toBe('One per line.');
  });
});

describe('formatFieldValue (conflict dialog)', () => {
  it('speaks the units and labels people see in the form', () => {
    expect(formatFieldValue(byName(milter, 'timeoutData'), 60000)).toBe('1 min');
    expect(formatFieldValue(byName(milter, 'maxResponseSize'), 52428800)).toBe('50 MB');
    expect(formatFieldValue(byName(milter, 'stages'), ['data', 'rcpt'])).toBe('DATA, RCPT TO');
    expect(formatFieldValue(byName(milter, 'stages'), [])).toBe('None');
    expect(formatFieldValue(byName(milter, 'protocolVersion'), 'v6')).toBe('Version 6');
    expect(formatFieldValue(byName(milter, 'useTls'), true)).toBe('On');
    expect(formatFieldValue(byName(milter, 'flagsAction'), null)).toBe('Not set');
    expect(formatFieldValue(byName(milter, 'enable'), { match: [{ if: 'x', then: 'true' }], else: 'false' })).toBe(
      'if x then true; otherwise false',
    );
    expect(formatFieldValue(undefined, 'raw')).toBe('raw');
  });
});

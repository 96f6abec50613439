import { describe, expect, it } from 'vitest';
import { catalog } from '../catalog';
import { definitionFields } from './define-object';
import { describeFields } from './describe-fields';
import { mtaMilterSchema } from './mta-milter';

const milter = definitionFields(catalog['x:MtaMilter'])!;
const byName = (name: string) => milter.find((f) => f.name === name)!;

describe('describeFields', () => {
  it('reads labels, sections and placeholders from metadata', () => {
    expect(byName('hostname')).toMatchObject({ label: 'Hostname', section: 'Milter settings', placeholder: '127.0.0.1', kind: 'string', required: true });
  });

  it('gives wire-form defaults matching the server schema', () => {
    expect(byName('port')).toMatchObject({ defaultValue: 11332, min: 1, max: 65535, required: false });
    expect(byName('stages')).toMatchObject({ defaultValue: { data: true }, minItems: 1, kind: 'set' });
    expect(byName('enable')).toMatchObject({ defaultValue: { else: 'true' }, expressionContext: 'MtaRcptToVariable' });
    expect(byName('timeoutData').defaultValue).toBe(60000);
  });

  it('marks nullable fields and defaults them to null', () => {
    expect(byName('flagsAction')).toMatchObject({ nullable: true, defaultValue: null, required: false });
  });

  it('gives each spam rule variant its own expression context', () => {
    const contexts = catalog['x:SpamRule'].variants.map((v) => v.type).map(
      (v) => definitionFields(catalog['x:SpamRule'], v)!.find((f) => f.name === 'condition')!.expressionContext,
    );
    expect(contexts).toEqual([
      'SpamGenericVariable',
      'SpamUrlVariable',
      'SpamGenericVariable',
      'SpamEmailVariable',
      'SpamIpVariable',
      'SpamHeaderVariable',
      'SpamGenericVariable',
    ]);
    const name = definitionFields(catalog['x:SpamRule'], 'Header')!.find((f) => f.name === 'name')!;
    expect(name.update).toBe('immutable');
  });

  it('keeps server-set fields out of the required list', () => {
    const dmarc = definitionFields(catalog['x:Action'], 'TroubleshootDmarc')!;
    expect(dmarc.filter((f) => f.required).map((f) => f.name).sort()).toEqual(
      ['ehloDomain', 'mailFrom', 'remoteIp', 'spfEhloDomain', 'spfMailFromDomain'].sort(),
    );
  });
});

describe('console-only ceilings', () => {
  it('carry consoleMax in the descriptor, not max, and refuse more in the form model only', () => {
    const fields = describeFields(mtaMilterSchema);
    const size = fields.find((f) => f.name === 'maxResponseSize')!;
    expect([size.max, size.consoleMax]).toEqual([undefined, 4294967295]);
    const flags = fields.find((f) => f.name === 'flagsAction')!;
    expect([flags.min, flags.max, flags.consoleMax]).toEqual([0, undefined, 4294967295]);
    const tooBig = mtaMilterSchema.shape.maxResponseSize.safeParse(1e9 * 1024 ** 2);
    expect(tooBig.success ? '' : tooBig.error.issues[0].message).toBe('Must be at most 4,294,967,295 bytes (4.0 GB)');
    expect(mtaMilterSchema.shape.maxResponseSize.safeParse(4294967295).success).toBe(true);
    const absurd = mtaMilterSchema.shape.timeoutConnect.safeParse(1e12 * 86_400_000);
    expect(absurd.success ? '' : absurd.error.issues[0].message).toBe('Must be at most 104,249,991 days');
  });
});

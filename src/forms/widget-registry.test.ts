import { describe, expect, it } from 'vitest';
import type { FieldDescriptor } from '../schema/field-descriptor';
import { catalog } from '../catalog';
import { definitionFields } from '../schema/define-object';
import { defaultWidgetRules, mergeRules, resolveWidget, selectRule } from './widget-registry';
import { NumberWidget } from './widgets/number-widget';
import { TextWidget } from './widgets/text-widget';
import type { WidgetProps } from './widget-types';

const milter = definitionFields(catalog['x:MtaMilter'])!;
const settings = definitionFields(catalog['x:SpamSettings'])!;
const rule = definitionFields(catalog['x:SpamRule'], 'Header')!;
const classify = definitionFields(catalog['x:Action'], 'ClassifySpam')!;
const dmarc = definitionFields(catalog['x:Action'], 'TroubleshootDmarc')!;
const queue = definitionFields(catalog['x:QueuedMessage'])!;

const widgetIds = (fields: FieldDescriptor[]) => Object.fromEntries(fields.map((f) => [f.name, resolveWidget(f, defaultWidgetRules).id]));

describe('widget selection for the real schemas', () => {
  it('MtaMilter', () => {
    expect(widgetIds(milter)).toEqual({
      hostname: 'text',
      port: 'number',
      enable: 'expression',
      useTls: 'switch',
      allowInvalidCerts: 'switch',
      stages: 'checkbox-group',
      maxResponseSize: 'size',
      protocolVersion: 'select',
      tempFailOnError: 'switch',
      flagsAction: 'number',
      flagsProtocol: 'number',
      timeoutConnect: 'duration',
      timeoutCommand: 'duration',
      timeoutData: 'duration',
    });
  });

  it('SpamSettings: thresholds by their widget hint, nullable duration and URL', () => {
    expect(widgetIds(settings)).toEqual({
      scoreSpam: 'threshold',
      scoreDiscard: 'threshold',
      scoreReject: 'threshold',
      enable: 'switch',
      trustContacts: 'switch',
      trustReplies: 'switch',
      greylistFor: 'duration',
      spamFilterRulesUrl: 'uri',
    });
    const threshold = resolveWidget(settings.find((f) => f.name === 'scoreSpam')!, defaultWidgetRules);
    expect(threshold.component).toBe(NumberWidget);
  });

  it('SpamRule', () => {
    expect(widgetIds(rule)).toEqual({ condition: 'expression', name: 'text', description: 'text', enable: 'switch', priority: 'number' });
  });

  it('Actions: multi-line text, IP, e-mail, address lists, nullable enum and server-set results', () => {
    expect(widgetIds(classify)).toMatchObject({
      message: 'textarea',
      remoteIp: 'text',
      envFrom: 'text',
      envFromParameters: 'select',
      envRcptTo: 'string-list',
      score: 'number',
      result: 'select',
      tags: 'json-view',
    });
    expect(widgetIds(dmarc)).toMatchObject({ to: 'string-list', message: 'textarea', dkimResults: 'json-view', dkimPass: 'switch' });
  });

  it('QueuedMessage: dates, server-set flags, nested recipients', () => {
    expect(widgetIds(queue)).toMatchObject({ nextRetry: 'date-time', flags: 'checkbox-group', recipients: 'json-view', size: 'size' });
  });
});

describe('nullable wrapper', () => {
  const byName = (fields: FieldDescriptor[], name: string) => fields.find((f) => f.name === name)!;

  it('wraps nullable numbers and durations in "Not set", keeping the same wrapper component', () => {
    const flags = resolveWidget(byName(milter, 'flagsAction'), defaultWidgetRules);
    const greylist = resolveWidget(byName(settings, 'greylistFor'), defaultWidgetRules);
    expect(flags.nullableWrapper).toBe(true);
    expect(greylist.nullableWrapper).toBe(true);
    expect(resolveWidget(byName(milter, 'flagsProtocol'), defaultWidgetRules).component).toBe(flags.component);
    expect(flags.component).not.toBe(NumberWidget);
  });

  it('lets text, URL and enum widgets write null themselves', () => {
    expect(resolveWidget(byName(rule, 'description'), defaultWidgetRules).nullableWrapper).toBe(false);
    expect(resolveWidget(byName(settings, 'spamFilterRulesUrl'), defaultWidgetRules).nullableWrapper).toBe(false);
    expect(resolveWidget(byName(classify, 'envFromParameters'), defaultWidgetRules).nullableWrapper).toBe(false);
    expect(resolveWidget(byName(milter, 'port'), defaultWidgetRules).nullableWrapper).toBe(false);
  });
});

describe('ranking and overrides', () => {
  const hostname = milter.find((f) => f.name === 'hostname')!;
  const Custom = (_props: WidgetProps<string>) => null;

  it('picks the highest rank, later rules winning ties', () => {
    const rules = mergeRules([{ id: 'mine', rank: 10, matches: (d) => d.kind === 'string', component: Custom }]);
    expect(selectRule(hostname, rules).id).toBe('mine');
    const lower = mergeRules([{ id: 'low', rank: 5, matches: () => true, component: Custom }]);
    expect(selectRule(hostname, lower).id).toBe('text');
  });

  it('an override component wins over every rule', () => {
    const resolved = resolveWidget(hostname, defaultWidgetRules, { widget: Custom });
    expect(resolved).toMatchObject({ id: 'custom', component: Custom, layout: 'label' });
  });

  it('an override by name uses that rule, layout included', () => {
    expect(resolveWidget(hostname, defaultWidgetRules, { widget: 'textarea' }).id).toBe('textarea');
    const expression = milter.find((f) => f.name === 'enable')!;
    expect(resolveWidget(expression, defaultWidgetRules, { widget: 'json-view' }).layout).toBe('display');
    expect(() => resolveWidget(hostname, defaultWidgetRules, { widget: 'nope' })).toThrow(/Unknown widget/);
  });

  it('a screen rule for the threshold hint replaces the default float input', () => {
    const scoreSpam = settings.find((f) => f.name === 'scoreSpam')!;
    const rules = mergeRules([{ id: 'ladder', rank: 50, matches: (d) => d.widget === 'threshold', component: Custom }]);
    expect(resolveWidget(scoreSpam, rules).component).toBe(Custom);
    expect(resolveWidget(hostname, rules).component).toBe(TextWidget);
  });

  it('every wire kind has a widget, with a read-only fallback for unknown ones', () => {
    const kinds = ['string', 'text', 'uri', 'emailAddress', 'ipAddress', 'boolean', 'integer', 'unsignedInteger', 'float', 'size', 'duration', 'utcDateTime', 'enum', 'set', 'expression', 'object', 'map'];
    for (const kind of kinds) {
      const d = { name: kind, kind, label: kind, nullable: false, required: false, update: 'mutable' } as FieldDescriptor;
      expect(selectRule(d, defaultWidgetRules).id, kind).not.toBe('json');
    }
    expect(selectRule({ ...hostname, kind: 'secret' as never }, defaultWidgetRules).id).toBe('json');
  });
});

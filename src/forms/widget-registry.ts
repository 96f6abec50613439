// Which widget edits a field: ranked rules over the field descriptor (highest matching rank wins),
// then the per-field override. Screens add rules or override single fields; nothing reads zod.
import type { FieldDescriptor } from '../schema/field-descriptor';
import type { FieldOverride, WidgetComponent, WidgetLayout, WidgetRule } from './widget-types';
import { TextWidget } from './widgets/text-widget';
import { TextareaWidget } from './widgets/textarea-widget';
import { UriWidget } from './widgets/uri-widget';
import { NumberWidget } from './widgets/number-widget';
import { SwitchWidget } from './widgets/switch-widget';
import { SelectWidget } from './widgets/select-widget';
import { CheckboxGroupWidget } from './widgets/checkbox-group-widget';
import { StringListWidget } from './widgets/string-list-widget';
import { DurationWidget } from './widgets/duration-widget';
import { SizeWidget } from './widgets/size-widget';
import { DateTimeWidget } from './widgets/date-time-widget';
import { ExpressionWidget } from './widgets/expression-widget';
import { JsonViewWidget } from './widgets/json-view-widget';
import { withNullable } from './widgets/nullable-widget';

const kindIs =
  (...kinds: string[]) =>
  (d: FieldDescriptor) =>
    kinds.includes(d.kind);

/** Rank guide: 0 fallback, 10 by kind, 20 by kind + detail, 50 by an explicit `widget` hint. */
export const defaultWidgetRules: readonly WidgetRule[] = [
  { id: 'json', rank: 0, matches: () => true, component: JsonViewWidget, layout: 'display', handlesNull: true },
  { id: 'text', rank: 10, matches: kindIs('string', 'emailAddress', 'ipAddress'), component: TextWidget, handlesNull: true },
  { id: 'textarea', rank: 10, matches: kindIs('text'), component: TextareaWidget, handlesNull: true },
  { id: 'uri', rank: 10, matches: kindIs('uri'), component: UriWidget, handlesNull: true },
  { id: 'number', rank: 10, matches: kindIs('integer', 'unsignedInteger', 'float'), component: NumberWidget },
  { id: 'switch', rank: 10, matches: kindIs('boolean'), component: SwitchWidget },
  { id: 'select', rank: 10, matches: kindIs('enum'), component: SelectWidget, handlesNull: true },
  { id: 'string-list', rank: 10, matches: kindIs('set'), component: StringListWidget },
  {
    id: 'checkbox-group',
    rank: 20,
    matches: (d) => d.kind === 'set' && d.itemKind === 'enum' && (d.options?.length ?? 0) > 0,
    component: CheckboxGroupWidget,
    layout: 'group',
  },
  { id: 'duration', rank: 10, matches: kindIs('duration'), component: DurationWidget },
  { id: 'size', rank: 10, matches: kindIs('size'), component: SizeWidget },
  { id: 'date-time', rank: 10, matches: kindIs('utcDateTime'), component: DateTimeWidget, handlesNull: true },
  { id: 'expression', rank: 10, matches: kindIs('expression'), component: ExpressionWidget, layout: 'group', showsPathErrors: true },
  { id: 'json-view', rank: 10, matches: kindIs('object', 'map'), component: JsonViewWidget, layout: 'display', handlesNull: true },
  // Spam score thresholds: plain float inputs here; the Spam settings screen draws its ladder around them.
  { id: 'threshold', rank: 50, matches: (d) => d.widget === 'threshold', component: NumberWidget },
];

/** The matching rule with the highest rank; on a tie the later rule wins, so added rules beat defaults. */
export function selectRule(descriptor: FieldDescriptor, rules: readonly WidgetRule[]): WidgetRule {
  let best: WidgetRule | undefined;
  for (const rule of rules) {
    if (rule.matches(descriptor) && (best === undefined || rule.rank >= best.rank)) best = rule;
  }
  if (!best) throw new Error(`No widget rule matches field "${descriptor.name}" (${descriptor.kind})`);
  return best;
}

/** Defaults plus a screen's own rules (which win ties). */
export function mergeRules(extra: readonly WidgetRule[] = []): WidgetRule[] {
  return [...defaultWidgetRules, ...extra];
}

export interface ResolvedWidget {
  /** Rule id, or "custom" for a component given in an override. */
  id: string;
  component: WidgetComponent;
  layout: WidgetLayout;
  showsPathErrors: boolean;
  /** Wrapped in the "Not set" checkbox. */
  nullableWrapper: boolean;
}

export function resolveWidget(descriptor: FieldDescriptor, rules: readonly WidgetRule[], override?: FieldOverride): ResolvedWidget {
  const requested = override?.widget;
  let rule: WidgetRule | undefined;
  if (typeof requested === 'string') {
    rule = rules.findLast((r) => r.id === requested);
    if (!rule) throw new Error(`Unknown widget "${requested}" for field "${descriptor.name}"`);
  } else if (requested === undefined) {
    rule = selectRule(descriptor, rules);
  }
  const base = rule
    ? { id: rule.id, component: rule.component, layout: rule.layout ?? 'label', showsPathErrors: rule.showsPathErrors ?? false, handlesNull: rule.handlesNull ?? false }
    : // A component given directly is trusted to handle null itself.
      { id: 'custom', component: requested as WidgetComponent, layout: override?.layout ?? 'label', showsPathErrors: false, handlesNull: true };
  const wrap = descriptor.nullable && !base.handlesNull;
  return {
    id: base.id,
    component: wrap ? withNullable(base.component) : base.component,
    layout: base.layout,
    showsPathErrors: base.showsPathErrors,
    nullableWrapper: wrap,
  };
}

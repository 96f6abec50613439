// The form engine's Expression widget with the "Try it" panel under it, as a widget rule a screen
// (or the default rules) can add: it matches the same fields and wins the tie with the default.
import type { WidgetProps, WidgetRule } from '../forms/widget-types';
import { ExpressionWidget } from '../forms/widgets/expression-widget';
import { ensureExpression } from '../forms/expression-rows';
import type { ExpressionModel } from '../schema/field-builders';
import { TryItPanel } from './try-it-panel';

export function ExpressionWidgetWithTryIt(props: WidgetProps<ExpressionModel | null>) {
  return (
    <div className="pm-xe-widget">
      <ExpressionWidget {...props} />
      <TryItPanel id={`${props.id}-try`} model={ensureExpression(props.value)} contextName={props.descriptor.expressionContext ?? ''} />
    </div>
  );
}

/** Same id as the default rule, so `overrides.x.widget: 'expression'` also picks this one. */
export const expressionTryItRule: WidgetRule = {
  id: 'expression',
  rank: 10,
  matches: (descriptor) => descriptor.kind === 'expression',
  component: ExpressionWidgetWithTryIt,
  layout: 'group',
  showsPathErrors: true,
};

// Duration: integer milliseconds in the model, amount + unit (ms, s, min, h, d) on screen.
import type { WidgetProps } from '../widget-types';
import { durationChoices } from '../unit-amount';
import { AmountInput } from './amount-input';

export function DurationWidget(props: WidgetProps<number>) {
  return <AmountInput {...props} units={durationChoices} emptyUnit="s" />;
}

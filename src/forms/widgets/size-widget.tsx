// Size: integer bytes in the model, amount + unit (B, KB, MB, GB, TB; 1024-based) on screen.
import type { WidgetProps } from '../widget-types';
import { sizeChoices } from '../unit-amount';
import { AmountInput } from './amount-input';

export function SizeWidget(props: WidgetProps<number>) {
  return <AmountInput {...props} units={sizeChoices} emptyUnit="MB" />;
}

// A threshold's number box (the form engine's own), which also reports its value to the ladder.
import { useEffect } from 'react';
import type { WidgetProps, WidgetRule } from '../../forms/widget-types';
import { NumberWidget } from '../../forms/widgets/number-widget';

export type ReportThreshold = (field: string, value: number) => void;

export function ThresholdInput(props: WidgetProps<number>) {
  const report = props.extra.onValue as ReportThreshold | undefined;
  const { name } = props.descriptor;
  useEffect(() => {
    report?.(name, props.value);
  }, [report, name, props.value]);
  return <NumberWidget {...props} />;
}

/** Replaces the engine's plain threshold rule (same id and rank; screen rules win ties). */
export const thresholdRules: readonly WidgetRule[] = [
  { id: 'threshold', rank: 50, matches: (d) => d.widget === 'threshold', component: ThresholdInput },
];

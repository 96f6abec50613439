// Nested objects and maps (action results, recipients) the generic form does not edit: shown as JSON.
import type { WidgetProps } from '../widget-types';

export function JsonViewWidget({ id, labelId, value, describedBy }: WidgetProps<unknown>) {
  if (value === null || value === undefined) {
    return (
      <p id={id} className="pm-json pm-json--empty">
        Not set
      </p>
    );
  }
  return (
    // Focusable so long content can be scrolled with the keyboard.
    <pre id={id} className="pm-json" tabIndex={0} role="group" aria-labelledby={labelId} aria-describedby={describedBy}>
      {JSON.stringify(value, null, 2)}
    </pre>
  );
}

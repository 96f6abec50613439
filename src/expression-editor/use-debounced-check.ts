// Checks a cell shortly after typing stops, so the messages do not flicker on every key. There is
// deliberately no check on blur: messages appearing then would shift the button being clicked.
import { useEffect, useState } from 'react';
import { checkPart, type Diagnostic, type ExpressionPart } from '../expression/check-part';

export const CHECK_DELAY_MS = 200;

export interface CheckedSource {
  /** The source the diagnostics belong to; their offsets are only valid for it. */
  source: string;
  /** Context and part they were checked against: a rule type switch rechecks the same text. */
  against: string;
  diagnostics: Diagnostic[];
}

const check = (source: string, contextName: string, part: ExpressionPart): CheckedSource => ({
  source,
  against: `${contextName}/${part}`,
  diagnostics: checkPart(source, contextName, part),
});

export function useDebouncedCheck(source: string, contextName: string, part: ExpressionPart) {
  const [checked, setChecked] = useState<CheckedSource>(() => check(source, contextName, part));

  useEffect(() => {
    const fresh = (previous: CheckedSource) =>
      previous.source === source && previous.against === `${contextName}/${part}` ? previous : check(source, contextName, part);
    const timer = window.setTimeout(() => setChecked(fresh), CHECK_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [source, contextName, part]);

  return checked;
}

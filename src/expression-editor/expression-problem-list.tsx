// The problems of one expression cell, written out under it: what is wrong and, when there is a
// likely fix, a button that applies it. Announced politely as they change.
import type { Diagnostic } from '../expression/check-part';

interface ExpressionProblemListProps {
  id: string;
  diagnostics: readonly Diagnostic[];
  /** Offer the fixes only while the diagnostics match the text on screen. */
  canApply: boolean;
  onApply: (diagnostic: Diagnostic) => void;
  readOnly: boolean;
  /** A message the form already shows under the input; only its fix is added here. */
  shownElsewhere?: string;
}

export function ExpressionProblemList({ id, diagnostics, canApply, onApply, readOnly, shownElsewhere }: ExpressionProblemListProps) {
  return (
    <div id={id} className="pm-xe__problems" aria-live="polite">
      {diagnostics.map((diagnostic, i) => {
        const fixable = diagnostic.suggestion !== undefined && canApply && !readOnly;
        const duplicate = diagnostic.message === shownElsewhere;
        if (duplicate && !fixable) return null;
        return (
          <p key={`${i}:${diagnostic.start}:${diagnostic.message}`} className={`pm-xe__problem pm-xe__problem--${diagnostic.severity}`}>
            {!duplicate && (
              <>
                <span className="pm-xe__problem-label">{diagnostic.severity === 'error' ? 'Error:' : 'Warning:'}</span> {diagnostic.message}
              </>
            )}
            {fixable && (
              <button type="button" className="pm-button pm-button--small pm-xe__apply" onClick={() => onApply(diagnostic)}>
                Replace with {diagnostic.suggestion}
              </button>
            )}
          </p>
        );
      })}
    </div>
  );
}

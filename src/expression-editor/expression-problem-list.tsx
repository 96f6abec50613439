// The problems of one expression cell, written out under it: what is wrong and, when there is a
// likely fix, a button that applies it. Announced politely as they change.
import type { Diagnostic } from './check-part';

interface ExpressionProblemListProps {
  id: string;
  diagnostics: readonly Diagnostic[];
  /** Offer the fixes only while the diagnostics match the text on screen. */
  canApply: boolean;
  onApply: (diagnostic: Diagnostic) => void;
  readOnly: boolean;
}

export function ExpressionProblemList({ id, diagnostics, canApply, onApply, readOnly }: ExpressionProblemListProps) {
  return (
    <div id={id} className="pm-xe__problems" aria-live="polite">
      {diagnostics.map((diagnostic, i) => (
        <p key={`${i}:${diagnostic.start}:${diagnostic.message}`} className={`pm-xe__problem pm-xe__problem--${diagnostic.severity}`}>
          <span className="pm-xe__problem-label">{diagnostic.severity === 'error' ? 'Error:' : 'Warning:'}</span> {diagnostic.message}
          {diagnostic.suggestion !== undefined && canApply && !readOnly && (
            <button type="button" className="pm-button pm-button--small pm-xe__apply" onClick={() => onApply(diagnostic)}>
              Replace with {diagnostic.suggestion}
            </button>
          )}
        </p>
      ))}
    </div>
  );
}

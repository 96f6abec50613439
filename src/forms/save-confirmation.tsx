// A question asked next to the Save button before a save that is allowed but probably a mistake
// (thresholds out of order, say): the person saves anyway or goes back to the fields.
import { useEffect, useRef } from 'react';

interface SaveConfirmationProps {
  formId: string;
  question: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

export function SaveConfirmation({ formId, question, confirmLabel, onConfirm, onCancel }: SaveConfirmationProps) {
  const questionRef = useRef<HTMLParagraphElement>(null);
  // Focus lands on the question so it is read first; Tab then reaches the two answers.
  useEffect(() => questionRef.current?.focus(), []);
  const questionId = `${formId}-confirm-question`;
  return (
    <div className="pm-form__confirm" role="group" aria-labelledby={questionId}>
      <p id={questionId} ref={questionRef} className="pm-form__confirm-question" tabIndex={-1}>
        {question}
      </p>
      <button type="button" className="pm-button pm-button--primary" onClick={onConfirm}>
        {confirmLabel}
      </button>
      <button type="button" className="pm-button" onClick={onCancel}>
        Keep editing
      </button>
    </div>
  );
}

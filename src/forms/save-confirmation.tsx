// A question asked next to the Save button before a save that is allowed but probably a mistake
// (thresholds out of order, say): the person saves anyway or goes back to the fields.
import { useEffect, useRef, useState } from 'react';

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

export interface SaveQuestion {
  question: string;
  confirmLabel: string;
}

/** The question's state: `mustAsk` before each save, `confirmed` once the person said yes. */
export function useSaveConfirmation<M>(confirmSave: ((model: M) => SaveQuestion | null) | undefined) {
  const [pending, setPending] = useState<SaveQuestion | null>(null);
  const confirmed = useRef(false);
  return {
    pending,
    /** True when this save waits for an answer (the question is then shown). */
    mustAsk: (model: M) => {
      const question = confirmed.current ? null : (confirmSave?.(model) ?? null);
      confirmed.current = false;
      setPending(question);
      return question !== null;
    },
    confirm: () => {
      confirmed.current = true;
    },
    dismiss: () => setPending(null),
  };
}

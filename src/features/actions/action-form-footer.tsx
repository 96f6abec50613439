// The end of an action form: the form-level error, the run button and the status line.
import { Button } from '../../ui/button';

export interface ActionFormFooterProps {
  formError: string | undefined;
  formErrorId: string;
  pending: boolean;
  /** The button's text, and its text while the action runs. */
  label: string;
  pendingLabel: string;
  announcement: string;
}

export function ActionFormFooter({ formError, formErrorId, pending, label, pendingLabel, announcement }: ActionFormFooterProps) {
  return (
    <>
      {formError && (
        <p id={formErrorId} className="pm-form__error" role="alert" tabIndex={-1}>
          {formError}
        </p>
      )}
      <div className="pm-form__actions">
        <Button type="submit" variant="primary" disabled={pending}>
          {pending ? pendingLabel : label}
        </Button>
        <span className="pm-form__status" role="status">
          {announcement}
        </span>
      </div>
    </>
  );
}

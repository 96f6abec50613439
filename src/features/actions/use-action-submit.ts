// Submitting an action form: runs the action, says in the status line that it is running and what
// came back, and shows a refusal, a missing result or a failure in the form, moving focus there.
import { useState } from 'react';
import type { FormModel } from '../../forms/schema-resolver';
import type { useActionForm } from './use-action-form';
import { useRunAction, type ActionRequest } from './use-run-action';

export interface ActionSubmitWords<R> {
  /** The status while the action runs, e.g. "Checking…". */
  running: string;
  /** Whether the created object is this action's result. */
  isResult: (created: unknown) => created is R;
  /** The status once the result is in. */
  done: (result: R) => string;
  /** The form error when the server answered without a result. */
  noResult: string;
  /** The form error's start when the request failed, before the reason. */
  failed: string;
}

export function useActionSubmit<R>(
  actionForm: ReturnType<typeof useActionForm>,
  toRequest: (values: FormModel) => ActionRequest,
  words: ActionSubmitWords<R>,
) {
  const { form, setFormError, showRefusal, requestFocus } = actionForm;
  const mutation = useRunAction();
  const [announcement, setAnnouncement] = useState('');

  const submit = form.handleSubmit(
    async (values) => {
      setFormError(undefined);
      setAnnouncement(words.running);
      const request = toRequest(values);
      try {
        const { outcome } = await mutation.mutateAsync(request);
        if (outcome.ok && words.isResult(outcome.created)) {
          setAnnouncement(words.done(outcome.created));
        } else if (!outcome.ok) {
          setAnnouncement('');
          showRefusal(outcome);
        } else {
          setAnnouncement('');
          setFormError(words.noResult);
          requestFocus();
        }
      } catch (error) {
        setAnnouncement('');
        setFormError(`${words.failed}: ${error instanceof Error ? error.message : String(error)}`);
        requestFocus();
      }
    },
    () => {
      setFormError(undefined);
      requestFocus();
    },
  );

  return { submit, announcement, pending: mutation.isPending };
}

// Submitting a diagnostic action's form: runs the action, says in the status line that it is
// running and what came back, and shows a refusal, an unreadable answer or a failure in the form,
// moving focus there.
import { useState } from 'react';
import type { FormModel } from '../../forms/schema-resolver';
import type { ActionResult, DiagnosticActionType } from '../../schema/action';
import { readActionAnswer } from '../../schema/action-answer';
import type { useActionForm } from './use-action-form';
import { useRunAction, type ActionRequest } from './use-run-action';

export interface ActionSubmitWords<K extends DiagnosticActionType> {
  /** The status while the action runs, e.g. "Checking…". */
  running: string;
  /** The status once the result is in. */
  done: (result: ActionResult<K>) => string;
  /** The form error's start when the request failed, before the reason. */
  failed: string;
}

export function useActionSubmit<K extends DiagnosticActionType>(
  type: K,
  actionForm: ReturnType<typeof useActionForm>,
  toRequest: (values: FormModel) => ActionRequest & { create: { '@type': K } },
  words: ActionSubmitWords<K>,
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
        // runAction has read the answer already; read here again for its type.
        const answer = outcome.ok ? readActionAnswer(type, outcome.created) : undefined;
        if (answer?.ok) {
          setAnnouncement(words.done(answer.result));
        } else if (!outcome.ok) {
          setAnnouncement('');
          showRefusal(outcome);
        } else {
          setAnnouncement('');
          setFormError(answer?.message);
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

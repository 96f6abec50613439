// A react-hook-form form over an action's input schema: validated by the zod schema before sending
// (src/forms' resolver), with the server's refusal placed on the fields it names.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { focusFirstInvalid } from '../../forms/focus-invalid';
import { schemaResolver, type FormModel } from '../../forms/schema-resolver';
import { setErrorToFieldErrors } from '../../objects/set-error-messages';
import { describeFields } from '../../schema/describe-fields';
import type { ActionOutcome } from './run-action';

export function useActionForm(schema: z.ZodObject, defaults: FormModel, formId: string) {
  const fields = useMemo(() => describeFields(schema), [schema]);
  const resolver = useMemo(() => schemaResolver(schema, fields), [schema, fields]);
  const form = useForm<FormModel>({
    defaultValues: defaults,
    resolver,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    shouldFocusError: false,
  });
  const [formError, setFormError] = useState<string>();
  const [focusRequest, setFocusRequest] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const formErrorId = `${formId}-form-error`;

  useEffect(() => {
    if (focusRequest === 0) return;
    // Fields re-render through their own subscriptions; wait a frame so every aria-invalid is set.
    const frame = requestAnimationFrame(() => focusFirstInvalid(formRef.current, formErrorId));
    return () => cancelAnimationFrame(frame);
  }, [focusRequest, formErrorId]);

  /** Shows a refused action: on the fields the server names, the rest above the button. */
  const showRefusal = (outcome: Extract<ActionOutcome, { ok: false }>) => {
    if (outcome.setError) {
      const kinds = Object.fromEntries(fields.map((f) => [f.name, f.kind]));
      const placed = setErrorToFieldErrors(outcome.setError, { kinds, fields: fields.map((f) => f.name) });
      for (const [name, message] of Object.entries(placed.fieldErrors)) form.setError(name, { type: 'server', message });
      const placedAny = Object.keys(placed.fieldErrors).length > 0;
      setFormError(placed.formError ?? (placedAny ? undefined : outcome.message));
    } else {
      setFormError(outcome.message);
    }
    setFocusRequest((n) => n + 1);
  };

  return {
    form,
    fields,
    formRef,
    formError,
    formErrorId,
    setFormError,
    showRefusal,
    requestFocus: () => setFocusRequest((n) => n + 1),
  };
}

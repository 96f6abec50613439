// The ClassifySpam input: the raw message and the SMTP envelope, with "Fill from message" reading
// the envelope out of the message's own headers.
import { useState } from 'react';
import type { FormModel } from '../../forms/schema-resolver';
import type { FieldOverrides } from '../../forms/widget-types';
import type { ClassifySpamInput } from '../../catalog/action';
import { spamClassifySchema } from '../../schema/action';
import type { FieldDescriptor } from '../../schema/field-descriptor';
import { toWireCreate } from '../../schema/wire-codec';
import { Button } from '../../ui/button';
import { ActionFormField } from './action-form-field';
import { ActionFormFooter } from './action-form-footer';
import { fromDomainOf } from './dkim-signatures';
import { envelopeFromMessage, subjectOf } from './envelope-from-message';
import { MessageInputWidget } from './message-input-widget';
import { formatScore } from './score-ladder';
import { isClassifyResult } from './result-guards';
import { useActionForm } from './use-action-form';
import { useActionSubmit } from './use-action-submit';
import type { ActionRequest } from './use-run-action';
import { VERDICT_WORDS } from './verdict-words';

const FORM_ID = 'classify-spam';

const inputSchema = spamClassifySchema.pick({
  message: true,
  remoteIp: true,
  ehloDomain: true,
  authenticatedAs: true,
  isTls: true,
  envFrom: true,
  envFromParameters: true,
  envRcptTo: true,
});

const DEFAULTS: FormModel = {
  message: '',
  remoteIp: '',
  ehloDomain: '',
  authenticatedAs: null,
  isTls: true,
  envFrom: '',
  envFromParameters: null,
  envRcptTo: [],
};

const OVERRIDES: FieldOverrides = {
  message: {
    widget: MessageInputWidget,
    layout: 'label',
    description: 'The raw message, headers and body, as received.',
  },
  authenticatedAs: { description: 'The SMTP AUTH identity, if the client signed in; leave empty otherwise.' },
};

const FILL_LABELS: Record<string, string> = {
  remoteIp: 'Remote IP',
  ehloDomain: 'EHLO domain',
  envFrom: 'MAIL FROM',
  envRcptTo: 'RCPT TO',
};

function toRequest(fields: readonly FieldDescriptor[], values: FormModel): ActionRequest {
  const wire = toWireCreate(fields, values);
  const message = String(values.message);
  const { message: _omitted, ...envelope } = wire;
  return {
    create: { '@type': 'ClassifySpam', ...wire } as ClassifySpamInput,
    input: envelope,
    message: { subject: subjectOf(message), fromDomain: fromDomainOf(message), dkimSignatures: [], size: message.length },
  };
}

function listWords(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export function ClassifySpamForm() {
  const actionForm = useActionForm(inputSchema, DEFAULTS, FORM_ID);
  const { form, fields, formRef, formError, formErrorId } = actionForm;
  const { submit, announcement, pending } = useActionSubmit(actionForm, (values) => toRequest(fields, values), {
    running: 'Classifying…',
    isResult: isClassifyResult,
    done: (result) => `Classified: ${VERDICT_WORDS[result.result]?.title ?? result.result}, score ${formatScore(result.score)}.`,
    noResult: 'The server answered without a classification.',
    failed: 'The message could not be classified',
  });
  const [fillNote, setFillNote] = useState('');
  const field = (name: string) => (
    <ActionFormField formId={FORM_ID} fields={fields} name={name} control={form.control} override={OVERRIDES[name]} />
  );

  const fill = () => {
    const raw = String(form.getValues('message') ?? '');
    if (!raw.trim()) {
      setFillNote('Paste or load a message first.');
      return;
    }
    const guess = envelopeFromMessage(raw);
    const options = { shouldDirty: true, shouldValidate: form.formState.isSubmitted };
    const filled: string[] = [];
    for (const name of ['remoteIp', 'ehloDomain', 'envFrom'] as const) {
      const value = guess[name];
      if (value) {
        form.setValue(name, value, options);
        filled.push(FILL_LABELS[name]!);
      }
    }
    if (guess.envRcptTo.length > 0) {
      form.setValue('envRcptTo', guess.envRcptTo, options);
      filled.push(FILL_LABELS.envRcptTo!);
    }
    setFillNote(
      filled.length > 0
        ? `Filled ${listWords(filled)} from the message headers.`
        : 'The message has no Received, From, To or Cc header to fill from.',
    );
  };

  return (
    <form id={FORM_ID} ref={formRef} className="pm-form" noValidate onSubmit={submit} aria-busy={pending || undefined}>
      <fieldset className="pm-section">
        <legend className="pm-section__title">Message</legend>
        {field('message')}
        <div className="actions-form-tools">
          <Button onClick={fill}>Fill from message</Button>
          <p role="status">{fillNote}</p>
        </div>
      </fieldset>
      <fieldset className="pm-section">
        <legend className="pm-section__title">Envelope</legend>
        {field('remoteIp')}
        {field('ehloDomain')}
        {field('envFrom')}
        {field('envRcptTo')}
        {field('envFromParameters')}
        {field('authenticatedAs')}
        {field('isTls')}
      </fieldset>
      <ActionFormFooter
        formError={formError}
        formErrorId={formErrorId}
        pending={pending}
        label="Classify message"
        pendingLabel="Classifying…"
        announcement={announcement}
      />
    </form>
  );
}

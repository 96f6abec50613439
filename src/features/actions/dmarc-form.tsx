// The TroubleshootDmarc input. The SPF domains follow EHLO and MAIL FROM until edited by hand.
import { useEffect, useRef } from 'react';
import type { FormModel } from '../../forms/schema-resolver';
import type { FieldOverrides } from '../../forms/widget-types';
import type { TroubleshootDmarcInput } from '../../catalog/action';
import { dmarcTroubleshootSchema } from '../../schema/action';
import type { FieldDescriptor } from '../../schema/field-descriptor';
import { toWireCreate } from '../../schema/wire-codec';
import { ActionFormField } from './action-form-field';
import { ActionFormFooter } from './action-form-footer';
import { dkimSignatureTags, fromDomainOf } from './dkim-signatures';
import { subjectOf } from './envelope-from-message';
import { MessageInputWidget } from './message-input-widget';
import { isDmarcResult } from './result-guards';
import { editedAfterTyping, spfEhloDomainFor, spfMailFromDomainFor, type AutofillState } from './spf-domain-autofill';
import { useActionForm } from './use-action-form';
import { useActionSubmit } from './use-action-submit';
import type { ActionRequest } from './use-run-action';

const FORM_ID = 'troubleshoot-dmarc';

const inputSchema = dmarcTroubleshootSchema.pick({
  remoteIp: true,
  ehloDomain: true,
  mailFrom: true,
  to: true,
  spfEhloDomain: true,
  spfMailFromDomain: true,
  message: true,
});

const DEFAULTS: FormModel = {
  remoteIp: '',
  ehloDomain: '',
  mailFrom: '',
  to: [],
  spfEhloDomain: '',
  spfMailFromDomain: '',
  message: null,
};

const OVERRIDES: FieldOverrides = {
  spfEhloDomain: { description: 'Filled from the EHLO domain while you type; edit it to check another domain.' },
  spfMailFromDomain: { description: 'Filled from the MAIL FROM domain while you type; edit it to check another domain.' },
  message: {
    widget: MessageInputWidget,
    layout: 'label',
    label: 'Message (optional)',
    description: 'The raw message with its headers. Without it only SPF and reverse DNS are checked.',
  },
};

function toRequest(fields: readonly FieldDescriptor[], values: FormModel): ActionRequest {
  const wire = toWireCreate(fields, values);
  const message = typeof values.message === 'string' && values.message !== '' ? values.message : null;
  const { message: _omitted, ...input } = wire;
  return {
    create: { '@type': 'TroubleshootDmarc', ...wire, message } as TroubleshootDmarcInput,
    input,
    ...(message === null
      ? {}
      : {
          message: {
            subject: subjectOf(message),
            fromDomain: fromDomainOf(message),
            dkimSignatures: dkimSignatureTags(message),
            size: message.length,
          },
        }),
  };
}

export function DmarcForm() {
  const actionForm = useActionForm(inputSchema, DEFAULTS, FORM_ID);
  const { form, fields, formRef, formError, formErrorId } = actionForm;
  const { submit, announcement, pending } = useActionSubmit(actionForm, (values) => toRequest(fields, values), {
    running: 'Checking…',
    isResult: isDmarcResult,
    done: (result) => (result.dmarcPass ? 'Checked: DMARC passed.' : 'Checked: DMARC did not pass.'),
    noResult: 'The server answered without a result.',
    failed: 'The check could not be run',
  });
  const autofill = useRef<AutofillState>({ spfEhloDomainEdited: false, spfMailFromDomainEdited: false });
  const field = (name: string) => (
    <ActionFormField formId={FORM_ID} fields={fields} name={name} control={form.control} override={OVERRIDES[name]} />
  );

  useEffect(() => {
    const { setValue, getValues, watch } = form;
    const follow = () => {
      const values = getValues();
      const ehlo = String(values.ehloDomain ?? '');
      const options = { shouldValidate: form.formState.isSubmitted };
      if (!autofill.current.spfEhloDomainEdited) setValue('spfEhloDomain', spfEhloDomainFor(ehlo), options);
      if (!autofill.current.spfMailFromDomainEdited) {
        setValue('spfMailFromDomain', spfMailFromDomainFor(String(values.mailFrom ?? ''), ehlo), options);
      }
    };
    // Only changes typed by the person (type "change") count as edits; our own setValue calls do not.
    const subscription = watch((values, { name, type }) => {
      if (type !== 'change') return;
      if (name === 'spfEhloDomain') autofill.current.spfEhloDomainEdited = editedAfterTyping(values.spfEhloDomain);
      else if (name === 'spfMailFromDomain') autofill.current.spfMailFromDomainEdited = editedAfterTyping(values.spfMailFromDomain);
      else if (name === 'ehloDomain' || name === 'mailFrom') follow();
      if ((name === 'spfEhloDomain' || name === 'spfMailFromDomain') && !editedAfterTyping(values[name])) follow();
    });
    return () => subscription.unsubscribe();
  }, [form]);

  return (
    <form id={FORM_ID} ref={formRef} className="pm-form" noValidate onSubmit={submit} aria-busy={pending || undefined}>
      <fieldset className="pm-section">
        <legend className="pm-section__title">SMTP session</legend>
        {field('remoteIp')}
        {field('ehloDomain')}
        {field('mailFrom')}
        {field('to')}
      </fieldset>
      <fieldset className="pm-section">
        <legend className="pm-section__title">SPF domains</legend>
        {field('spfEhloDomain')}
        {field('spfMailFromDomain')}
      </fieldset>
      <fieldset className="pm-section">
        <legend className="pm-section__title">Message</legend>
        {field('message')}
      </fieldset>
      <ActionFormFooter
        formError={formError}
        formErrorId={formErrorId}
        pending={pending}
        label="Run the checks"
        pendingLabel="Checking…"
        announcement={announcement}
      />
    </form>
  );
}

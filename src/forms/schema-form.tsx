// A whole object form generated from its zod schema: fields described by describeFields, widgets
// chosen by the registry, validation by the schema before anything is sent, server errors placed
// on the fields they name, a conflict dialog when someone else changed the object, and a guard
// against leaving unsaved.
import { type ReactNode, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import { describeFields } from '../schema/describe-fields';
import { jsonEqual } from '../schema/wire-codec';
import { useNavigationBlocker } from '../router/navigation-blocker';
import type { FieldOverrides, WidgetRule } from './widget-types';
import type { SaveConflict, SaveOutcome, SubmitChanges } from './save-outcome';
import { placeServerErrors } from './save-outcome';
import { type FormModel, schemaResolver } from './schema-resolver';
import { type FieldAccess, type FormMode, fieldAccess } from './field-access';
import { groupSections } from './form-sections';
import { mergeRules } from './widget-registry';
import { SchemaField } from './schema-field';
import { ConflictDialog } from './conflict-dialog';
import { focusFirstInvalid } from './focus-invalid';
import { SaveConfirmation, type SaveQuestion, useSaveConfirmation } from './save-confirmation';
import './forms.css';

export const UNSAVED_CHANGES_MESSAGE = 'You have unsaved changes. Leave without saving?';

export interface SchemaFormProps<S extends z.ZodObject> {
  schema: S;
  /** The form model (wire values already decoded, e.g. with fromWireObject). Keep it memoized:
   * a new object while the form is not dirty replaces what is shown. */
  defaultValues: Readonly<Record<string, unknown>>;
  /** Called with the validated model; answer how the save went. Throwing shows the error above the buttons. */
  onSubmit: (model: z.output<S>, changes: SubmitChanges) => Promise<SaveOutcome>;
  mode: FormMode;
  overrides?: FieldOverrides;
  /** Show every field read-only, without buttons. */
  readOnly?: boolean;
  /** Default "Create" or "Save". */
  submitLabel?: string;
  /** id of the <form> (lets a button elsewhere submit it with form="..."); also prefixes field ids. */
  id?: string;
  /** Extra widget rules; they win ties with the defaults. Keep the array stable. */
  rules?: readonly WidgetRule[];
  /** More buttons next to the submit button (Cancel, Delete). */
  actions?: ReactNode;
  /** Warnings per field for the values as typed; they never stop a save. Keep the function stable. */
  warnings?: (model: FormModel) => Readonly<Record<string, string>>;
  /** A question to answer before a valid model is saved, or null to save straight away. */
  confirmSave?: (model: z.output<S>) => SaveQuestion | null;
}

interface ConflictState extends SaveConflict {
  mine: FormModel;
}

export function SchemaForm<S extends z.ZodObject>(props: SchemaFormProps<S>) {
  const { schema, defaultValues, onSubmit, mode, overrides = {}, readOnly = false, submitLabel, actions } = props;
  const generatedId = useId();
  const formId = props.id ?? `form${generatedId.replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const formErrorId = `${formId}-form-error`;

  const fields = useMemo(() => describeFields(schema), [schema]);
  const sections = useMemo(() => groupSections(fields), [fields]);
  const rules = useMemo(() => mergeRules(props.rules), [props.rules]);
  const resolver = useMemo(() => schemaResolver(schema, fields), [schema, fields]);

  const form = useForm<FormModel>({
    defaultValues: { ...defaultValues },
    resolver,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    // Focus follows reading order instead (focusFirstInvalid), and also covers server errors.
    shouldFocusError: false,
  });
  const { control, handleSubmit, reset, setError, getValues, formState } = form;
  const { isDirty, dirtyFields, errors } = formState;
  const loaded = formState.defaultValues ?? {};

  const [saving, setSaving] = useState(false);
  const [formError, setFormError] = useState<string>();
  const [conflict, setConflict] = useState<ConflictState | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [focusRequest, setFocusRequest] = useState(0);
  const confirmation = useSaveConfirmation(props.confirmSave);
  const formRef = useRef<HTMLFormElement>(null);
  const busy = useRef(false);
  const typed = useWatch({ control, disabled: !props.warnings });
  const warnings = useMemo(() => props.warnings?.(typed ?? {}) ?? {}, [props.warnings, typed]);

  useNavigationBlocker(isDirty && !saving, UNSAVED_CHANGES_MESSAGE);

  useEffect(() => {
    if (focusRequest === 0) return;
    // react-hook-form publishes the errors after the invalid callback returns; wait for that render.
    const timer = setTimeout(() => focusFirstInvalid(formRef.current, formErrorId), 0);
    return () => clearTimeout(timer);
  }, [focusRequest, formErrorId]);

  // New server data (after a reload or refetch) replaces the form, unless the person is editing.
  const dirtyNow = useRef(isDirty);
  dirtyNow.current = isDirty;
  const firstDefaults = useRef(defaultValues);
  useEffect(() => {
    if (defaultValues === firstDefaults.current) return;
    firstDefaults.current = defaultValues;
    if (!dirtyNow.current) reset({ ...defaultValues });
  }, [defaultValues, reset]);

  const accessOf = (name: string): FieldAccess => {
    const descriptor = fields.find((f) => f.name === name)!;
    const override = overrides[name];
    return fieldAccess(descriptor, {
      mode,
      formReadOnly: readOnly,
      hasValue: loaded[name] !== undefined && loaded[name] !== null,
      hidden: override?.hidden,
      readOnly: override?.readOnly,
    });
  };
  const labelOf = (name: string) => overrides[name]?.label ?? fields.find((f) => f.name === name)?.label ?? name;

  const save = async (values: FormModel, resolvedConflict: boolean) => {
    // The button stays enabled; a second press while saving is ignored rather than sent twice.
    if (busy.current) return;
    busy.current = true;
    setSaving(true);
    setFormError(undefined);
    setAnnouncement('Saving…');
    const typedBefore = getValues();
    const changes: SubmitChanges = { dirtyFieldNames: Object.keys(dirtyFields), ...(resolvedConflict ? { resolvedConflict: true } : {}) };
    try {
      const outcome = await onSubmit(values as z.output<S>, changes);
      if (outcome.ok) {
        // The saved values become the new baseline; anything typed during the save stays on screen.
        reset(values, { keepValues: !jsonEqual(getValues(), typedBefore) });
        setAnnouncement('Saved.');
      } else if ('conflict' in outcome) {
        setConflict({ ...outcome.conflict, mine: values });
        setAnnouncement('');
      } else {
        const shown = new Set(fields.map((f) => f.name).filter((name) => accessOf(name) !== 'hidden'));
        const placed = placeServerErrors(outcome, shown, labelOf);
        for (const [name, option] of Object.entries(placed.byField)) setError(name, option);
        const anyField = Object.keys(placed.byField).length > 0;
        setFormError(placed.formError ?? (anyField ? undefined : 'The server refused the change.'));
        setAnnouncement('');
        setFocusRequest((n) => n + 1);
      }
    } catch (error) {
      setFormError(`Saving failed: ${error instanceof Error ? error.message : String(error)}`);
      setAnnouncement('');
      setFocusRequest((n) => n + 1);
    } finally {
      busy.current = false;
      setSaving(false);
    }
  };

  const submit = handleSubmit(
    (values) => (confirmation.mustAsk(values as z.output<S>) ? undefined : save(values, false)),
    () => {
      setFormError(undefined);
      confirmation.dismiss();
      setFocusRequest((n) => n + 1);
    },
  );

  const shownError = formError ?? errors.root?.message;
  const label = submitLabel ?? (mode === 'create' ? 'Create' : 'Save');

  return (
    <form id={formId} ref={formRef} className="pm-form" noValidate onSubmit={submit} aria-busy={saving || undefined}>
      {sections.map((section, index) => {
        const visible = section.fields.filter((f) => accessOf(f.name) !== 'hidden');
        if (visible.length === 0) return null;
        const content = visible.map((f) => {
          const access = accessOf(f.name);
          return (
            <SchemaField
              key={f.name}
              formId={formId}
              descriptor={f}
              control={control}
              rules={rules}
              override={overrides[f.name]}
              readOnly={access === 'readOnly'}
              required={access === 'editable' && f.required && f.kind !== 'boolean'}
              warning={access === 'editable' ? warnings[f.name] : undefined}
            />
          );
        });
        return section.title ? (
          <fieldset key={section.title} className="pm-section">
            <legend className="pm-section__title">{section.title}</legend>
            {content}
          </fieldset>
        ) : (
          <div key={`loose-${index}`} className="pm-section pm-section--plain">
            {content}
          </div>
        );
      })}
      {shownError && (
        <p id={formErrorId} className="pm-form__error" role="alert" tabIndex={-1}>
          {shownError}
        </p>
      )}
      {!readOnly && (
        <div className="pm-form__actions">
          <button type="submit" className="pm-button pm-button--primary">
            {saving ? `${label}…` : label}
          </button>
          {actions}
          <span className="pm-form__status" role="status">
            {announcement}
          </span>
          {confirmation.pending && (
            <SaveConfirmation
              formId={formId}
              {...confirmation.pending}
              onConfirm={() => {
                // Validate again: what is saved is what the fields hold now.
                confirmation.confirm();
                void submit();
              }}
              onCancel={confirmation.dismiss}
            />
          )}
        </div>
      )}
      {conflict && (
        <ConflictDialog
          fields={fields}
          changedFields={conflict.changedFields}
          editedFields={conflict.editedFields}
          serverModel={conflict.serverModel}
          mine={conflict.mine}
          onResolve={(chosen) => {
            // Fields the server object lacks keep the person's values rather than becoming undefined.
            const values = { ...conflict.mine, ...chosen };
            setConflict(null);
            // Show what is being saved; the loaded values stay the baseline for "unsaved changes".
            reset(values, { keepDefaultValues: true });
            void save(values, true);
          }}
          onDismiss={() => setConflict(null)}
        />
      )}
    </form>
  );
}

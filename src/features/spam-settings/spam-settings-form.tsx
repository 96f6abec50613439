// The Spam Filter singleton: four sections from the schema, the threshold ladder above them.
// Saves send only the changed properties, guarded by the state the settings were loaded at.
import { useCallback, useMemo, useState } from 'react';
import { SchemaForm } from '../../forms/schema-form';
import type { SaveOutcome, SubmitChanges } from '../../forms/save-outcome';
import type { FieldOverrides } from '../../forms/widget-types';
import { describeJmapError, setErrorToFieldErrors } from '../../jmap/errors';
import { spamSettingsSchema } from '../../schema/spam-settings';
import { fromWireObject, toWirePatch } from '../../schema/wire-codec';
import { useConflictBaseline } from '../../forms/conflict-baseline';
import { settingsErrorOptions, settingsFields } from './spam-settings-fields';
import { useUpdateSpamSettings } from './spam-settings-mutations';
import type { LoadedSettings } from './spam-settings-queries';
import { thresholdRules, type ReportThreshold } from './threshold-input';
import { ThresholdLadder } from './threshold-ladder';
import type { ThresholdName, Thresholds } from './threshold-order';

const toModel = (loaded: LoadedSettings) => fromWireObject(settingsFields, loaded.object as unknown as Record<string, unknown>);

const thresholdOf: Record<string, ThresholdName> = { scoreSpam: 'spam', scoreDiscard: 'discard', scoreReject: 'reject' };

export function SpamSettingsForm({ loaded, readOnly }: { loaded: LoadedSettings; readOnly: boolean }) {
  const update = useUpdateSpamSettings();
  const model = useMemo(() => toModel(loaded), [loaded]);
  const baseline = useConflictBaseline(loaded, settingsFields, toModel);
  const { scoreSpam, scoreDiscard, scoreReject } = loaded.object;
  // The ladder follows what is typed, before anything is saved.
  const [thresholds, setThresholds] = useState<Thresholds>({ spam: scoreSpam, discard: scoreDiscard, reject: scoreReject });
  const report = useCallback<ReportThreshold>((field, value) => {
    const name = thresholdOf[field];
    if (name) setThresholds((current) => (Object.is(current[name], value) ? current : { ...current, [name]: value }));
  }, []);
  const overrides = useMemo<FieldOverrides>(
    () => Object.fromEntries(Object.keys(thresholdOf).map((field) => [field, { props: { onValue: report } }])),
    [report],
  );

  const onSubmit = async (next: Record<string, unknown>, { force }: SubmitChanges): Promise<SaveOutcome> => {
    const base = baseline.baseFor(next, force === true);
    const patch = toWirePatch(settingsFields, toModel(base), next);
    if (Object.keys(patch).length === 0) return { ok: true };
    const outcome = await update.mutateAsync({ patch, base, force: force === true });
    switch (outcome.kind) {
      case 'saved':
        return { ok: true };
      case 'rejected':
        return { ok: false, ...setErrorToFieldErrors(outcome.error, settingsErrorOptions) };
      case 'conflict':
        if (outcome.server === null) return { ok: false, formError: 'The server did not return the current settings.' };
        return { ok: false, conflict: baseline.conflict(outcome.server) };
      case 'failed':
        return { ok: false, formError: describeJmapError(outcome.error) };
    }
  };

  return (
    <>
      <ThresholdLadder thresholds={thresholds} />
      <SchemaForm
        id="spam-settings"
        schema={spamSettingsSchema}
        defaultValues={model}
        mode="edit"
        readOnly={readOnly}
        rules={thresholdRules}
        overrides={overrides}
        onSubmit={onSubmit}
      />
    </>
  );
}

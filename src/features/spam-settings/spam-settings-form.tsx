// The Spam Filter singleton: four sections from the schema, the threshold ladder above them.
// Saves send only the changed properties, after checking nobody else changed them meanwhile.
import { useCallback, useMemo, useState } from 'react';
import { SchemaForm } from '../../forms/schema-form';
import type { FieldOverrides } from '../../forms/widget-types';
import { useObjectEditForm } from '../../objects/use-object-form';
import { spamSettingsSchema } from '../../schema/spam-settings';
import { fromWireObject } from '../../schema/wire-codec';
import { settingsErrorOptions, settingsFields } from './spam-settings-fields';
import { SINGLETON, spamSettingsObject, type LoadedSettings } from './spam-settings-queries';
import { thresholdRules, type ReportThreshold } from './threshold-input';
import { ThresholdLadder } from './threshold-ladder';
import { thresholdProblems, type ThresholdName, type Thresholds } from './threshold-order';

const toModel = (loaded: LoadedSettings) => fromWireObject(settingsFields, loaded.object);

const thresholdOf: Record<string, ThresholdName> = { scoreSpam: 'spam', scoreDiscard: 'discard', scoreReject: 'reject' };

/** Out of order is allowed (the server takes it) but rarely meant: ask once, next to Save. */
function confirmLadder(model: Record<string, unknown>) {
  const score = (name: string) => (typeof model[name] === 'number' ? (model[name] as number) : 0);
  const problems = thresholdProblems({ spam: score('scoreSpam'), discard: score('scoreDiscard'), reject: score('scoreReject') });
  if (problems.length === 0) return null;
  return { question: `Save thresholds that are out of order? ${capitalise(problems.join('; '))}.`, confirmLabel: 'Save anyway' };
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function SpamSettingsForm({ loaded, readOnly }: { loaded: LoadedSettings; readOnly: boolean }) {
  const { defaultValues, onSubmit } = useObjectEditForm({
    def: spamSettingsObject,
    noun: { plural: 'settings' },
    id: SINGLETON,
    loaded,
    fields: settingsFields,
    toModel,
    errorOptions: settingsErrorOptions,
    goneMessage: 'The server did not return the current settings.',
  });
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

  return (
    <>
      <ThresholdLadder thresholds={thresholds} />
      <SchemaForm
        id="spam-settings"
        schema={spamSettingsSchema}
        defaultValues={defaultValues}
        mode="edit"
        readOnly={readOnly}
        rules={thresholdRules}
        overrides={overrides}
        onSubmit={onSubmit}
        confirmSave={confirmLadder}
      />
    </>
  );
}

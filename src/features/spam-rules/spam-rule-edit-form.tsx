// An existing rule: saves send only the changed properties, guarded by the state the rule was
// loaded at; a stateMismatch opens the form's conflict dialog (Reload or Overwrite).
import { useMemo } from 'react';
import { SchemaForm } from '../../forms/schema-form';
import type { SaveOutcome, SubmitChanges } from '../../forms/save-outcome';
import { describeJmapError, setErrorToFieldErrors } from '../../jmap/errors';
import { Link } from '../../router/link';
import { spamRuleSchemas, type SpamRuleType } from '../../schema/spam-rule';
import { fromWireObject, toWirePatch } from '../../schema/wire-codec';
import { useConflictBaseline } from '../../forms/conflict-baseline';
import { ruleErrorOptions, ruleFields } from './spam-rule-fields';
import { useUpdateRule } from './spam-rule-mutations';
import { RULE_LIST_PATH } from './spam-rule-paths';
import type { LoadedRule } from './spam-rule-queries';

const toModel = (loaded: LoadedRule) => fromWireObject(ruleFields(loaded.object['@type']), loaded.object as unknown as Record<string, unknown>);

export function SpamRuleEditForm({ loaded, readOnly }: { loaded: LoadedRule; readOnly: boolean }) {
  const type: SpamRuleType = loaded.object['@type'];
  const fields = ruleFields(type);
  const update = useUpdateRule();
  const model = useMemo(() => toModel(loaded), [loaded]);
  const baseline = useConflictBaseline(loaded, fields, toModel);

  const onSubmit = async (next: Record<string, unknown>, { force }: SubmitChanges): Promise<SaveOutcome> => {
    const base = baseline.baseFor(next, force === true);
    const patch = toWirePatch(fields, toModel(base), next);
    if (Object.keys(patch).length === 0) return { ok: true };
    const outcome = await update.mutateAsync({ id: base.object.id, patch, base, force: force === true });
    switch (outcome.kind) {
      case 'saved':
        return { ok: true };
      case 'rejected':
        return { ok: false, ...setErrorToFieldErrors(outcome.error, ruleErrorOptions(type)) };
      case 'conflict':
        if (outcome.server === null) return { ok: false, formError: 'This rule was deleted by someone else.' };
        return { ok: false, conflict: baseline.conflict(outcome.server) };
      case 'failed':
        return { ok: false, formError: describeJmapError(outcome.error) };
    }
  };

  return (
    <SchemaForm
      id="rule"
      schema={spamRuleSchemas[type]}
      defaultValues={model}
      mode="edit"
      readOnly={readOnly}
      onSubmit={onSubmit}
      actions={
        <Link to={RULE_LIST_PATH} className="button button--secondary">
          Back to rules
        </Link>
      }
    />
  );
}

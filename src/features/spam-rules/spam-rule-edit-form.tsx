// An existing rule: saves send only the changed properties, after checking nobody else changed
// them since the rule was loaded (otherwise the form's conflict dialog opens).
import { SchemaForm } from '../../forms/schema-form';
import { useEditSubmit } from '../../forms/use-edit-submit';
import { Link } from '@tanstack/react-router';
import { spamRuleSchemas, type SpamRuleType } from '../../schema/spam-rule';
import { fromWireObject } from '../../schema/wire-codec';
import { ruleErrorOptions, ruleFields } from './spam-rule-fields';
import { useUpdateRule } from './spam-rule-mutations';
import { RULE_LIST_PATH } from './spam-rule-paths';
import type { LoadedRule } from './spam-rule-queries';

const toModel = (loaded: LoadedRule) => fromWireObject(ruleFields(loaded.object['@type']), loaded.object as unknown as Record<string, unknown>);

export function SpamRuleEditForm({ loaded, readOnly }: { loaded: LoadedRule; readOnly: boolean }) {
  const type: SpamRuleType = loaded.object['@type'];
  const update = useUpdateRule();
  const { model, onSubmit } = useEditSubmit({
    loaded,
    fields: ruleFields(type),
    toModel,
    save: (patch, base, properties) => update.mutateAsync({ id: base.id, patch, base, properties }),
    errorOptions: ruleErrorOptions(type),
    goneMessage: 'This rule was deleted by someone else.',
  });

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

// An existing rule: saves send only the changed properties, after checking nobody else changed
// them since the rule was loaded (otherwise the form's conflict dialog opens).
import { SchemaForm } from '../../forms/schema-form';
import { Link } from '@tanstack/react-router';
import { useObjectEditForm } from '../../objects/use-object-form';
import { spamRuleSchemas, type SpamRuleType } from '../../schema/spam-rule';
import { fromWireObject } from '../../schema/wire-codec';
import { ruleErrorOptions, ruleFields } from './spam-rule-fields';
import { RULE_LIST_PATH } from './spam-rule-paths';
import { spamRuleObject, type LoadedRule } from './spam-rule-queries';

const toModel = (loaded: LoadedRule) => fromWireObject(ruleFields(loaded.object['@type']), loaded.object);

export function SpamRuleEditForm({ loaded, readOnly }: { loaded: LoadedRule; readOnly: boolean }) {
  const type: SpamRuleType = loaded.object['@type'];
  const { defaultValues, onSubmit } = useObjectEditForm({
    def: spamRuleObject,
    noun: 'rule',
    loaded,
    fields: ruleFields(type),
    toModel,
    errorOptions: ruleErrorOptions(type),
    goneMessage: 'This rule was deleted by someone else.',
  });

  return (
    <SchemaForm
      id="rule"
      schema={spamRuleSchemas[type]}
      defaultValues={defaultValues}
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

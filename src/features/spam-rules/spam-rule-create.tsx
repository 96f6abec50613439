// A new rule: pick the rule type first (kept in the URL as ?type=), then fill in that variant's form.
import { useMemo } from 'react';
import { SchemaForm } from '../../forms/schema-form';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { VariantPicker } from '../../object-pages/variant-picker';
import { useObjectCreateForm } from '../../objects/use-object-form';
import { spamRuleSchemas, spamRuleVariants, type SpamRuleType } from '../../schema/spam-rule';
import { fromWireObject } from '../../schema/wire-codec';
import { isRuleType, ruleErrorOptions, ruleFields } from './spam-rule-fields';
import { RULE_LIST_PATH, rulePath } from './spam-rule-paths';
import { spamRuleObject } from './spam-rule-queries';

export function SpamRuleCreate() {
  const requested = useSearch({ from: '/settings/spam/rules/new' }).type ?? null;
  const navigate = useNavigate();
  const type = isRuleType(requested) ? requested : undefined;
  return (
    <>
      {/* Switching type with unsaved input asks first: the URL change goes through the navigation guard. */}
      <VariantPicker
        legend="Rule type"
        variants={spamRuleVariants}
        value={type}
        onChange={(next) => void navigate({ to: '/settings/spam/rules/new', search: { type: next }, replace: true })}
      />
      {type ? (
        <RuleCreateForm key={type} type={type} />
      ) : (
        <p>Choose the rule type; it decides what the condition is evaluated against.</p>
      )}
    </>
  );
}

function RuleCreateForm({ type }: { type: SpamRuleType }) {
  const fields = ruleFields(type);
  const defaults = useMemo(
    () => ({
      ...fromWireObject(fields, {}),
      name: '',
      // A rule's condition returns the tag to assign; one empty row and "false" otherwise.
      condition: { match: [{ if: '', then: '' }], else: 'false' },
    }),
    [fields],
  );

  const onSubmit = useObjectCreateForm({
    def: spamRuleObject,
    fields,
    extra: { '@type': type },
    pathOf: (rule) => rulePath(rule.id),
    noun: 'rule',
    errorOptions: ruleErrorOptions(type),
  });

  return (
    <SchemaForm
      id="rule"
      schema={spamRuleSchemas[type]}
      defaultValues={defaults}
      mode="create"
      submitLabel="Create rule"
      onSubmit={onSubmit}
      actions={
        <Link to={RULE_LIST_PATH} className="button button--secondary">
          Cancel
        </Link>
      }
    />
  );
}

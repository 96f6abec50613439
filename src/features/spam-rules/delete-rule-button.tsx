// Delete, after a confirmation that names the rule.
import { DeleteButton } from '../../ui/delete-button';
import { ruleMutations } from './spam-rule-mutations';

export function DeleteRuleButton({ rule }: { rule: { id: string; name: string } }) {
  const remove = ruleMutations.useDestroy('rule');
  return <DeleteButton id={rule.id} noun="rule" name={rule.name} consequence="Messages will no longer be tagged by it." remove={remove} />;
}

// Delete, after a confirmation that names the milter and the SMTP stages it runs at.
import { objectMutations } from '../../objects/object-mutations';
import { DeleteButton } from '../../ui/delete-button';
import { milterLabel } from './milter-paths';
import { milterObject, type MilterRow } from './milter-queries';
import { stageList } from './milter-stages';

export function DeleteMilterButton({ milter }: { milter: Pick<MilterRow, 'id' | 'hostname' | 'port' | 'stages'> }) {
  const remove = objectMutations(milterObject).useDestroy('milter');
  const stages = stageList(milter.stages);
  const consequence = stages
    ? `It runs at these SMTP stages: ${stages}. Messages will no longer be passed to it there.`
    : 'Messages will no longer be passed to it.';
  return <DeleteButton id={milter.id} noun="milter" name={milterLabel(milter)} consequence={consequence} remove={remove} />;
}

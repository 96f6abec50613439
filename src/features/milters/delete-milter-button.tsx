// Delete, after a confirmation that names the milter and the SMTP stages it runs at.
import { DeleteButton } from '../../ui/delete-button';
import { useDeleteMilter } from './milter-mutations';
import { milterLabel } from './milter-paths';
import type { MilterRow } from './milter-queries';
import { stageList } from './milter-stages';

export function DeleteMilterButton({ milter }: { milter: Pick<MilterRow, 'id' | 'hostname' | 'port' | 'stages'> }) {
  const remove = useDeleteMilter();
  const stages = stageList(milter.stages);
  const consequence = stages
    ? `It runs at these SMTP stages: ${stages}. Messages will no longer be passed to it there.`
    : 'Messages will no longer be passed to it.';
  return <DeleteButton id={milter.id} noun="milter" name={milterLabel(milter)} consequence={consequence} remove={remove} />;
}

// Delete, after a confirmation that names the milter.
import { DeleteButton } from '../../ui/delete-button';
import { useDeleteMilter } from './milter-mutations';
import { milterLabel } from './milter-paths';

export function DeleteMilterButton({ milter }: { milter: { id: string; hostname: string; port: number } }) {
  const remove = useDeleteMilter();
  return (
    <DeleteButton id={milter.id} noun="milter" name={milterLabel(milter)} consequence="Messages will no longer be passed to it." remove={remove} />
  );
}

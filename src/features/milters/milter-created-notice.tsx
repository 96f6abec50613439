// After a create, the list says so and names the new milter; Dismiss takes the note out of the URL.
import { useSearchParams } from '../../router/use-search-params';
import { Button } from '../../ui/button';
import { milterLabel } from './milter-paths';
import type { MilterRow } from './milter-queries';
import { stageList } from './milter-stages';

export function MilterCreatedNotice({ rows }: { rows: readonly MilterRow[] }) {
  const [params, setParams] = useSearchParams();
  const createdId = params.get('created');
  const created = createdId ? rows.find((row) => row.id === createdId) : undefined;
  if (!created) return null;
  return (
    // A status region: screen readers announce it while focus goes to the page heading as usual.
    <div className="milter-created" role="status">
      <p>
        Milter <strong>{milterLabel(created)}</strong> created. It runs at {stageList(created.stages) || 'no stage'}.
      </p>
      <Button size="small" onClick={() => void setParams({}, { replace: true })}>
        Dismiss
      </Button>
    </div>
  );
}

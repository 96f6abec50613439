// The milters as a table: host and port, the SMTP stages, and whether each one runs.
import { Link } from '../../router/link';
import { mtaStageOptions, optionLabel } from '../../schema/enum-options';
import { setToArray } from '../../schema/wire-codec';
import { Badge, type BadgeTone } from '../../ui/badge';
import { DeleteMilterButton } from './delete-milter-button';
import { enableSummary, type EnableSummary } from './milter-enable-summary';
import { milterPath } from './milter-paths';
import type { MilterRow } from './milter-queries';

const tones: Record<EnableSummary, BadgeTone> = { Always: 'success', Never: 'neutral', Conditional: 'info' };

function stageList(stages: MilterRow['stages']): string {
  const chosen = new Set(setToArray(stages));
  // In SMTP order, not in the server's key order.
  return mtaStageOptions.filter((o) => chosen.has(o.value)).map((o) => optionLabel(mtaStageOptions, o.value)).join(', ');
}

export function MilterTable({ rows, canDelete }: { rows: readonly MilterRow[]; canDelete: boolean }) {
  return (
    <table className="table">
      <caption className="visually-hidden">Milter filters</caption>
      <thead>
        <tr>
          <th scope="col">Hostname</th>
          <th scope="col">Port</th>
          <th scope="col">Stages</th>
          <th scope="col">Enabled</th>
          {canDelete && <th scope="col">Actions</th>}
        </tr>
      </thead>
      <tbody>
        {rows.map((milter) => {
          const summary = enableSummary(milter.enable);
          return (
            <tr key={milter.id}>
              <td>
                <Link to={milterPath(milter.id)}>{milter.hostname}</Link>
              </td>
              <td>{milter.port}</td>
              <td>{stageList(milter.stages)}</td>
              <td>
                <Badge tone={tones[summary]}>{summary}</Badge>
              </td>
              {canDelete && (
                <td>
                  <DeleteMilterButton milter={milter} />
                </td>
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

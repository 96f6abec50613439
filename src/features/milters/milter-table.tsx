// The milters as a table: host and port, the SMTP stages, when each one runs, and TLS.
import { Link } from '@tanstack/react-router';
import { Badge, type BadgeTone } from '../../ui/badge';
import { DeleteMilterButton } from './delete-milter-button';
import { enableCondition, enableSummary, type EnableSummary } from './milter-enable-summary';
import { milterLink } from './milter-paths';
import type { MilterRow } from './milter-queries';
import { stageList } from './milter-stages';
import './milters.css';

const tones: Record<EnableSummary, BadgeTone> = { Always: 'success', Never: 'neutral', Conditional: 'info' };

function tlsText(milter: MilterRow): string {
  if (!milter.useTls) return 'No';
  return milter.allowInvalidCerts ? 'Yes, invalid certificates allowed' : 'Yes';
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
          <th scope="col">TLS</th>
          {canDelete && <th scope="col">Actions</th>}
        </tr>
      </thead>
      <tbody>
        {rows.map((milter) => {
          const summary = enableSummary(milter.enable);
          const condition = enableCondition(milter.enable);
          return (
            <tr key={milter.id}>
              <td>
                <Link {...milterLink(milter.id)}>{milter.hostname}</Link>
              </td>
              <td>{milter.port}</td>
              <td>{stageList(milter.stages)}</td>
              <td>
                <Badge tone={tones[summary]}>{summary}</Badge>
                {condition && <code className="milter-condition">{condition}</code>}
              </td>
              <td>{tlsText(milter)}</td>
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

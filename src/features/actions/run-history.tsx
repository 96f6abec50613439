// This browser session's runs: time, action, who, outcome; each can be opened again.
import { useState } from 'react';
import { actionVariant } from '../../schema/action';
import { Button } from '../../ui/button';
import { EmptyState } from '../../ui/empty-state';
import { sessionHistory } from './action-history';
import { formatRunTime } from './format-time';
import { RunDialog } from './run-dialog';
import { runSummary } from './run-summary';
import { useActionHistory } from './use-action-history';

export function RunHistory() {
  const runs = useActionHistory();
  const [openId, setOpenId] = useState<string>();
  const open = runs.find((run) => run.id === openId);

  return (
    <section className="actions-history" aria-labelledby="actions-history-title">
      <h2 id="actions-history-title">Runs in this session</h2>
      <p className="actions-history__intro">
        The server keeps no record of actions. This list is kept by this browser tab until it is closed.
      </p>
      {runs.length === 0 ? (
        <EmptyState message="No action has been run in this session yet." />
      ) : (
        <>
          <div className="actions-history__tools">
            <Button size="small" onClick={() => sessionHistory.clear()}>
              Clear the list
            </Button>
          </div>
          <div className="actions-table-wrap">
            <table className="table" aria-labelledby="actions-history-title">
              <thead>
                <tr>
                  <th scope="col">Time</th>
                  <th scope="col">Action</th>
                  <th scope="col">By</th>
                  <th scope="col">Outcome</th>
                  <th scope="col">
                    <span className="visually-hidden">Result</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {runs.map((run) => (
                  <tr key={run.id}>
                    <td>
                      <time dateTime={run.at}>{formatRunTime(run.at)}</time>
                    </td>
                    <td>{actionVariant(run.type).label}</td>
                    <td>{run.username}</td>
                    <td className={run.outcome.ok ? undefined : 'actions-outcome--failed'}>{runSummary(run)}</td>
                    <td>
                      <Button size="small" onClick={() => setOpenId(run.id)}>
                        Open result
                      </Button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      {open && <RunDialog run={open} onClose={() => setOpenId(undefined)} />}
    </section>
  );
}

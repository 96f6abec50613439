// Management › Actions: the variants this person may run, grouped as the schema labels them, and
// the runs of this session.
import { useConnection } from '../../session/connection-context';
import { EmptyState } from '../../ui/empty-state';
import { PageHeader } from '../../ui/page-header';
import { ActionItem } from './action-item';
import { groupActions } from './action-groups';
import { RunHistory } from './run-history';

export function ActionsOverview() {
  const { permissions } = useConnection();
  const groups = groupActions((variant) => permissions.has(variant.permission));
  return (
    <>
      <PageHeader title="Actions" subtitle="Execute server management actions" />
      {groups.length === 0 ? (
        <EmptyState message="Your role does not allow any server action." />
      ) : (
        <div className="actions-groups">
          {groups.map((group) => {
            const id = `actions-group-${group.title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
            return (
              <section key={group.title} className="actions-group" aria-labelledby={id}>
                <h2 id={id}>{group.title}</h2>
                <ul className="actions-list">
                  {group.variants.map((variant) => (
                    <ActionItem key={variant.type} variant={variant} />
                  ))}
                </ul>
              </section>
            );
          })}
        </div>
      )}
      <RunHistory />
    </>
  );
}

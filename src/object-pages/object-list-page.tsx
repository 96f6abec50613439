// A definition's list page: its columns as a table, a create link and delete buttons for those
// allowed, an empty state and a load error with a retry.
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { listQueries } from '../objects/object-queries';
import { PathLink } from '../router/path-link';
import { useCan, useConnection } from '../session/connection-context';
import { Button } from '../ui/button';
import { EmptyState } from '../ui/empty-state';
import { ErrorBanner } from '../ui/error-banner';
import { PageHeader } from '../ui/page-header';
import { Loading } from '../ui/spinner';
import { layerDef } from './object-layer';
import { ObjectTable } from './object-table';
import { listTitle, newObjectPath, type ObjectPageOverrides, type ObjectRow, type ScreenDefinition } from './page-options';

export interface ObjectPageProps {
  definition: ScreenDefinition;
  overrides: ObjectPageOverrides;
}

/** What the list reads: its columns, the label, the variant, and what the overrides need. */
function listProperties({ definition, overrides }: ObjectPageProps): string[] {
  const { screens } = definition;
  const properties = new Set(['id', ...screens.columns.map((c) => c.property), ...(overrides.listProperties ?? [])]);
  if (screens.labelProperty) properties.add(screens.labelProperty);
  if (definition.variants) properties.add('@type');
  return [...properties];
}

/** In the label's order when the screens name one; otherwise as the server lists them. */
function ordered(rows: readonly ObjectRow[], property: string | undefined): readonly ObjectRow[] {
  if (!property) return rows;
  const text = (row: ObjectRow) => String(row[property] ?? '');
  return [...rows].sort((a, b) => text(a).localeCompare(text(b)));
}

export function ObjectListPage({ definition, overrides }: ObjectPageProps) {
  const { screens, permissionPrefix } = definition;
  const { singular, plural } = screens.noun;
  const { client, accountId } = useConnection();
  const canCreate = useCan(`${permissionPrefix}Create`);
  const canDelete = useCan(`${permissionPrefix}Destroy`);
  const properties = useMemo(() => listProperties({ definition, overrides }), [definition, overrides]);
  const list = useQuery(listQueries(layerDef(definition)).all<ObjectRow>({ client, accountId }, properties));
  const rows = useMemo(() => (list.data ? ordered(list.data, screens.labelProperty) : []), [list.data, screens.labelProperty]);

  const createLink = canCreate ? (
    <PathLink to={newObjectPath(screens)} className="button button--primary">
      Create {singular}
    </PathLink>
  ) : undefined;

  return (
    <>
      <PageHeader title={listTitle(screens)} subtitle={screens.subtitle} actions={createLink} />
      {list.isPending ? (
        <Loading label={`Loading ${plural}…`} />
      ) : list.isError ? (
        <ErrorBanner
          title={`Cannot load the ${plural}`}
          error={list.error}
          action={
            <Button size="small" onClick={() => void list.refetch()}>
              Try again
            </Button>
          }
        />
      ) : rows.length === 0 ? (
        <EmptyState message={`No ${plural} are configured.`} />
      ) : (
        <ObjectTable definition={definition} overrides={overrides} rows={rows} canDelete={canDelete} />
      )}
    </>
  );
}

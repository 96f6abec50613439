// A definition's page for one object: loading, not found, then its form (read-only without the
// Update permission). A multi-variant object shows the fields of its own variant.
import { useQuery } from '@tanstack/react-query';
import { DetailPageFrame } from '../forms/detail-page-frame';
import { listQueries } from '../objects/object-queries';
import type { Loaded } from '../objects/save-object';
import { useParams } from '@tanstack/react-router';
import { useCan, useConnection } from '../session/connection-context';
import { PageHeader } from '../ui/page-header';
import { useDocumentTitle } from '../ui/use-document-title';
import type { ObjectPageProps } from './object-list-page';
import { layerDef, modelOf, variantOf } from './object-layer';
import { ObjectEditForm } from './object-edit-form';
import { capitalize, labelOf, type ObjectRow } from './page-options';

export function ObjectDetailPage({ definition, overrides }: ObjectPageProps) {
  const { id = '' } = useParams({ strict: false }) as { id?: string };
  const { screens, permissionPrefix } = definition;
  const { singular, plural } = screens.noun;
  const { client, accountId } = useConnection();
  const canUpdate = useCan(`${permissionPrefix}Update`);
  const detail = useQuery(listQueries(layerDef(definition)).detail({ client, accountId }, id));
  const loaded = detail.data as Loaded<ObjectRow> | null | undefined;
  const heading = (row: ObjectRow) => `${capitalize(singular)} ${labelOf(definition, overrides, row)}`;
  useDocumentTitle(loaded ? heading(loaded.object) : undefined);

  return (
    <DetailPageFrame detail={detail} id={id} title={capitalize(singular)} noun={singular} listPath={screens.basePath} listName={plural}>
      {(found) => {
        const object = (found as Loaded<ObjectRow>).object;
        const type = typeof object['@type'] === 'string' ? object['@type'] : undefined;
        const schema = modelOf(definition, type);
        const readOnlyNote = canUpdate ? undefined : `You can view this ${singular} but not change it.`;
        const variant = definition.variants ? variantOf(definition, type) : undefined;
        const subtitle = variant ? [`${capitalize(singular)} type: ${variant.label}.`, readOnlyNote].filter(Boolean).join(' ') : readOnlyNote;
        return (
          <>
            <PageHeader title={heading(object)} subtitle={subtitle} />
            {schema ? (
              <ObjectEditForm
                definition={definition}
                overrides={overrides}
                loaded={found as Loaded<ObjectRow>}
                schema={schema}
                variant={type}
                readOnly={!canUpdate}
              />
            ) : (
              <p>This console does not know the {singular} type “{String(object['@type'])}”.</p>
            )}
          </>
        );
      }}
    </DetailPageFrame>
  );
}

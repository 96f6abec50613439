// A definition's create page. For a multi-variant object the variant is picked first (kept in the
// URL as ?type=, so a switch with unsaved input goes through the navigation guard).
import { useNavigate, useSearch } from '@tanstack/react-router';
import { PageHeader } from '../ui/page-header';
import type { ObjectPageProps } from './object-list-page';
import { modelOf, variantOf } from './object-layer';
import { ObjectCreateForm } from './object-create-form';
import { capitalize } from './page-options';
import { VariantPicker } from './variant-picker';

export function ObjectCreatePage({ definition, overrides }: ObjectPageProps) {
  const { singular } = definition.screens.noun;
  return (
    <>
      <PageHeader title={`New ${singular}`} subtitle={overrides.createSubtitle} />
      {definition.variants ? (
        <VariantCreate definition={definition} overrides={overrides} />
      ) : (
        definition.model && <ObjectCreateForm definition={definition} overrides={overrides} schema={definition.model} />
      )}
    </>
  );
}

function VariantCreate({ definition, overrides }: ObjectPageProps) {
  // The generic routes declare no search schema: ?type= is read as it stands and checked here.
  const search: Record<string, unknown> = useSearch({ strict: false });
  const navigate = useNavigate();
  const requested = typeof search.type === 'string' ? search.type : null;
  const variant = variantOf(definition, requested);
  const schema = modelOf(definition, variant?.type);
  const { singular } = definition.screens.noun;
  return (
    <>
      <VariantPicker
        legend={`${capitalize(singular)} type`}
        variants={definition.variants ?? []}
        value={variant?.type}
        onChange={(type) => void navigate({ to: '.', search: { type } as never, replace: true })}
      />
      {variant && schema ? (
        <ObjectCreateForm key={variant.type} definition={definition} overrides={overrides} schema={schema} variant={variant.type} />
      ) : (
        <p>Choose the {singular} type first.</p>
      )}
    </>
  );
}

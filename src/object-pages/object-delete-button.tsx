// Delete one object from its list, after a confirmation that names it.
import { objectMutations } from '../objects/object-mutations';
import { DeleteButton } from '../ui/delete-button';
import { layerDef } from './object-layer';
import { labelOf, type ObjectPageOverrides, type ObjectRow, type ScreenDefinition } from './page-options';

export interface ObjectDeleteButtonProps {
  definition: ScreenDefinition;
  overrides: ObjectPageOverrides;
  row: ObjectRow;
}

export function ObjectDeleteButton({ definition, overrides, row }: ObjectDeleteButtonProps) {
  const { singular } = definition.screens.noun;
  const remove = objectMutations(layerDef(definition)).useDestroy(singular);
  const consequence = overrides.deleteConsequence?.(row) ?? 'This cannot be undone.';
  return <DeleteButton id={row.id} noun={singular} name={labelOf(definition, overrides, row)} consequence={consequence} remove={remove} />;
}

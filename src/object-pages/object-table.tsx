// The list as a table of the definition's columns; the first column links to the object's page.
import { PathLink } from '../router/path-link';
import { cellText } from './cell-text';
import { ObjectDeleteButton } from './object-delete-button';
import { listTitle, type ObjectPageOverrides, type ObjectRow, type ScreenDefinition } from './page-options';

export interface ObjectTableProps {
  definition: ScreenDefinition;
  overrides: ObjectPageOverrides;
  rows: readonly ObjectRow[];
  canDelete: boolean;
}

export function ObjectTable({ definition, overrides, rows, canDelete }: ObjectTableProps) {
  const { screens } = definition;
  const cell = (row: ObjectRow, property: string) => overrides.cells?.[property]?.(row) ?? cellText(definition, row, property);
  return (
    <table className="table">
      <caption className="visually-hidden">{listTitle(screens)}</caption>
      <thead>
        <tr>
          {screens.columns.map((column) => (
            <th key={column.property} scope="col">
              {column.label}
            </th>
          ))}
          {canDelete && <th scope="col">Actions</th>}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            {screens.columns.map((column, index) => (
              <td key={column.property}>
                {index === 0 ? <PathLink to={`${screens.basePath}/$id`} params={{ id: row.id }}>{cell(row, column.property)}</PathLink> : cell(row, column.property)}
              </td>
            ))}
            {canDelete && (
              <td>
                <ObjectDeleteButton definition={definition} overrides={overrides} row={row} />
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

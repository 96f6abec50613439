// Menu links for the definitions the generic pages serve, each placed by its screens' `menu`
// (groups, then the link's label) into the app's hand-written menu tree.
import type { ObjectDefinition } from '../schema/define-object';
import { genericScreens } from './object-routes';

type Permissions = ReadonlySet<string>;

export interface PlacedLink {
  label: string;
  to: string;
  allowed: (permissions: Permissions) => boolean;
}

export interface PlacedGroup {
  label: string;
  children: readonly PlacedNode[];
}

export type PlacedNode = PlacedLink | PlacedGroup;

function placeLink(nodes: readonly PlacedNode[], groups: readonly string[], link: PlacedLink): PlacedNode[] {
  const [group, ...rest] = groups;
  if (group === undefined) return [...nodes, link];
  const index = nodes.findIndex((node) => 'children' in node && node.label === group);
  if (index < 0) return [...nodes, { label: group, children: placeLink([], rest, link) }];
  const found = nodes[index] as PlacedGroup;
  return nodes.map((node, i) => (i === index ? { label: found.label, children: placeLink(found.children, rest, link) } : node));
}

/**
 * The menu with a link for each definition at its place: into the group of that name (a group
 * missing is added at the end), after the links already there.
 */
export function withObjectMenu<G extends PlacedGroup>(
  menu: readonly G[],
  definitions: readonly ObjectDefinition[],
  servedElsewhere: readonly string[] = [],
): G[] {
  let nodes: PlacedNode[] = [...menu];
  for (const { screens, permissionPrefix } of genericScreens(definitions, servedElsewhere)) {
    const groups = screens.menu.slice(0, -1);
    const label = screens.menu.at(-1) ?? screens.noun.plural;
    const link = { label, to: screens.basePath, allowed: (permissions: Permissions) => permissions.has(`${permissionPrefix}Get`) };
    nodes = placeLink(nodes, groups, link);
  }
  return nodes as G[];
}

// The sidebar, with the server WebUI's own menu names and nesting (Management › Emails › Queued, ...).

import { catalog } from '../catalog';
import { withObjectMenu } from '../object-pages/object-menu';
import type { PermissionCheck } from './routes';
import { featurePaths, routeByPath } from './routes';

export interface MenuLink {
  label: string;
  to: string;
  allowed: PermissionCheck;
}

export interface MenuGroup {
  label: string;
  children: readonly MenuNode[];
}

export type MenuNode = MenuLink | MenuGroup;

function link(label: string, path: string): MenuLink {
  return { label, to: path, allowed: routeByPath(path).allowed };
}

// The features' links; the objects served by the generic pages are placed by their definitions
// (an empty group keeps its place for them).
const featureMenu: readonly MenuGroup[] = [
  {
    label: 'Management',
    children: [
      { label: 'Emails', children: [link('Queued', '/management/queue')] },
      link('Actions', '/management/actions'),
    ],
  },
  {
    label: 'Settings',
    children: [
      { label: 'MTA', children: [] },
      {
        label: 'Spam Filter',
        children: [link('General', '/settings/spam/general'), link('Rules', '/settings/spam/rules')],
      },
    ],
  },
];

export const menu: readonly MenuGroup[] = withObjectMenu(featureMenu, Object.values(catalog), featurePaths);

export function isGroup(node: MenuNode): node is MenuGroup {
  return 'children' in node;
}

/** The menu without entries the person may not open, and without groups left empty. */
export function visibleMenu(nodes: readonly MenuNode[], permissions: ReadonlySet<string>): MenuNode[] {
  const out: MenuNode[] = [];
  for (const node of nodes) {
    if (isGroup(node)) {
      const children = visibleMenu(node.children, permissions);
      if (children.length > 0) out.push({ ...node, children });
    } else if (node.allowed(permissions)) {
      out.push(node);
    }
  }
  return out;
}

/** Menu links in sidebar order: the home page goes to the first one. */
export function menuLinks(nodes: readonly MenuNode[]): MenuLink[] {
  return nodes.flatMap((node) => (isGroup(node) ? menuLinks(node.children) : [node]));
}

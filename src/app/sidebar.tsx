import { useEffect, useId, useMemo, useState } from 'react';
import { Link, useLocation } from '@tanstack/react-router';
import { useConnection } from '../session/connection-context';
import { Button } from '../ui/button';
import { ThemeSelect } from '../ui/theme-select';
import { isGroup, menu, visibleMenu, type MenuNode } from './menu';

export function Sidebar() {
  const { permissions, username, logout } = useConnection();
  const pathname = useLocation({ select: (location) => location.pathname });
  const nodes = useMemo(() => visibleMenu(menu, permissions), [permissions]);
  // On narrow screens the menu hides behind a button (CSS shows the button only there).
  const [open, setOpen] = useState(false);
  const panelId = useId();
  useEffect(() => setOpen(false), [pathname]);
  return (
    <aside className={`sidebar${open ? ' sidebar--open' : ''}`}>
      <div className="sidebar__bar">
        <p className="sidebar__brand">Postmaster</p>
        <button
          type="button"
          className="sidebar__toggle button button--secondary button--small"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen((value) => !value)}
        >
          Menu
        </button>
      </div>
      <div id={panelId} className="sidebar__panel">
        <nav className="sidebar__nav" aria-label="Main">
          <MenuList nodes={nodes} pathname={pathname} />
        </nav>
        <div className="sidebar__footer">
          <p className="sidebar__user">
            Signed in as <strong>{username}</strong>
          </p>
          <ThemeSelect />
          <Button onClick={logout}>Sign out</Button>
        </div>
      </div>
    </aside>
  );
}

function MenuList({ nodes, pathname }: { nodes: readonly MenuNode[]; pathname: string }) {
  return (
    <ul>
      {nodes.map((node) =>
        isGroup(node) ? (
          <li key={node.label}>
            <span className="sidebar__group">{node.label}</span>
            <MenuList nodes={node.children} pathname={pathname} />
          </li>
        ) : (
          <li key={node.to}>
            <Link
              to={node.to}
              className="sidebar__link"
              // The link marks itself "page" on its own address only; a detail page below it gets "true".
              activeOptions={{ exact: true, includeSearch: false }}
              aria-current={currentness(pathname, node.to)}
            >
              {node.label}
            </Link>
          </li>
        ),
      )}
    </ul>
  );
}

// A detail page (/settings/spam/rules/42) keeps its list's entry marked, as "true" not "page".
function currentness(pathname: string, path: string): 'page' | 'true' | undefined {
  if (pathname === path) return 'page';
  return pathname.startsWith(`${path}/`) ? 'true' : undefined;
}

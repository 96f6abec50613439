import { useEffect, useMemo } from 'react';
import { navigate } from '../router/navigation';
import { useConnection } from '../session/connection-context';
import { PageHeader } from '../ui/page-header';
import { menu, menuLinks, visibleMenu } from './menu';

/** "/" opens the first screen of the menu this account may see. */
export function HomeRedirect() {
  const { permissions } = useConnection();
  const first = useMemo(() => menuLinks(visibleMenu(menu, permissions))[0], [permissions]);
  useEffect(() => {
    if (first) void navigate(first.to, { replace: true });
  }, [first]);
  if (first) return null;
  return (
    <PageHeader
      title="Nothing to manage"
      subtitle="Your account has none of the permissions the screens of this console need. Ask an administrator for access."
    />
  );
}

import { Link } from '@tanstack/react-router';
import { PageHeader } from '../ui/page-header';

/** A route that exists but needs a permission this account does not hold. */
export function ForbiddenPage() {
  return (
    <>
      <PageHeader
        title="No access"
        subtitle="Your account does not have the permission this page needs. Ask an administrator if you need it."
      />
      <p>
        <Link to="/">Go to the start page</Link>
      </p>
    </>
  );
}

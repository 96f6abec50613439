import { Link } from '@tanstack/react-router';
import { PageHeader } from '../ui/page-header';

export function NotFoundPage() {
  return (
    <>
      <PageHeader title="Page not found" subtitle="There is no page at this address." />
      <p>
        <Link to="/">Go to the start page</Link>
      </p>
    </>
  );
}

/** A decorative spinner; pair it with text (see Loading) so the state is announced. */
export function Spinner() {
  return <span className="spinner" aria-hidden="true" />;
}

/** A live "loading" message for a region whose data is on its way. */
export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <div className="loading" role="status">
      <Spinner />
      <span>{label}</span>
    </div>
  );
}

import { Link } from '@tanstack/react-router';

/** The way back from a diagnostic screen to the list of actions. */
export function BackToActions() {
  return (
    <Link to="/management/actions" className="actions-back">
      ← All actions
    </Link>
  );
}

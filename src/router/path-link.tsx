// A link to a page whose address is known only at run time (the generic pages of an object
// definition), which the typed route tree cannot name. `params` fills `$name` segments.
import { Link, type LinkComponentProps } from '@tanstack/react-router';

type PathLinkProps = Omit<LinkComponentProps<'a'>, 'to' | 'params'> & { to: string; params?: Record<string, string> };

export function PathLink({ to, params, ...rest }: PathLinkProps) {
  return <Link {...(rest as LinkComponentProps<'a'>)} to={to as never} params={params as never} />;
}

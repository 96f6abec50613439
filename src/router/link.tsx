import type { AnchorHTMLAttributes, MouseEvent, Ref } from 'react';
import { hrefFor, navigate } from './history';

export interface LinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> {
  to: string;
  replace?: boolean;
  ref?: Ref<HTMLAnchorElement>;
}

/** A real link (open in new tab, copy address all work); plain left clicks stay in the app. */
export function Link({ to, replace, onClick, target, ...rest }: LinkProps) {
  function handleClick(event: MouseEvent<HTMLAnchorElement>) {
    onClick?.(event);
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey ||
      (target !== undefined && target !== '_self')
    ) {
      return;
    }
    event.preventDefault();
    void navigate(to, { replace });
  }
  return <a {...rest} target={target} href={hrefFor(to)} onClick={handleClick} />;
}

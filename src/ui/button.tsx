import type { ButtonHTMLAttributes, Ref } from 'react';

export type ButtonVariant = 'primary' | 'secondary' | 'danger';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
  size?: 'normal' | 'small';
  ref?: Ref<HTMLButtonElement>;
}

/** type defaults to "button" so a button inside a form never submits it by accident. */
export function Button({ variant = 'secondary', size = 'normal', type = 'button', className, ...rest }: ButtonProps) {
  const classes = ['button', `button--${variant}`, size === 'small' ? 'button--small' : '', className ?? '']
    .filter(Boolean)
    .join(' ');
  return <button {...rest} type={type} className={classes} />;
}

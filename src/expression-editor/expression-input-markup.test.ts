// @vitest-environment happy-dom
// The expression input as a screen reader meets it: a named combobox, its problems announced and
// described, and a one-click fix, queried by role and label in a DOM.
import { cleanup, render, screen, within } from '@testing-library/react';
import { createElement } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ExpressionInputProps } from '../forms/expression-editor-slot';
import { ExpressionInput } from './expression-input';

const base: ExpressionInputProps = {
  id: 'f-condition-row0-if',
  value: "contains(value_lowr, 'viagra')",
  onChange: () => {},
  onBlur: () => {},
  contextName: 'SpamHeaderVariable',
  invalid: false,
  ariaLabel: 'Condition 1',
  describedBy: 'outer-error',
  readOnly: false,
  part: 'if',
};

const show = (props: Partial<ExpressionInputProps> = {}) => render(createElement(ExpressionInput, { ...base, ...props }));
const input = () => screen.getByRole('combobox', { name: 'Condition 1' });
const problems = () => document.getElementById('f-condition-row0-if-problems')!;

afterEach(cleanup);

describe('ExpressionInput', () => {
  it('is a named, collapsed combobox described by the outer error and its own problems', () => {
    show();
    expect(input().tagName).toBe('TEXTAREA');
    expect(input().getAttribute('aria-expanded')).toBe('false');
    expect(input().getAttribute('aria-autocomplete')).toBe('list');
    expect(input().getAttribute('aria-describedby')).toBe('outer-error f-condition-row0-if-problems');
    expect(problems().getAttribute('aria-live')).toBe('polite');
  });

  it('shows the problem, its fix and the underlined span from the first render', () => {
    const { container } = show();
    expect(input().getAttribute('aria-invalid')).toBe('true');
    expect(within(problems()).getByText("unknown variable 'value_lowr': did you mean 'value_lower'?")).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Replace with value_lower' })).toBeTruthy();
    // The highlighted copy behind the text is hidden from assistive technology.
    const mirror = container.querySelector('pre')!;
    expect(mirror.getAttribute('aria-hidden')).toBe('true');
    expect(mirror.querySelector('.pm-xe-mark--error')?.textContent).toBe('value_lowr');
  });

  it('allows captures in a result but warns about them in a condition', () => {
    show({ value: '$1', part: 'then' });
    expect(problems().textContent).toBe('');
    cleanup();
    show({ value: '$1', part: 'if' });
    expect(problems().querySelector('.pm-xe__problem--warning')).not.toBeNull();
    // A console-only warning does not make the input invalid.
    expect(input().hasAttribute('aria-invalid')).toBe(false);
  });

  it('does not repeat a message the form already shows, but still offers its fix', () => {
    show({ error: "unknown variable 'value_lowr': did you mean 'value_lower'?", invalid: true });
    expect(screen.queryByText(/unknown variable/)).toBeNull();
    expect(screen.getByRole('button', { name: 'Replace with value_lower' })).toBeTruthy();
    cleanup();
    show({ value: 'a &&', error: 'Unexpected end of expression', invalid: true });
    expect(problems().querySelector('[class*="pm-xe__problem--"]')).toBeNull();
  });

  it('offers no fix when read-only and is valid without problems', () => {
    show({ readOnly: true });
    expect(screen.queryByRole('button', { name: /Replace with/ })).toBeNull();
    cleanup();
    const { container } = show({ value: "contains(value_lower, 'viagra')" });
    expect(input().hasAttribute('aria-invalid')).toBe(false);
    expect(container.querySelector('.pm-xe-mark')).toBeNull();
  });
});

import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
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

const render = (props: Partial<ExpressionInputProps> = {}) => renderToStaticMarkup(createElement(ExpressionInput, { ...base, ...props }));

describe('ExpressionInput markup', () => {
  it('is a named, collapsed combobox described by the outer error and its own problems', () => {
    const html = render();
    expect(html).toContain('<textarea');
    expect(html).toMatch(/role="combobox"/);
    expect(html).toMatch(/aria-label="Condition 1"/);
    expect(html).toMatch(/aria-expanded="false"/);
    expect(html).toMatch(/aria-autocomplete="list"/);
    expect(html).toMatch(/aria-describedby="outer-error f-condition-row0-if-problems"/);
    expect(html).toMatch(/id="f-condition-row0-if-problems" class="pm-xe__problems" aria-live="polite"/);
  });

  it('shows the problem, its fix and the underlined span from the first render', () => {
    const html = render();
    expect(html).toMatch(/aria-invalid="true"/);
    expect(html).toContain('unknown variable &#x27;value_lowr&#x27;: did you mean &#x27;value_lower&#x27;?');
    expect(html).toMatch(/<button type="button"[^>]*>Replace with value_lower<\/button>/);
    expect(html).toMatch(/<span class="pm-xe-tok pm-xe-tok--variable pm-xe-mark pm-xe-mark--error">value_lowr<\/span>/);
    expect(html).toMatch(/<pre class="pm-xe__mirror" aria-hidden="true">/);
  });

  it('allows captures in a result but warns about them in a condition', () => {
    expect(render({ value: '$1', part: 'then' })).not.toContain('pm-xe__problem--');
    const condition = render({ value: '$1', part: 'if' });
    expect(condition).toContain('pm-xe__problem--warning');
    // A console-only warning does not make the input invalid.
    expect(condition).not.toContain('aria-invalid');
  });

  it('does not repeat a message the form already shows, but still offers its fix', () => {
    const html = render({ error: "unknown variable 'value_lowr': did you mean 'value_lower'?", invalid: true });
    expect(html).not.toContain('unknown variable');
    expect(html).toContain('Replace with value_lower');
    const other = render({ value: 'a &&', error: 'Unexpected end of expression', invalid: true });
    expect(other).not.toContain('pm-xe__problem--');
  });

  it('offers no fix when read-only and is valid without problems', () => {
    expect(render({ readOnly: true })).not.toContain('Replace with');
    const clean = render({ value: "contains(value_lower, 'viagra')" });
    expect(clean).not.toContain('aria-invalid');
    expect(clean).not.toContain('pm-xe-mark');
  });
});

// @vitest-environment happy-dom
// Renders real forms into a DOM and checks them as a screen reader meets them: every control has
// its label, every description and label reference resolves, sections and read-only rules follow
// the descriptors.
import { cleanup, render, screen, within } from '@testing-library/react';
import { createElement, type ReactElement } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SchemaForm } from './schema-form';
import { ExpressionEditorSlot } from './expression-editor-slot';
import { mtaMilterSchema } from '../schema/mta-milter';
import { spamRuleSchemas } from '../schema/spam-rule';
import { describeFields } from '../schema/describe-fields';
import { fromWireObject } from '../schema/wire-codec';

// The real blocker touches window.history; the form does not depend on it here.
vi.mock('../router/navigation-blocker', () => ({ useNavigationBlocker: () => undefined }));

const save = async () => ({ ok: true as const });

afterEach(cleanup);

function milterForm(mode: 'create' | 'edit', wire: Record<string, unknown>): ReactElement {
  const defaultValues = fromWireObject(describeFields(mtaMilterSchema), wire);
  return createElement(SchemaForm, { schema: mtaMilterSchema, defaultValues, onSubmit: save, mode, id: 'milter' });
}

function ruleForm(mode: 'create' | 'edit', model: Record<string, unknown>): ReactElement {
  const schema = spamRuleSchemas.Header;
  const defaultValues = { ...fromWireObject(describeFields(schema), {}), ...model };
  return createElement(SchemaForm, { schema, defaultValues, onSubmit: save, mode, id: 'rule' });
}

function expectReferencesResolve(root: HTMLElement) {
  const ids = [...root.querySelectorAll('[id]')].map((element) => element.id);
  expect(new Set(ids).size, 'ids are unique').toBe(ids.length);
  const refs = [...root.querySelectorAll('[for], [aria-describedby], [aria-labelledby]')].flatMap((element) =>
    ['for', 'aria-describedby', 'aria-labelledby'].flatMap((name) => element.getAttribute(name)?.split(' ') ?? []),
  );
  for (const ref of refs) expect(ids, `reference ${ref}`).toContain(ref);
}

const descriptionOf = (element: HTMLElement) =>
  (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');

const milterEdit = () =>
  render(milterForm('edit', { hostname: '127.0.0.1', enable: { match: { '0': { if: 'is_local_domain(rcpt_domain)', then: 'true' } }, else: 'false' } }));

describe('SchemaForm', () => {
  it('renders sections as named groups in descriptor order', () => {
    milterEdit();
    const sections = ['Milter settings', 'Options', 'Timeouts'].map((name) => screen.getByRole('group', { name }));
    expect(sections[0].compareDocumentPosition(sections[1]) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(sections[1].compareDocumentPosition(sections[2]) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('labels every input and links every description and label reference', () => {
    const { container } = milterEdit();
    expectReferencesResolve(container);
    expect(screen.getByRole('textbox', { name: /^Hostname/ }).id).toBe('milter-hostname');
    expect(descriptionOf(screen.getByLabelText(/^Port/))).toContain('Network port on the Milter filter host server. From 1 to 65535.');
    expect([...container.querySelectorAll('[tabindex]')].every((element) => Number(element.getAttribute('tabindex')) <= 0)).toBe(true);
  });

  it('uses the expected controls: switch, checkbox group, amount + unit, Not set', () => {
    milterEdit();
    expect(screen.getByRole('switch', { name: 'Enable TLS' }).getAttribute('aria-checked')).toBe('false');
    const stages = screen.getByRole('group', { name: 'Run on stages' });
    expect(within(stages).getAllByRole('checkbox').filter((box) => (box as HTMLInputElement).checked)).toHaveLength(1);
    const timeouts = screen.getByRole('group', { name: 'Timeouts' });
    expect((within(timeouts).getByRole('textbox', { name: /^Data/ }) as HTMLInputElement).value).toBe('1');
    expect(within(timeouts).getAllByRole('combobox').some((unit) => (unit as HTMLSelectElement).selectedOptions[0]?.textContent === 'minutes')).toBe(true);
    expect((screen.getByRole('textbox', { name: /^Max Response/ }) as HTMLInputElement).value).toBe('50');
    // flagsAction is null: the "Not set" box is checked and takes the field id so the label names it.
    const unset = screen.getByRole('checkbox', { name: /^Action Flags/ }) as HTMLInputElement;
    expect(unset.id).toBe('milter-flagsAction');
    expect(unset.checked).toBe(true);
    expect(screen.queryByRole('textbox', { name: /^Action Flags/ })).toBeNull();
  });

  it('shows the expression as Condition/Result rows and an Otherwise value', () => {
    milterEdit();
    const enable = screen.getByRole('group', { name: 'Enable' });
    expect((within(enable).getByRole('textbox', { name: 'Condition 1' }) as HTMLInputElement).value).toBe('is_local_domain(rcpt_domain)');
    expect(within(enable).getByRole('textbox', { name: 'Result 1' })).toBeTruthy();
    expect(within(enable).getByRole('button', { name: 'Move condition 1 up' })).toBeTruthy();
    expect(within(enable).getByRole('button', { name: 'Remove condition 1' })).toBeTruthy();
    expect(within(enable).getByLabelText('Otherwise')).toBeTruthy();
    expect(within(enable).getByRole('button', { name: 'Add condition' })).toBeTruthy();
  });

  it('labels a row-less expression "Value"', () => {
    render(milterForm('create', {}));
    const enable = screen.getByRole('group', { name: 'Enable' });
    expect(within(enable).getByLabelText('Value')).toBeTruthy();
    expect(screen.queryByRole('textbox', { name: 'Condition 1' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Create' })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Hostname (required)' })).toBeTruthy();
  });

  it('makes immutable fields read-only on edit only', () => {
    const edit = render(ruleForm('edit', { name: 'X_RULE', condition: { match: [], else: 'false' } }));
    expect((screen.getByRole('textbox', { name: /^Rule ID/ }) as HTMLInputElement).readOnly).toBe(true);
    expectReferencesResolve(edit.container);
    cleanup();
    render(ruleForm('create', { name: '', condition: { match: [], else: 'false' } }));
    expect((screen.getByRole('textbox', { name: /^Rule ID/ }) as HTMLInputElement).readOnly).toBe(false);
  });

  it('hides server-set fields without a value and shows them read-only when present', async () => {
    const { spamClassifySchema } = await import('../schema/action');
    const fields = describeFields(spamClassifySchema);
    const show = (wire: Record<string, unknown>) =>
      render(createElement(SchemaForm, { schema: spamClassifySchema, defaultValues: fromWireObject(fields, wire), onSubmit: save, mode: 'create', id: 'c' }));
    const before = show({});
    expect(before.container.querySelector('#c-score')).toBeNull();
    expect(screen.queryByRole('group', { name: 'Results' })).toBeNull();
    cleanup();
    const after = show({ score: 7.5, result: 'spam', tags: { BAYES_SPAM: 5 } });
    const results = screen.getByRole('group', { name: 'Results' });
    expect((after.container.querySelector('#c-score') as HTMLInputElement).readOnly).toBe(true);
    const result = after.container.querySelector('#c-result') as HTMLInputElement;
    expect(result.readOnly).toBe(true);
    expect(result.value).toBe('Classify as spam');
    expect(results.textContent).toContain('"BAYES_SPAM": 5');
    expectReferencesResolve(after.container);
  });

  it('lets a language-aware editor replace the expression inputs through the slot', () => {
    const calls: Array<{ contextName: string; ariaLabel: string; part: string }> = [];
    const schema = spamRuleSchemas.Ip;
    const defaultValues = { ...fromWireObject(describeFields(schema), {}), name: 'R', condition: { match: [{ if: 'a', then: 'b' }], else: 'false' } };
    render(
      createElement(
        ExpressionEditorSlot.Provider,
        {
          value: (p) => {
            calls.push({ contextName: p.contextName, ariaLabel: p.ariaLabel, part: p.part });
            return createElement('textarea', { id: p.id, 'aria-label': p.ariaLabel, defaultValue: p.value, className: 'editor' });
          },
        },
        createElement(SchemaForm, { schema, defaultValues, onSubmit: save, mode: 'edit', id: 'r' }),
      ),
    );
    expect(calls.slice(0, 3)).toEqual([
      { contextName: 'SpamIpVariable', ariaLabel: 'Condition 1', part: 'if' },
      { contextName: 'SpamIpVariable', ariaLabel: 'Result 1', part: 'then' },
      { contextName: 'SpamIpVariable', ariaLabel: 'Otherwise', part: 'else' },
    ]);
    expect(['Condition 1', 'Result 1', 'Otherwise'].map((name) => screen.getByRole('textbox', { name }).className)).toEqual(['editor', 'editor', 'editor']);
  });

  it('applies overrides: label, hidden, widget by name', () => {
    const defaultValues = fromWireObject(describeFields(mtaMilterSchema), { hostname: 'h' });
    render(
      createElement(SchemaForm, {
        schema: mtaMilterSchema,
        defaultValues,
        onSubmit: save,
        mode: 'edit',
        id: 'm',
        overrides: { hostname: { label: 'Server', widget: 'textarea' }, allowInvalidCerts: { hidden: true } },
      }),
    );
    expect(screen.getByRole('textbox', { name: /^Server/ }).tagName).toBe('TEXTAREA');
    expect(screen.queryByRole('switch', { name: 'Allow Invalid Certs' })).toBeNull();
    expect(screen.queryByRole('checkbox', { name: 'Allow Invalid Certs' })).toBeNull();
  });
});

// Renders real forms to HTML (no DOM library needed) and checks the accessibility wiring:
// every label/description reference resolves, sections and read-only rules follow the descriptors.
import { describe, expect, it, vi } from 'vitest';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { SchemaForm } from './schema-form';
import { ExpressionEditorSlot } from './expression-editor-slot';
import { mtaMilterSchema } from '../schema/mta-milter';
import { spamRuleSchemas } from '../schema/spam-rule';
import { describeFields } from '../schema/describe-fields';
import { fromWireObject } from '../schema/wire-codec';

// The real blocker touches window.history; the markup does not depend on it.
vi.mock('../router/navigation-blocker', () => ({ useNavigationBlocker: () => undefined }));

const save = async () => ({ ok: true as const });

function milterForm(mode: 'create' | 'edit', wire: Record<string, unknown>) {
  const defaultValues = fromWireObject(describeFields(mtaMilterSchema), wire);
  return renderToStaticMarkup(createElement(SchemaForm, { schema: mtaMilterSchema, defaultValues, onSubmit: save, mode, id: 'milter' }));
}

function ruleForm(mode: 'create' | 'edit', model: Record<string, unknown>) {
  const schema = spamRuleSchemas.Header;
  const defaultValues = { ...fromWireObject(describeFields(schema), {}), ...model };
  return renderToStaticMarkup(createElement(SchemaForm, { schema, defaultValues, onSubmit: save, mode, id: 'rule' }));
}

function attr(html: string, name: string): string[] {
  return [...html.matchAll(new RegExp(`\\s${name}="([^"]*)"`, 'g'))].map((m) => m[1]);
}

function expectReferencesResolve(html: string) {
  const ids = attr(html, 'id');
  expect(new Set(ids).size, 'ids are unique').toBe(ids.length);
  const refs = [...attr(html, 'for'), ...attr(html, 'aria-describedby'), ...attr(html, 'aria-labelledby')].flatMap((v) => v.split(' '));
  for (const ref of refs) expect(ids, `reference ${ref}`).toContain(ref);
}

describe('SchemaForm markup', () => {
  const html = milterForm('edit', { hostname: '127.0.0.1', enable: { match: { '0': { if: 'is_local_domain(rcpt_domain)', then: 'true' } }, else: 'false' } });

  it('renders sections as fieldsets in descriptor order', () => {
    const legends = [...html.matchAll(/<legend class="pm-section__title">([^<]*)<\/legend>/g)].map((m) => m[1]);
    expect(legends).toEqual(['Milter settings', 'Options', 'Timeouts']);
  });

  it('labels every input and links every description and label reference', () => {
    expectReferencesResolve(html);
    expect(html).toContain('<label id="milter-hostname-label" for="milter-hostname" class="pm-field__label">Hostname');
    expect(html).toMatch(/id="milter-port"[^>]*aria-describedby="milter-port-help"/);
    expect(html).toContain('Network port on the Milter filter host server. From 1 to 65535.');
    expect(attr(html, 'tabindex').every((t) => Number(t) <= 0)).toBe(true);
  });

  it('uses the expected controls: switch, checkbox group, amount + unit, Not set', () => {
    expect(html).toMatch(/<button id="milter-useTls" type="button" role="switch" class="pm-switch" aria-checked="false"/);
    expect(html).toMatch(/<legend id="milter-stages-label" class="pm-field__label">Run on stages/);
    expect(html).toMatch(/id="milter-stages-5" type="checkbox" class="pm-checkbox" checked=""/);
    expect(html).toMatch(/id="milter-timeoutData"[^>]*value="1"/);
    expect(html).toMatch(/<option value="min" selected="">minutes<\/option>/);
    expect(html).toMatch(/id="milter-maxResponseSize"[^>]*value="50"/);
    // flagsAction is null: the "Not set" box is checked and takes the field id so the label names it.
    expect(html).toMatch(/<input id="milter-flagsAction" type="checkbox"[^>]*aria-labelledby="milter-flagsAction-label milter-flagsAction-unset-label"[^>]*checked=""/);
    expect(html).not.toMatch(/id="milter-flagsAction"[^>]*class="pm-input/);
  });

  it('shows the expression as Condition/Result rows and an Otherwise value', () => {
    expect(html).toMatch(/<legend id="milter-enable-label" class="pm-field__label">Enable/);
    expect(html).toMatch(/aria-label="Condition 1"[^>]*value|value="is_local_domain\(rcpt_domain\)"[^>]*aria-label="Condition 1"/);
    expect(html).toContain('aria-label="Result 1"');
    expect(html).toContain('aria-label="Move condition 1 up"');
    expect(html).toContain('aria-label="Remove condition 1"');
    expect(html).toContain('>Otherwise</label>');
    expect(html).toContain('>Add condition</button>');
  });

  it('labels a row-less expression "Value"', () => {
    const plain = milterForm('create', {});
    expect(plain).toContain('>Value</label>');
    expect(plain).not.toContain('Condition 1');
    expect(plain).toContain('>Create</button>');
    expect(plain).toContain('Hostname<span class="pm-field__required"> (required)</span>');
  });

  it('makes immutable fields read-only on edit only', () => {
    const edit = ruleForm('edit', { name: 'X_RULE', condition: { match: [], else: 'false' } });
    const create = ruleForm('create', { name: '', condition: { match: [], else: 'false' } });
    expect(edit).toMatch(/id="rule-name"[^>]*readOnly=""|id="rule-name"[^>]*readonly=""/);
    expect(create).not.toMatch(/id="rule-name"[^>]*readonly=""/i);
    expectReferencesResolve(edit);
  });

  it('hides server-set fields without a value and shows them read-only when present', async () => {
    const { spamClassifySchema } = await import('../schema/action');
    const fields = describeFields(spamClassifySchema);
    const render = (wire: Record<string, unknown>) =>
      renderToStaticMarkup(
        createElement(SchemaForm, { schema: spamClassifySchema, defaultValues: fromWireObject(fields, wire), onSubmit: save, mode: 'create', id: 'c' }),
      );
    const before = render({});
    expect(before).not.toContain('id="c-score"');
    expect(before).not.toContain('Results</legend>');
    const after = render({ score: 7.5, result: 'spam', tags: { BAYES_SPAM: 5 } });
    expect(after).toMatch(/id="c-score"[^>]*readonly=""/i);
    expect(after).toMatch(/id="c-result"[^>]*readonly="" value="Classify as spam"/i);
    expect(after).toContain('&quot;BAYES_SPAM&quot;: 5');
    expectReferencesResolve(after);
  });

  it('lets a language-aware editor replace the expression inputs through the slot', () => {
    const calls: Array<{ contextName: string; ariaLabel: string; part: string }> = [];
    const schema = spamRuleSchemas.Ip;
    const defaultValues = { ...fromWireObject(describeFields(schema), {}), name: 'R', condition: { match: [{ if: 'a', then: 'b' }], else: 'false' } };
    const out = renderToStaticMarkup(
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
    expect(calls).toEqual([
      { contextName: 'SpamIpVariable', ariaLabel: 'Condition 1', part: 'if' },
      { contextName: 'SpamIpVariable', ariaLabel: 'Result 1', part: 'then' },
      { contextName: 'SpamIpVariable', ariaLabel: 'Otherwise', part: 'else' },
    ]);
    expect(out.match(/class="editor"/g)).toHaveLength(3);
  });

  it('applies overrides: label, hidden, widget by name', () => {
    const defaultValues = fromWireObject(describeFields(mtaMilterSchema), { hostname: 'h' });
    const out = renderToStaticMarkup(
      createElement(SchemaForm, {
        schema: mtaMilterSchema,
        defaultValues,
        onSubmit: save,
        mode: 'edit',
        id: 'm',
        overrides: { hostname: { label: 'Server', widget: 'textarea' }, allowInvalidCerts: { hidden: true } },
      }),
    );
    expect(out).toMatch(/<label id="m-hostname-label" for="m-hostname" class="pm-field__label">Server/);
    expect(out).toMatch(/<textarea id="m-hostname"/);
    expect(out).not.toContain('m-allowInvalidCerts');
  });
});

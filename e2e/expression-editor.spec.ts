import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { login } from './support/login';
import { forEachTheme } from './support/themes';

// The language-aware expression editor inside the spam rule form (Header rules check their
// condition against SpamHeaderVariable: name, name_lower, value, value_lower, ...).

const RULE_ID = 'E2E_VIAGRA_HEADER';

/** The new-rule form of type Header; it starts with one empty row and "false" otherwise. */
async function newHeaderRule(page: Page): Promise<void> {
  await login(page, 'admin', 'admin');
  await page.goto('/settings/spam/rules/new');
  await page.getByRole('group', { name: 'Rule type' }).getByRole('radio', { name: 'Header' }).check();
  await expect(page.getByRole('combobox', { name: 'Condition 1', exact: true })).toBeVisible();
}

const cell = (page: Page, name: string) => page.getByRole('combobox', { name, exact: true });

test.describe('expression editor', () => {
  test('a typo is flagged with a suggestion, fixed from the completion list, and the rule saves', async ({ page }) => {
    // Two whole-page axe scans and a save: more than the default budget on a busy machine.
    test.setTimeout(60_000);
    await newHeaderRule(page);
    const condition = cell(page, 'Condition 1');

    await condition.fill("contains(value_lowr, 'viagra')");
    await expect(page.getByText("unknown variable 'value_lowr': did you mean 'value_lower'?")).toBeVisible();
    await expect(condition).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByRole('button', { name: 'Replace with value_lower' })).toBeVisible();

    // Retype the name and take it from the list with the keyboard.
    await condition.fill('');
    await condition.pressSequentially('contains(value_l');
    const suggestions = page.getByRole('listbox', { name: 'Suggestions for Condition 1' });
    await expect(suggestions).toBeVisible();
    await expect(condition).toHaveAttribute('aria-expanded', 'true');
    const option = suggestions.getByRole('option', { name: /^value_lower\b/ });
    await expect(option).toHaveAttribute('aria-selected', 'true');
    await expect(condition).toHaveAttribute('aria-activedescendant', (await option.getAttribute('id')) ?? '');
    await forEachTheme(page, async () => {
      await expectNoAxeViolations(page);
    });
    await condition.press('ArrowDown');
    await condition.press('Enter');
    await expect(suggestions).toHaveCount(0);
    await expect(condition).toHaveValue('contains(value_lower');
    await condition.pressSequentially(", 'viagra')");
    await expect(condition).toHaveValue("contains(value_lower, 'viagra')");
    await expect(page.getByText(/unknown variable/)).toHaveCount(0);
    await expect(condition).not.toHaveAttribute('aria-invalid', 'true');

    await cell(page, 'Result 1').fill(`'${RULE_ID}'`);
    await expect(cell(page, 'Otherwise')).toHaveValue('false');
    await page.getByLabel('Rule ID').fill(RULE_ID);
    await page.getByRole('button', { name: 'Create rule' }).click();

    // Saving opens the stored rule, with the condition as written.
    await expect(page.getByRole('heading', { level: 1, name: `Rule ${RULE_ID}` })).toBeVisible();
    await expect(cell(page, 'Condition 1')).toHaveValue("contains(value_lower, 'viagra')");
  });

  test('the suggestion button fixes a typo and Try it shows which condition is true', async ({ page }) => {
    test.setTimeout(60_000);
    await newHeaderRule(page);
    await cell(page, 'Condition 1').fill("contains(value_lower, 'viagra')");
    await cell(page, 'Result 1').fill("'VIAGRA_HEADER'");
    await page.getByRole('button', { name: 'Add condition' }).click();
    const second = cell(page, 'Condition 2');
    await second.fill("eq_ignore_case(nme, 'x-mailer')");
    await page.getByRole('button', { name: 'Replace with name' }).click();
    await expect(second).toHaveValue("eq_ignore_case(name, 'x-mailer')");
    await expect(second).toBeFocused();
    await cell(page, 'Result 2').fill("'MAILER_HEADER'");

    await page.getByRole('button', { name: 'Try it' }).click();
    const outcome = page.getByRole('status').filter({ hasText: 'Returns' });
    await page.getByRole('textbox', { name: 'value_lower', exact: true }).fill('buy viagra now');
    await expect(outcome).toContainText('Condition 1 is true: Result 1 applies');
    await expect(outcome).toContainText("Returns 'VIAGRA_HEADER'");

    await page.getByRole('textbox', { name: 'value_lower', exact: true }).fill('hello');
    await page.getByRole('textbox', { name: 'name', exact: true }).fill('X-Mailer');
    await expect(outcome).toContainText('Condition 2 is true: Result 2 applies');
    await expect(outcome).toContainText("Returns 'MAILER_HEADER'");

    await page.getByRole('textbox', { name: 'name', exact: true }).fill('Subject');
    await expect(outcome).toContainText('No condition is true: Otherwise applies');
    await expect(outcome).toContainText('Returns false');
    await expectNoAxeViolations(page);
  });

  test('Try it asks for the answer of each lookup it reaches instead of taking false', async ({ page }) => {
    test.setTimeout(60_000);
    await newHeaderRule(page);
    await cell(page, 'Condition 1').fill("key_exists('spam-block', value_lower)");
    await cell(page, 'Result 1').fill("'BLOCKED'");
    await cell(page, 'Otherwise').fill("key_get('spam-tags', name_lower)");

    await page.getByRole('button', { name: 'Try it' }).click();
    const panel = page.getByRole('group', { name: 'Try it' });
    const outcome = panel.getByRole('status');
    const lookups = panel.getByRole('group', { name: 'Lookup answers' });
    // Nothing is assumed: the first lookup reached must be answered before there is a result.
    await expect(outcome).toHaveText("To see the result, answer what key_exists('spam-block', value_lower) gives.");
    await expect(outcome).not.toContainText('Returns');
    const exists = lookups.getByRole('combobox', { name: "key_exists('spam-block', value_lower)" });
    await expect(exists).toHaveValue('');
    await forEachTheme(page, () => expectNoAxeViolations(page));

    await exists.selectOption('true');
    await expect(outcome).toContainText('Condition 1 is true: Result 1 applies');
    await expect(outcome).toContainText("Returns 'BLOCKED'");

    // With false, Otherwise runs and its own lookup is asked for in turn.
    await exists.selectOption('false');
    await expect(outcome).toHaveText("To see the result, answer what key_get('spam-tags', name_lower) gives.");
    await lookups.getByRole('textbox', { name: "key_get('spam-tags', name_lower)" }).fill("'TAGGED'");
    await expect(outcome).toContainText('No condition is true: Otherwise applies');
    await expect(outcome).toContainText("Returns 'TAGGED'");
    await expectNoAxeViolations(page);
  });
});

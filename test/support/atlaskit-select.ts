import type { Frame } from 'playwright-core';

/**
 * Chooses an option of an Atlaskit select as a keyboard user does: types its name into the select
 * named by `testId` (a wrapper's data-testid) and presses Enter, which takes the first match; then
 * waits until the select shows it.
 */
export async function chooseOption(frame: Frame, testId: string, label: string): Promise<void> {
  const box = frame.locator(`[data-testid="${testId}"]`);
  const input = box.locator('input');
  await input.fill(label);
  await box.getByText(label, { exact: true }).first().waitFor();
  await input.press('Enter');
  // Chosen: the search text is gone and the select shows the option's name.
  await frame.waitForFunction(
    ([id, text]) => {
      const el = document.querySelector(`[data-testid="${id}"]`);
      return el?.querySelector('input')?.value === '' && el.textContent?.includes(text) === true;
    },
    [testId, label] as const,
  );
}

import { expectNoSeriousViolations } from './axe';
import { createAccount, expect, newUser, setLocaleCookie, signInWithToken, test } from './fixtures';
import { forumScene, waitForLive } from './forum-helpers';

/**
 * Axe checks a page's structure, which is the same in both languages: each page state is checked in
 * one of them, the two taking turns (every page twice was a large share of the browser tests' time).
 */

const SIGNED_OUT_PAGES = [
  { path: '/', locale: 'en' },
  { path: '/register', locale: 'id' },
  { path: '/login', locale: 'en' },
] as const;

for (const { path, locale } of SIGNED_OUT_PAGES) {
  test(`${path} has no serious axe violations (${locale})`, async ({ page, context }) => {
    await setLocaleCookie(context, locale);
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expectNoSeriousViolations(page);
  });
}

test('/register with errors has no serious axe violations (en)', async ({ page, context }) => {
  await setLocaleCookie(context, 'en');
  await page.goto('/register');
  const answered = page.waitForResponse((response) => response.request().method() === 'POST');
  await page.locator('form.form button[type="submit"]').click();
  await answered;
  await expect(page.locator('.field__error').first()).toBeVisible();
  await expectNoSeriousViolations(page);
});

test('the forum lists have no serious axe violations (id)', async ({ page, context, request }) => {
  const locale = 'id';
  const scene = await forumScene(request, locale);
  await signInWithToken(context, scene.author.token);
  for (const path of ['/', '/groups/kecemasan', `/search?q=${scene.word}`, '/notifications']) {
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expectNoSeriousViolations(page);
  }
});

test('the thread page has no serious axe violations (en)', async ({ page, context, request }) => {
  const locale = 'en';
  const scene = await forumScene(request, locale);
  await signInWithToken(context, scene.author.token);
  await page.goto(`/threads/${scene.threadId}`);
  await expect(page.locator('html')).toHaveAttribute('lang', locale);
  await waitForLive(page);
  await page.getByTestId('content-warning').locator('summary').click();
  await expectNoSeriousViolations(page);
  // With errors in the reply form.
  await page.locator('#reply button[type="submit"]').click();
  await expect(page.locator('#body-error')).toBeVisible();
  await expectNoSeriousViolations(page);
});

test('/account has no serious axe violations (id)', async ({ page, context, request }) => {
  const locale = 'id';
  await signInWithToken(context, await createAccount(request, newUser('axe'), locale));
  await page.goto('/account');
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.locator('html')).toHaveAttribute('lang', locale);
  await expectNoSeriousViolations(page);
});

test('the home page has no serious axe violations in dark mode', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await expectNoSeriousViolations(page);
});

test('the thread page has no serious axe violations in dark mode', async ({ page, context, request }) => {
  const scene = await forumScene(request);
  await signInWithToken(context, scene.author.token);
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(`/threads/${scene.threadId}`);
  await page.getByTestId('content-warning').locator('summary').click();
  await expectNoSeriousViolations(page);
});

test('the skip link is the first stop and leads to the main content', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Langsung ke isi utama' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main#main')).toBeFocused();
});

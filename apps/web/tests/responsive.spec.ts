import type { Page } from '@playwright/test';
import { createAccount, expect, newUser, setLocaleCookie, signInWithToken, test } from './fixtures';
import { forumScene } from './forum-helpers';
import { crisisScene, newCoordinator } from './moderation-helpers';

test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });

async function expectNoHorizontalOverflow(page: Page): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(clientWidth).toBe(360);
  expect(scrollWidth, `page is ${scrollWidth}px wide on a 360px screen`).toBeLessThanOrEqual(clientWidth);
}

for (const locale of ['id', 'en'] as const) {
  test(`no horizontal scrolling at 360px (${locale})`, async ({ page, context }) => {
    await setLocaleCookie(context, locale);
    for (const path of ['/', '/register', '/login']) {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expectNoHorizontalOverflow(page);
    }
  });
}

test('no horizontal scrolling at 360px when signed in', async ({ page, context, request }) => {
  const base = newUser('vina');
  // A long name (39 characters) in the header.
  const user = { ...base, displayName: `Nama yang cukup panjang sekali ${base.displayName.slice(-8)}` };
  await signInWithToken(context, await createAccount(request, user));
  for (const path of ['/', '/account']) {
    await page.goto(path);
    await expect(page.getByTestId('signed-in-as')).toBeVisible();
    await expectNoHorizontalOverflow(page);
  }
});

test('on a phone the safety resources can be called with one tap', async ({ page }) => {
  await page.goto('/');
  const emergency = page.getByTestId('safety-resources').getByRole('link', { name: '112', exact: true });
  await expect(emergency).toHaveAttribute('href', 'tel:112');
  await page.getByRole('link', { name: 'Butuh bantuan sekarang?' }).click();
  await expect(page.getByRole('heading', { name: 'Butuh bantuan sekarang?', level: 2 })).toBeInViewport();
});

test('the forum pages fit a 360px screen', async ({ page, context, request }) => {
  const scene = await forumScene(request);
  await signInWithToken(context, scene.author.token);
  for (const path of [
    '/groups/kecemasan',
    `/threads/${scene.threadId}`,
    `/search?q=${scene.word}`,
    '/notifications',
  ]) {
    await page.goto(path);
    await expectNoHorizontalOverflow(page);
  }
  // Opened content warnings and the edit form too.
  await page.goto(`/threads/${scene.threadId}`);
  await page.getByTestId('content-warning').locator('summary').click();
  await page.getByTestId('post').first().getByText('Ubah', { exact: true }).click();
  await expectNoHorizontalOverflow(page);
});

test('the moderation, support and audit pages fit a 360px screen', async ({ browser, request }) => {
  const scene = await crisisScene(request);
  const people = [
    { token: scene.professional.token, paths: ['/moderation', `/cases/${scene.caseId}?author`, '/support'] },
    { token: scene.member.token, paths: [`/support/${scene.conversationId}`] },
    { token: (await newCoordinator(request)).token, paths: ['/admin/audit'] },
  ];
  for (const { token, paths } of people) {
    const context = await browser.newContext({
      viewport: { width: 360, height: 740 },
      isMobile: true,
      hasTouch: true,
      deviceScaleFactor: 2,
    });
    await signInWithToken(context, token);
    const page = await context.newPage();
    for (const path of paths) {
      await page.goto(path);
      await expectNoHorizontalOverflow(page);
    }
    await context.close();
  }
});

test('the flag form fits a 360px screen', async ({ page, context, request }) => {
  const scene = await forumScene(request);
  await signInWithToken(context, scene.author.token);
  await page.goto(`/threads/${scene.threadId}`);
  await page.locator(`#post-${scene.replyId}`).getByTestId('flag').locator('summary').click();
  await expectNoHorizontalOverflow(page);
});

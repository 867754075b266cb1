import { expectNoSeriousViolations } from './axe';
import { expect, signInWithToken, test } from './fixtures';
import { forumScene } from './forum-helpers';
import { crisisScene, newCoordinator, waitForQueueLive } from './moderation-helpers';

/**
 * The moderation, support and audit pages, and the flag form. Axe checks their structure, which is
 * the same in both languages: each flow runs in one of them, the two taking turns (every page twice
 * took a fifth of the browser tests' time).
 */
test.describe('accessibility of moderation', () => {
  test('the queues and the case page have no serious axe violations (id)', async ({
    page,
    context,
    request,
  }) => {
    const locale = 'id';
    const scene = await crisisScene(request, locale);
    await signInWithToken(context, scene.professional.token);
    await page.goto('/moderation');
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await waitForQueueLive(page);
    await expect(page.getByTestId('case').filter({ hasText: scene.title })).toBeVisible();
    await expectNoSeriousViolations(page);
    // An empty queue, and another tab.
    await page.goto('/moderation?queue=facilitator&status=claimed');
    await expectNoSeriousViolations(page);

    // The case with its author shown, then with errors in the resolve form.
    await page.goto(`/cases/${scene.caseId}?author`);
    await expect(page.getByTestId('case-author')).toContainText(scene.member.displayName);
    await expectNoSeriousViolations(page);
    await page.locator('#actions form.form button[type="submit"]').click();
    await expect(page.locator('#resolve-resolution-error')).toBeVisible();
    await expectNoSeriousViolations(page);
  });

  test('the support pages have no serious axe violations (en)', async ({ browser, request }) => {
    const locale = 'en';
    const scene = await crisisScene(request, locale);
    for (const person of [scene.member, scene.professional]) {
      const context = await browser.newContext();
      await signInWithToken(context, person.token);
      const page = await context.newPage();
      await page.goto('/support');
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.getByTestId('conversation')).toHaveCount(1);
      await expectNoSeriousViolations(page);
      await page.goto(`/support/${scene.conversationId}`);
      await expect(page.getByTestId('message')).toHaveCount(2);
      await expectNoSeriousViolations(page);
      // With an error: an empty message.
      await page.locator('#reply button[type="submit"]').click();
      await expect(page.locator('#body-error')).toBeVisible();
      await expectNoSeriousViolations(page);
      await context.close();
    }
  });

  test('the flag form and the crisis outcome have no serious axe violations (en)', async ({
    page,
    context,
    request,
  }) => {
    const locale = 'en';
    const scene = await forumScene(request, locale);
    await signInWithToken(context, scene.author.token);
    await page.goto(`/threads/${scene.threadId}`);
    const reply = page.locator(`#post-${scene.replyId}`);
    await reply.getByTestId('flag').locator('summary').click();
    await expectNoSeriousViolations(page);
    // Without a reason: an error at the field.
    await reply.getByTestId('flag').locator('button[type="submit"]').click();
    await expect(reply.locator('.field__error').first()).toBeVisible();
    await expectNoSeriousViolations(page);
    await reply.getByTestId('flag').locator('select').selectOption('SPAM');
    await reply.getByTestId('flag').locator('button[type="submit"]').click();
    await expect(reply.getByTestId('flag-thanks')).toBeVisible();
    await expectNoSeriousViolations(page);

    // A crisis thread: the safety resources at once.
    await page.goto('/groups/kecemasan');
    await page.locator('#new-thread input[name="title"]').fill(`Malam ini ${scene.word}`);
    await page.locator('#new-thread textarea[name="body"]').fill('aku mau bunuh diri malam ini');
    await page.locator('#new-thread button[type="submit"]').click();
    await expect(page.getByTestId('post-outcome').getByTestId('safety-resources')).toBeVisible();
    await expectNoSeriousViolations(page);
  });

  test('the audit log has no serious axe violations (id)', async ({ page, context, request }) => {
    const locale = 'id';
    const scene = await crisisScene(request, locale);
    await signInWithToken(context, (await newCoordinator(request, locale)).token);
    await page.goto('/admin/audit');
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expect(page.getByTestId('audit-entry').first()).toBeVisible();
    await expectNoSeriousViolations(page);
    await page.goto(`/admin/audit?case=${scene.caseId}`);
    await expect(page.getByTestId('audit-entry').first()).toBeVisible();
    await expectNoSeriousViolations(page);
  });
});

test('the professional queue has no serious axe violations in dark mode', async ({
  page,
  context,
  request,
}) => {
  const scene = await crisisScene(request);
  await signInWithToken(context, scene.professional.token);
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/moderation');
  await expect(page.getByTestId('case').filter({ hasText: scene.title })).toBeVisible();
  await expectNoSeriousViolations(page);
  await page.goto(`/cases/${scene.caseId}`);
  await expectNoSeriousViolations(page);
});

import type { Page } from '@playwright/test';
import { expectNoSeriousViolations } from './axe';
import { expect, signInWithToken, test, waitForHydration } from './fixtures';
import { groupId, joinGroup, newMember, newThread, uniqueWord } from './forum-helpers';
import { CRISIS_TEXT, newProfessional, waitForQueueLive } from './moderation-helpers';

/** The author's own post held for a crisis, as the thread page shows it: why, and the resources. */
async function expectSafetyAtPost(page: Page, postId: string, texts: { heading: string; status: string[] }) {
  const safety = page.locator(`#post-${postId}`).getByTestId('post-safety');
  await expect(safety.getByRole('heading', { name: texts.heading, level: 3 })).toBeVisible();
  for (const part of texts.status) await expect(safety.getByTestId('post-status')).toContainText(part);
  await expect(
    safety.getByTestId('safety-resources').getByRole('link', { name: '112', exact: true }),
  ).toHaveAttribute('href', 'tel:112');
}

const SAFETY_ID = {
  heading: 'Kamu tidak sendirian',
  status: ['Menunggu tinjauan konselor', 'Seorang konselor akan segera menghubungimu'],
};

test('a crisis post is held with the resources at once; a professional sees it arrive, claims it and reaches out; the member answers', async ({
  browser,
  request,
}) => {
  const professional = await newProfessional(request, 'konselor');
  const member = await newMember(request, 'joko');
  await joinGroup(request, member, 'kecemasan');
  const word = uniqueWord('malam');
  const title = `Malam ini ${word}`;

  // The professional goes on duty and keeps the professional queue open.
  const professionalContext = await browser.newContext();
  await signInWithToken(professionalContext, professional.token);
  const proPage = await professionalContext.newPage();
  await proPage.goto('/');
  await waitForHydration(proPage);
  await proPage.getByTestId('moderation-link').click();
  await expect(proPage.getByRole('heading', { level: 1 })).toHaveText('Antrean profesional');
  await expect(proPage.getByTestId('duty-state')).toContainText('Tidak bertugas');
  await proPage.getByRole('button', { name: 'Mulai bertugas' }).click();
  await expect(proPage.getByTestId('duty-state')).toContainText('Bertugas');
  await expect(proPage.getByRole('button', { name: 'Selesai bertugas' })).toBeFocused();
  await waitForQueueLive(proPage);

  // The member writes, anonymously, about ending their life tonight.
  const memberContext = await browser.newContext();
  await signInWithToken(memberContext, member.token);
  const memberPage = await memberContext.newPage();
  await memberPage.goto('/groups/kecemasan');
  await waitForHydration(memberPage);
  await memberPage.getByLabel('Judul').fill(title);
  await memberPage.getByLabel('Isi tulisan').fill(`${CRISIS_TEXT}. ${word}`);
  await memberPage.getByLabel('Tulis secara anonim').check();
  await memberPage.getByRole('button', { name: 'Kirim utas' }).click();

  // At once, from the answer to the post: the safety resources, and that it waits for a counsellor.
  const outcome = memberPage.getByTestId('post-outcome');
  await expect(outcome).toBeFocused();
  await expect(outcome.getByRole('heading', { name: 'Kamu tidak sendirian' })).toBeVisible();
  await expect(outcome).toContainText('seorang konselor akan segera menghubungimu');
  await expect(
    outcome.getByTestId('safety-resources').getByRole('link', { name: '112', exact: true }),
  ).toHaveAttribute('href', 'tel:112');
  await expect(outcome).toContainText('sedang menunggu tinjauan');
  await outcome.getByRole('link', { name: 'Lihat tulisanmu' }).click();
  await expect(memberPage.getByRole('heading', { level: 1 })).toHaveText(title);
  const { pathname: threadPath, searchParams } = new URL(memberPage.url());
  const postId = searchParams.get('post')!;
  await expectSafetyAtPost(memberPage, postId, SAFETY_ID);

  // The case arrives live at the top of the professional queue: crisis, five minutes to claim it.
  const card = proPage.getByTestId('case').filter({ hasText: title });
  await expect(card).toBeVisible({ timeout: 20_000 });
  await expect(card.getByTestId('severity')).toHaveText(/Krisis/);
  await expect(card).toContainText('Tulisan ditahan');
  await expect(card.getByTestId('deadline-text')).toHaveText(
    /^tersisa [1-5] mnt( \d+ dtk)?$|^tersisa \d+ dtk$/,
  );
  // Severity first: whatever else waits, a crisis is on top.
  await expect(proPage.getByTestId('case').first().getByTestId('severity')).toHaveText(/Krisis/);

  await card.getByRole('link', { name: title }).click();
  await expect(proPage.getByRole('heading', { level: 1 })).toHaveText(`Kasus: ${title}`);
  await expect(proPage.getByTestId('case-post')).toContainText(CRISIS_TEXT);
  await expect(proPage.getByTestId('case-categories')).toHaveText('bunuh diri');
  // The post is anonymous: the author is shown on request, and the look is audited.
  await expect(proPage.getByTestId('case-author')).not.toContainText(member.displayName);
  await proPage.getByRole('link', { name: 'Lihat siapa penulisnya' }).click();
  await expect(proPage.getByTestId('case-author')).toContainText(`Ditulis oleh ${member.displayName}`);

  await proPage.getByRole('button', { name: 'Klaim kasus ini' }).click();
  await expect(proPage.getByTestId('case-done')).toHaveText('Kamu mengklaim kasus ini.');
  await expect(proPage.getByTestId('case-assignee')).toContainText(professional.displayName);
  // Claiming leaves the revealed author behind (each look is one audited look).
  await expect(proPage.getByTestId('case-author')).not.toContainText(member.displayName);
  await expect(proPage.getByTestId('case-history')).toContainText('Penulis anonim dilihat');

  await proPage
    .getByLabel('Pesanmu')
    .fill('Halo, aku konselor di Sebaya. Aku membaca tulisanmu. Kamu aman sekarang?');
  await proPage.getByRole('button', { name: 'Kirim dan buka percakapan' }).click();
  await expect(proPage).toHaveURL(/\/support\/[0-9a-f-]{36}#top$/);
  await expect(proPage.getByRole('heading', { level: 1 })).toHaveText(
    `Percakapan dengan ${member.displayName}`,
  );
  await expect(proPage.getByTestId('message')).toHaveCount(1);
  await expect(proPage.getByTestId('messages')).toHaveAttribute('data-live', 'ready');

  // The member finds the conversation from the header and answers.
  await memberPage.goto('/');
  await expect(memberPage.getByTestId('unread-badge')).toHaveText('1');
  await memberPage.getByTestId('support-link').click();
  const conversation = memberPage
    .getByTestId('conversation')
    .filter({ hasText: `Percakapan dengan konselor ${professional.displayName}` });
  await expect(conversation.getByTestId('conversation-unread')).toHaveText('1 belum dibaca');
  await conversation.getByRole('link').first().click();
  await expect(memberPage.getByTestId('message')).toContainText('Kamu aman sekarang?');
  await expect(memberPage.getByTestId('unread-badge')).toHaveCount(0);
  await memberPage.getByLabel('Pesanmu').fill('Terima kasih sudah menghubungi. Aku masih di rumah.');
  await memberPage.getByRole('button', { name: 'Kirim pesan' }).click();
  await expect(memberPage.getByTestId('message').filter({ hasText: 'Aku masih di rumah' })).toContainText(
    'Kamu',
  );
  await expect(memberPage.getByLabel('Pesanmu')).toHaveValue('');

  // The professional sees the answer arrive without reloading.
  await proPage.evaluate(() => document.body.setAttribute('data-not-reloaded', 'yes'));
  const answer = proPage.getByTestId('message').filter({ hasText: 'Aku masih di rumah' });
  await expect(answer).toBeVisible();
  await expect(answer).toContainText(member.displayName);
  await expect(proPage.locator('body')).toHaveAttribute('data-not-reloaded', 'yes');

  // Later, the member opens the thread again: the post is still held, and still says why.
  await memberPage.goto(threadPath);
  await expect(memberPage.getByRole('heading', { level: 1 })).toHaveText(title);
  await expectSafetyAtPost(memberPage, postId, SAFETY_ID);
  await expectNoSeriousViolations(memberPage);

  await Promise.all([professionalContext.close(), memberContext.close()]);
});

test('an author back on a phone, with or without JavaScript, is told why each held post waits (English)', async ({
  browser,
  request,
}) => {
  const member = await newMember(request, 'sam', 'en');
  await joinGroup(request, member, 'kecemasan');
  const group = await groupId(request, member.token, 'kecemasan');
  const word = uniqueWord('night');
  const crisis = await newThread(request, member, {
    groupId: group,
    title: `Tonight ${word}`,
    body: `${CRISIS_TEXT}. ${word}`,
  });
  const personal = await newThread(request, member, {
    groupId: group,
    title: `My number ${word}`,
    body: 'WA aku 081234567890',
  });

  for (const javaScriptEnabled of [false, true]) {
    const context = await browser.newContext({
      viewport: { width: 360, height: 740 },
      isMobile: true,
      hasTouch: true,
      javaScriptEnabled,
    });
    await signInWithToken(context, member.token);
    const page = await context.newPage();

    await page.goto(`/threads/${crisis.threadId}`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expectSafetyAtPost(page, crisis.postId, {
      heading: 'You are not alone',
      status: ['Waiting for a counsellor’s review', 'A counsellor will reach out to you on Sebaya soon'],
    });
    if (javaScriptEnabled) {
      await expectFitsTheScreen(page);
      await expectNoSeriousViolations(page);
    }

    await page.goto(`/threads/${personal.threadId}`);
    const post = page.locator(`#post-${personal.postId}`);
    await expect(post.getByTestId('post-status')).toContainText('may share personal details');
    await expect(post.getByTestId('post-safety')).toHaveCount(0);
    await expect(page.getByTestId('safety-resources')).toHaveCount(0);
    await context.close();
  }
});

async function expectFitsTheScreen(page: Page): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth, `page is ${scrollWidth}px wide on a ${clientWidth}px screen`).toBeLessThanOrEqual(
    clientWidth,
  );
}

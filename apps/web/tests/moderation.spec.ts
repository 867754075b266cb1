import { expect, signInWithToken, test, waitForHydration } from './fixtures';
import {
  forumScene,
  joinGroup,
  makeFacilitator,
  newMember,
  newMembersOnlyGroup,
  newThread,
  reply,
  uniqueWord,
  waitForLive,
} from './forum-helpers';
import { caseOfPost, crisisScene, flagPost, newProfessional, waitForQueueLive } from './moderation-helpers';

test('a facilitator handles a harassment flag in its group: the post is gone for members', async ({
  browser,
  request,
}) => {
  const group = await newMembersOnlyGroup(request, 'moderasi');
  const facilitator = await newMember(request, 'gilang');
  const author = await newMember(request, 'hana');
  const reader = await newMember(request, 'indra');
  for (const member of [facilitator, author, reader]) await joinGroup(request, member, group.slug);
  await makeFacilitator(request, facilitator, group.id);
  const word = uniqueWord('kelas');
  const { threadId } = await newThread(request, reader, {
    groupId: group.id,
    title: `Teman sekelas ${word}`,
    body: 'Bagaimana cara kalian menghadapi teman sekelas yang suka bercanda kelewatan?',
  });
  const replyId = await reply(request, author, {
    threadId,
    body: `Kamu terlalu sensitif, itu cuma bercanda. ${word}`,
  });

  // The facilitator keeps the facilitator queue open (the header offers it).
  const facilitatorContext = await browser.newContext();
  await signInWithToken(facilitatorContext, facilitator.token);
  const queuePage = await facilitatorContext.newPage();
  await queuePage.goto('/');
  await queuePage.getByTestId('moderation-link').click();
  await expect(queuePage.getByRole('heading', { level: 1 })).toHaveText('Antrean fasilitator');
  await waitForQueueLive(queuePage);
  await expect(queuePage.getByTestId('case')).toHaveCount(0);

  // The reader reports the reply for harassment, with a note.
  const readerContext = await browser.newContext();
  await signInWithToken(readerContext, reader.token);
  const readerPage = await readerContext.newPage();
  await readerPage.goto(`/threads/${threadId}`);
  await waitForHydration(readerPage);
  const flagged = readerPage.locator(`#post-${replyId}`);
  await flagged.getByText('Laporkan', { exact: true }).click();
  await flagged.getByLabel('Alasan').selectOption('HARASSMENT');
  await flagged.getByLabel('Catatan untuk moderator (tidak wajib)').fill('Ini merendahkan.');
  await flagged.getByRole('button', { name: 'Kirim laporan' }).click();
  await expect(flagged.getByTestId('flag-thanks')).toHaveText(
    'Terima kasih sudah melapor. Moderator akan memeriksa tulisan ini.',
  );
  await expect(flagged.getByTestId('flag-thanks')).toBeFocused();
  // Its author cannot report their own post; the reader cannot report it twice.
  await expect(flagged.getByText('Laporkan', { exact: true })).toHaveCount(0);

  // The case arrives in the facilitator's queue without a reload.
  const card = queuePage.getByTestId('case').filter({ hasText: `Teman sekelas ${word}` });
  await expect(card).toBeVisible();
  await expect(card.getByTestId('severity')).toHaveText(/Rendah/);
  await expect(card).toContainText('dilaporkan: Pelecehan atau hinaan');
  await expect(card.getByTestId('deadline-text')).toHaveText(/^tersisa \d+ jam( \d+ mnt)?$/);

  await card.getByRole('link', { name: `Teman sekelas ${word}` }).click();
  await expect(queuePage.getByRole('heading', { level: 1 })).toHaveText(`Kasus: Teman sekelas ${word}`);
  await expect(queuePage.getByTestId('case-post')).toContainText('terlalu sensitif');
  await expect(queuePage.getByTestId('case-flags')).toContainText('Pelecehan atau hinaan');
  await expect(queuePage.getByTestId('case-flags')).toContainText('Ini merendahkan.');
  // The author's identity beyond the post (for anonymous posts) is for professionals only.
  await expect(queuePage.getByTestId('case-author')).toHaveCount(0);

  await queuePage.getByLabel('Hasil').selectOption('HIDDEN_POST');
  await queuePage.getByLabel('Catatan (tidak wajib)').first().fill('Melanggar aturan grup.');
  await queuePage.getByRole('button', { name: 'Selesaikan', exact: true }).click();
  await expect(queuePage.getByTestId('case-done')).toHaveText('Kasus ini sudah selesai.');
  await expect(queuePage.getByTestId('case-status')).toHaveText('Selesai');
  await expect(queuePage.getByTestId('case-resolution')).toContainText('Sembunyikan tulisan');
  await expect(queuePage.getByTestId('case-history')).toContainText('Tulisan disembunyikan');
  await expect(queuePage.getByTestId('case-notes')).toContainText('Melanggar aturan grup.');

  // Members no longer see the reply; its author is told it was hidden.
  await readerPage.goto(`/threads/${threadId}`);
  await expect(readerPage.getByRole('heading', { level: 1 })).toHaveText(`Teman sekelas ${word}`);
  await expect(readerPage.locator('main')).not.toContainText('terlalu sensitif');
  const authorContext = await browser.newContext();
  await signInWithToken(authorContext, author.token);
  const authorPage = await authorContext.newPage();
  await authorPage.goto(`/threads/${threadId}`);
  await expect(authorPage.locator(`#post-${replyId}`).getByTestId('post-status')).toHaveText(
    'Disembunyikan selama ditinjau moderator. Hanya kamu dan moderator yang bisa melihatnya.',
  );

  // The resolved case left the queue of open cases.
  await queuePage.goto('/moderation');
  await expect(queuePage.getByTestId('case').filter({ hasText: word })).toHaveCount(0);

  await Promise.all([facilitatorContext.close(), readerContext.close(), authorContext.close()]);
});

test('a report form opened before the page’s JavaScript has loaded stays open', async ({
  page,
  context,
  request,
}) => {
  const scene = await forumScene(request);
  await signInWithToken(context, scene.author.token);
  // Hold the scripts back until the reader has opened the form.
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/_app/immutable/**/*.js', async (route) => {
    await released;
    await route.continue();
  });
  // Module scripts hold DOMContentLoaded back: wait only for the response.
  await page.goto(`/threads/${scene.threadId}`, { waitUntil: 'commit' });
  const flag = page.locator(`#post-${scene.replyId}`).getByTestId('flag');
  await expect(flag.locator('summary')).toBeVisible();
  await flag.locator('summary').click();
  await expect(flag).toHaveAttribute('open', '');
  release();
  await waitForLive(page);
  await expect(flag).toHaveAttribute('open', '');
  await expect(flag.getByRole('button', { name: 'Kirim laporan' })).toBeVisible();
});

test('a facilitator hands a case over to the professionals', async ({ browser, request }) => {
  const group = await newMembersOnlyGroup(request, 'serah');
  const facilitator = await newMember(request, 'kiki');
  const author = await newMember(request, 'lala');
  const reader = await newMember(request, 'mira');
  const professional = await newProfessional(request);
  for (const member of [facilitator, author, reader]) await joinGroup(request, member, group.slug);
  await makeFacilitator(request, facilitator, group.id);
  const word = uniqueWord('serah');
  const { postId } = await newThread(request, author, {
    groupId: group.id,
    title: `Pulang sekolah ${word}`,
    body: 'Aku tidak tahu harus cerita ke siapa soal keadaan di rumah.',
  });
  await flagPost(request, reader, postId, 'OTHER', 'Sepertinya dia butuh bantuan lebih.');
  const caseId = await caseOfPost(request, facilitator, 'FACILITATOR', postId);

  const context = await browser.newContext();
  await signInWithToken(context, facilitator.token);
  const page = await context.newPage();
  await page.goto(`/cases/${caseId}`);
  await page.getByText('Serahkan ke profesional', { exact: true }).first().click();
  await page.locator('#escalate-note').fill('Tolong konselor yang menghubungi.');
  await page.getByRole('button', { name: 'Serahkan ke profesional' }).click();
  await expect(page).toHaveURL(/\/moderation\?queue=facilitator&escalated=1#top$/);
  await expect(
    page.getByRole('status').filter({ hasText: 'Kasus sudah diserahkan ke profesional.' }),
  ).toBeVisible();
  // The facilitator no longer works it.
  expect((await page.goto(`/cases/${caseId}`))?.status()).toBe(404);

  // A professional finds it in the professional queue, at least High, with the facilitator's note.
  await signInWithToken(context, professional.token);
  await page.goto('/moderation');
  const card = page.getByTestId('case').filter({ hasText: `Pulang sekolah ${word}` });
  await expect(card.getByTestId('severity')).toHaveText(/Tinggi/);
  await card.getByRole('link').click();
  await expect(page.getByTestId('case-notes')).toContainText('Tolong konselor yang menghubungi.');
  await expect(page.getByTestId('case-history')).toContainText('Diserahkan ke profesional');
  await context.close();
});

test('a notification of a support message opens the conversation', async ({ page, context, request }) => {
  const scene = await crisisScene(request);
  await signInWithToken(context, scene.member.token);
  await page.goto('/notifications');
  await page.getByRole('link', { name: 'Pesan baru di percakapan dukungan' }).click();
  await expect(page).toHaveURL(new RegExp(`/support/${scene.conversationId}#top$`));
  await expect(page.getByTestId('message').first()).toContainText('Kamu aman sekarang?');
  await expect(page.getByTestId('unread-badge')).toHaveCount(0);
});

test('the header offers moderation, support and the audit log only to those who may use them', async ({
  page,
  context,
  request,
}) => {
  const member = await newMember(request, 'nina');
  await signInWithToken(context, member.token);
  await page.goto('/');
  await expect(page.getByTestId('signed-in-as')).toBeVisible();
  await expect(page.getByTestId('moderation-link')).toHaveCount(0);
  await expect(page.getByTestId('support-link')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Log audit' })).toHaveCount(0);
  for (const path of ['/moderation', '/moderation?queue=professional', '/admin/audit']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Kamu tidak punya akses ke halaman ini.',
    );
  }

  const professional = await newProfessional(request);
  await signInWithToken(context, professional.token);
  await page.goto('/');
  await expect(page.getByTestId('moderation-link')).toBeVisible();
  await expect(page.getByTestId('support-link')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Log audit' })).toHaveCount(0);
  expect((await page.goto('/admin/audit'))?.status()).toBe(403);
});

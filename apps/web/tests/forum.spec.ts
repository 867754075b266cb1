import { expect, graphql, signInWithToken, test } from './fixtures';
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

test('a reply arrives live under a pseudonym, with a notification, and search finds both posts', async ({
  browser,
  request,
}) => {
  const word = uniqueWord('ujian');
  const title = `Cemas menjelang ujian ${word}`;
  const memberA = await newMember(request, 'ayu');
  const memberB = await newMember(request, 'bima');

  // A joins the group and starts a thread with a content warning.
  const contextA = await browser.newContext();
  await signInWithToken(contextA, memberA.token);
  const pageA = await contextA.newPage();
  await pageA.goto('/groups/kecemasan');
  await pageA.getByRole('button', { name: 'Gabung ke grup Kecemasan' }).click();
  await expect(pageA.getByText('Grupmu', { exact: true })).toBeVisible();
  await pageA.getByLabel('Judul').fill(title);
  await pageA.getByLabel('Isi tulisan').fill(`Aku sangat khawatir soal ujian minggu depan. ${word}`);
  await pageA.getByLabel('Peringatan konten (tidak wajib)').fill('kecemasan berat');
  await pageA.getByRole('button', { name: 'Kirim utas' }).click();
  await expect(pageA).toHaveURL(/\/threads\/[0-9a-f-]{36}#top$/);
  await expect(pageA.getByRole('heading', { level: 1 })).toHaveText(title);
  await waitForLive(pageA);
  // Marks this document: a reload would lose it.
  await pageA.evaluate(() => document.body.setAttribute('data-not-reloaded', 'yes'));

  // B joins too, opens the thread (its content warning closed) and replies anonymously.
  const contextB = await browser.newContext();
  await signInWithToken(contextB, memberB.token);
  const pageB = await contextB.newPage();
  await pageB.goto('/groups/kecemasan');
  await pageB.getByRole('button', { name: 'Gabung ke grup Kecemasan' }).click();
  await expect(pageB.getByText('Grupmu', { exact: true })).toBeVisible();
  await pageB.getByRole('link', { name: title }).click();
  await expect(pageB.getByRole('heading', { level: 1 })).toHaveText(title);
  const opening = pageB.getByTestId('post').first();
  const warning = opening.getByTestId('content-warning');
  await expect(warning).toContainText('kecemasan berat');
  await expect(opening.getByText('Aku sangat khawatir')).toBeHidden();
  await warning.getByText('Buka untuk membaca').click();
  await expect(opening.getByText('Aku sangat khawatir')).toBeVisible();

  await pageB.getByLabel('Balasanmu').fill(`I keep worrying about exams too, every single night. ${word}`);
  await pageB.getByLabel('Tulis secara anonim').check();
  await pageB.getByRole('button', { name: 'Kirim balasan' }).click();
  const replyOfB = pageB.getByTestId('post').filter({ hasText: 'I keep worrying' });
  await expect(replyOfB).toBeVisible();
  await expect(replyOfB.getByTestId('author')).toContainText('anonim');
  await expect(replyOfB.getByTestId('author')).toContainText('kamu');
  await expect(replyOfB).not.toContainText(memberB.displayName);
  const pseudonym = (await replyOfB.locator('.author__name').textContent())!.trim();
  expect(pseudonym).not.toBe(memberB.displayName);

  // A sees the reply arrive without reloading, under the pseudonym, and a notification.
  const arrived = pageA.getByTestId('post').filter({ hasText: 'I keep worrying' });
  await expect(arrived).toBeVisible();
  await expect(arrived.locator('.author__name')).toHaveText(pseudonym);
  await expect(arrived.getByTestId('author')).toContainText('anonim');
  await expect(pageA.locator('main')).not.toContainText(memberB.displayName);
  await expect(pageA.getByTestId('unread-badge')).toHaveText('1');
  await expect(
    pageA.getByRole('status').filter({ hasText: `Balasan baru dari ${pseudonym}` }),
  ).toBeAttached();
  await expect(pageA.locator('body')).toHaveAttribute('data-not-reloaded', 'yes');

  await pageA.getByTestId('notifications-link').click();
  await expect(pageA.getByRole('heading', { level: 1 })).toHaveText('Notifikasi');
  const notification = pageA.getByTestId('notification').first();
  await expect(notification).toContainText('Belum dibaca');
  await expect(notification).toContainText(`${pseudonym} membalas utasmu “${title}”`);
  await expect(pageA.locator('main')).not.toContainText(memberB.displayName);
  await notification.getByRole('link').click();
  await expect(pageA).toHaveURL(/\/threads\/[0-9a-f-]{36}\?post=[0-9a-f-]{36}#post-/);
  await expect(pageA.getByTestId('post').filter({ hasText: 'I keep worrying' })).toBeInViewport();
  await expect(pageA.getByTestId('unread-badge')).toHaveCount(0);

  // Search finds the thread in Indonesian and the reply in English, by other forms of the words.
  await pageA.getByRole('link', { name: 'Cari', exact: true }).click();
  await pageA.getByLabel('Kata kunci').fill('kekhawatiran');
  await pageA.getByRole('button', { name: 'Cari', exact: true }).click();
  await expect(pageA).toHaveURL(/\/search\?q=kekhawatiran$/);
  const indonesian = pageA.getByTestId('search-results').locator('li').filter({ hasText: title });
  await expect(indonesian.first()).toBeVisible();
  // The opening post has a content warning: its excerpt stays closed in the results too.
  await expect(indonesian.first().getByText('Aku sangat khawatir')).toBeHidden();

  await pageA.getByLabel('Kata kunci').fill('worried');
  await pageA.getByRole('button', { name: 'Cari', exact: true }).click();
  const english = pageA
    .getByTestId('search-results')
    .locator('li')
    .filter({ hasText: 'I keep worrying' })
    .filter({ hasText: word });
  await expect(english).toHaveCount(1);
  await expect(english.getByRole('link', { name: title })).toBeVisible();
  await expect(english.locator('.author__name')).toHaveText(pseudonym);
  await english.getByRole('link', { name: title }).click();
  await expect(pageA.getByTestId('post').filter({ hasText: 'I keep worrying' })).toBeVisible();

  await contextA.close();
  await contextB.close();
});

test('a members-only group hides its threads from non-members', async ({ page, context, request }) => {
  const group = await newMembersOnlyGroup(request);
  const member = await newMember(request, 'citra');
  const outsider = await newMember(request, 'dodi');
  const word = uniqueWord('tertutup');
  await joinGroup(request, member, group.slug);
  const { threadId } = await newThread(request, member, {
    groupId: group.id,
    title: `Cerita tertutup ${word}`,
    body: `Hanya untuk anggota ${word}`,
  });

  await signInWithToken(context, outsider.token);
  await page.goto(`/groups/${group.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(group.nameId);
  await expect(page.getByTestId('members-only')).toHaveText(
    'Grup ini khusus anggota. Gabung dulu untuk membaca utas-utasnya dan ikut bercerita.',
  );
  await expect(page.getByTestId('thread-list')).toHaveCount(0);
  await expect(page.locator('main')).not.toContainText(word);

  const response = await page.goto(`/threads/${threadId}`);
  expect(response?.status()).toBe(404);
  await expect(page.locator('main')).not.toContainText(word);

  await page.goto(`/search?q=${word}`);
  await expect(page.getByText('Tidak ada tulisan yang cocok. Coba kata lain.')).toBeVisible();

  // After joining, the same person reads it.
  await page.goto(`/groups/${group.slug}`);
  await page.getByRole('button', { name: `Gabung ke grup ${group.nameId}` }).click();
  await expect(
    page.getByTestId('thread-list').getByRole('link', { name: `Cerita tertutup ${word}` }),
  ).toBeVisible();
});

test('reactions toggle; own posts can be edited and deleted', async ({ page, context, request }) => {
  const { author, replier, threadId, word } = await forumScene(request);
  const ownReply = await reply(request, author, { threadId, body: `Terima kasih semuanya ${word}` });
  await signInWithToken(context, author.token);
  await page.goto(`/threads/${threadId}`);
  // Focus stays on the button only in the hydrated page (a click before that reloads the page).
  await waitForLive(page);

  const answer = page.getByTestId('post').filter({ hasText: 'Aku juga pernah begitu' });
  const hug = answer.getByTestId('reaction-HUG');
  await expect(hug).toHaveAttribute('aria-pressed', 'false');
  await hug.click();
  await expect(hug).toHaveAttribute('aria-pressed', 'true');
  await expect(hug).toHaveText(/Peluk\s*1/);
  await expect(hug).toBeFocused();
  await hug.click();
  await expect(hug).toHaveAttribute('aria-pressed', 'false');
  await expect(hug).toHaveText(/^\s*Peluk\s*$/);
  // Someone else's post offers neither edit nor delete.
  await expect(answer.getByText('Ubah', { exact: true })).toHaveCount(0);
  await expect(answer).not.toContainText(replier.displayName);

  // Answering that post tells its (anonymous) author.
  const pseudonym = (await answer.locator('.author__name').textContent())!.trim();
  await answer.getByRole('link', { name: 'Balas tulisan ini' }).click();
  await expect(page.getByText(`Membalas tulisan ${pseudonym}.`)).toBeVisible();
  await page.getByLabel('Balasanmu').fill(`Terima kasih sudah menjawab ${word}`);
  await page.getByRole('button', { name: 'Kirim balasan' }).click();
  await expect(page.getByTestId('post').filter({ hasText: 'sudah menjawab' })).toBeVisible();
  const { notifications } = await graphql<{ notifications: { nodes: { kind: string }[] } }>(
    request,
    '{ notifications { nodes { kind } } }',
    {},
    replier.token,
  );
  expect(notifications.nodes.map((notification) => notification.kind)).toEqual(['REPLY_TO_POST']);

  const mine = page.locator(`#post-${ownReply}`);
  await mine.getByText('Ubah', { exact: true }).click();
  await mine.getByLabel('Isi tulisan').fill(`Terima kasih banyak, aku merasa lebih tenang ${word}`);
  await mine.getByRole('button', { name: 'Simpan perubahan' }).click();
  await expect(mine.locator('.post__body')).toHaveText(
    `Terima kasih banyak, aku merasa lebih tenang ${word}`,
  );
  await expect(mine).toContainText('(diubah)');
  await expect(mine.getByLabel('Isi tulisan')).toBeHidden();

  // An empty edit is refused at the field.
  await mine.getByText('Ubah', { exact: true }).click();
  await mine.getByLabel('Isi tulisan').fill('   ');
  await mine.getByRole('button', { name: 'Simpan perubahan' }).click();
  await expect(mine.locator('.field__error')).toContainText('Tulis sesuatu di sini');

  await mine.getByText('Hapus', { exact: true }).click();
  await mine.getByRole('button', { name: 'Ya, hapus' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Tulisanmu sudah dihapus.' })).toBeVisible();
  await expect(page.locator(`#post-${ownReply}`)).toHaveCount(0);
});

test('facilitators lock and pin; members cannot reply to a locked thread', async ({ browser, request }) => {
  const group = await newMembersOnlyGroup(request, 'fasilitasi');
  const facilitator = await newMember(request, 'eko');
  const member = await newMember(request, 'fitri');
  await joinGroup(request, facilitator, group.slug);
  await makeFacilitator(request, facilitator, group.id);
  await joinGroup(request, member, group.slug);
  const older = await newThread(request, member, {
    groupId: group.id,
    title: 'Utas yang lebih lama',
    body: 'Halo.',
  });
  await newThread(request, member, { groupId: group.id, title: 'Utas terbaru', body: 'Halo lagi.' });

  const facilitatorContext = await browser.newContext();
  await signInWithToken(facilitatorContext, facilitator.token);
  const page = await facilitatorContext.newPage();
  await page.goto(`/groups/${group.slug}`);
  await expect(page.getByTestId('facilitators')).toHaveText(facilitator.displayName);
  await expect(page.getByText('Kamu fasilitator di sini')).toBeVisible();
  await expect(page.getByTestId('thread-list').locator('h3').first()).toHaveText('Utas terbaru');

  await page.goto(`/threads/${older.threadId}`);
  await page.getByRole('button', { name: 'Sematkan utas' }).click();
  await expect(page.getByRole('button', { name: 'Lepas sematan' })).toBeVisible();
  await page.getByRole('button', { name: 'Kunci utas' }).click();
  await expect(page.getByRole('button', { name: 'Buka kunci utas' })).toBeVisible();
  await expect(page.locator('.page-header .tags')).toHaveText(/Disematkan\s+Dikunci/);
  await expect(
    page.getByText('Utas ini dikunci. Sebagai fasilitator, kamu masih bisa membalas.'),
  ).toBeVisible();

  await page.goto(`/groups/${group.slug}`);
  await expect(page.getByTestId('thread-list').locator('h3').first()).toHaveText('Utas yang lebih lama');

  const memberContext = await browser.newContext();
  await signInWithToken(memberContext, member.token);
  const memberPage = await memberContext.newPage();
  await memberPage.goto(`/threads/${older.threadId}`);
  await expect(
    memberPage.getByText('Utas ini dikunci oleh fasilitator, jadi tidak bisa dibalas lagi.'),
  ).toBeVisible();
  await expect(memberPage.getByLabel('Balasanmu')).toHaveCount(0);
  await expect(memberPage.getByRole('button', { name: 'Kunci utas' })).toHaveCount(0);
  // A facilitator cannot leave their group without a hand-over.
  await page.getByRole('button', { name: 'Keluar dari grup' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'Kamu fasilitator grup ini. Minta koordinator mengalihkan peranmu dulu sebelum keluar.',
  );

  await facilitatorContext.close();
  await memberContext.close();
});

test('threads and posts come in pages', async ({ page, context, request }) => {
  const group = await newMembersOnlyGroup(request, 'halaman');
  const member = await newMember(request, 'gilang');
  await joinGroup(request, member, group.slug);
  const threads = [];
  for (let index = 1; index <= 21; index++) {
    threads.push(
      await newThread(request, member, { groupId: group.id, title: `Utas nomor ${index}`, body: 'Isi.' }),
    );
  }
  const { threadId } = threads[20]!;
  const replies = [];
  for (let index = 1; index <= 30; index++) {
    replies.push(await reply(request, member, { threadId, body: `Balasan nomor ${index}` }));
  }

  await signInWithToken(context, member.token);
  await page.goto(`/groups/${group.slug}`);
  const list = page.getByTestId('thread-list').locator('h3');
  await expect(list).toHaveCount(20);
  await expect(list.first()).toHaveText('Utas nomor 21');
  await page.getByTestId('more-threads').click();
  await expect(list).toHaveText(['Utas nomor 1']);
  await expect(page.getByRole('link', { name: 'Kembali ke utas terbaru' })).toBeVisible();

  await page.goto(`/threads/${threadId}`);
  await expect(page.getByTestId('post')).toHaveCount(30);
  await page.getByTestId('newer-posts').click();
  await expect(page.getByTestId('post')).toHaveCount(1);
  await expect(page.getByTestId('post')).toContainText('Balasan nomor 30');

  // A link to a post finds its page.
  await page.goto(`/threads/${threadId}?post=${replies[29]}`);
  await expect(page.locator(`#post-${replies[29]}`)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Ke awal utas' })).toBeVisible();
});

test('a visitor who is not signed in is asked to log in', async ({ page, request }) => {
  const { threadId } = await forumScene(request);
  await page.goto(`/threads/${threadId}`);
  await expect(page).toHaveURL(new RegExp(`/login\\?next=%2Fthreads%2F${threadId}$`));
  await page.goto('/groups/kecemasan');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kecemasan');
  await expect(page.getByText('untuk membaca utas di grup ini dan bergabung.')).toBeVisible();
  await expect(page.getByTestId('thread-list')).toHaveCount(0);
  const live = await page.request.get('/live');
  expect(live.status()).toBe(401);
});

test('the home page lists the viewer’s groups first, and joining leads to the group', async ({
  page,
  context,
  request,
}) => {
  const member = await newMember(request, 'hana');
  await joinGroup(request, member, 'duka');
  await signInWithToken(context, member.token);

  await page.goto('/');
  const cards = page.getByTestId('group-card');
  await expect(cards.filter({ hasText: 'Kecemasan' })).toHaveCount(1);
  await expect(cards.first().locator('h3')).toHaveText('Duka');
  await expect(cards.first()).toContainText('Grupmu');
  await expect(cards.first().getByRole('button')).toHaveCount(0);
  // The safety resources stay on the page.
  await expect(
    page.getByTestId('safety-resources').getByRole('link', { name: '112', exact: true }),
  ).toBeVisible();

  await page.getByRole('button', { name: 'Gabung ke grup Trauma' }).click();
  await expect(page).toHaveURL(/\/groups\/trauma$/);
  await expect(page.getByText('Grupmu', { exact: true })).toBeVisible();

  await page.goto('/');
  await expect(cards.nth(0)).toContainText('Grupmu');
  await expect(cards.nth(1)).toContainText('Grupmu');
  await expect(cards.nth(2)).not.toContainText('Grupmu');
});

test('notifications can all be marked read', async ({ page, context, request }) => {
  const scene = await forumScene(request, 'en');
  await signInWithToken(context, scene.author.token);
  await page.goto('/notifications');
  await expect(page.getByTestId('unread-badge')).toHaveText('1');
  await expect(page.getByTestId('notification')).toHaveCount(1);
  await expect(page.getByTestId('notification')).toContainText('Unread');
  await expect(page.getByTestId('notification')).toContainText(`replied to your thread “${scene.title}”`);
  await expect(page.getByTestId('notification')).not.toContainText(scene.replier.displayName);

  await page.getByRole('button', { name: 'Mark all as read' }).click();
  await expect(page.getByRole('status')).toHaveText('All notifications are marked as read.');
  await expect(page.getByTestId('notification')).not.toContainText('Unread');
  await expect(page.getByTestId('unread-badge')).toHaveCount(0);
});

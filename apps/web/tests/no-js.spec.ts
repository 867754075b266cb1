import {
  createAccount,
  expect,
  fillLogin,
  fillRegistration,
  nav,
  newUser,
  signInWithToken,
  test,
  text,
} from './fixtures';
import { forumScene, newMember, uniqueWord } from './forum-helpers';
import { crisisScene } from './moderation-helpers';

// Runs in the `chromium-no-js` project: every form must work as a plain HTML form.

test('JavaScript is really off in this project', async ({ page, javaScriptEnabled }) => {
  expect(javaScriptEnabled).toBe(false);
  await page.goto('/');
  // Scripts are in the page but never run, so <html lang> comes from the server alone.
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');
});

test('register, log out and log in without JavaScript', async ({ page }) => {
  const user = newUser('nadia');
  await page.goto('/register');
  await fillRegistration(page, 'id', user);
  await page.getByRole('button', { name: 'Buat akun' }).click();

  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByTestId('signed-in-as')).toHaveText(text.id.signedInAs(user.displayName));

  await nav(page, 'id').getByRole('button', { name: 'Keluar' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByTestId('signed-in-as')).toHaveCount(0);

  await nav(page, 'id').getByRole('link', { name: 'Masuk', exact: true }).click();
  await fillLogin(page, 'id', user.email, user.password);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
  await expect(page.getByTestId('signed-in-as')).toHaveText(text.id.signedInAs(user.displayName));
});

test('errors are shown at the field without JavaScript', async ({ page }) => {
  const user = { ...newUser('oki'), email: 'not-an-email' };
  await page.goto('/register');
  await fillRegistration(page, 'id', user);
  await page.getByRole('button', { name: 'Buat akun' }).click();

  await expect(page).toHaveTitle('Kesalahan: Daftar · Sebaya');
  await expect(page.locator('#email-error')).toHaveText(
    'Kesalahan: Masukkan alamat email yang valid, misalnya nama@contoh.id.',
  );
  await expect(page.getByLabel('Email')).toHaveValue('not-an-email');
  await expect(page.getByLabel('Nama tampilan')).toHaveValue(user.displayName);
  await expect(page.getByLabel('Kata sandi')).toHaveValue('');
});

test('a wrong password is reported without JavaScript', async ({ page, request }) => {
  const user = newUser('putri');
  await createAccount(request, user);
  await page.goto('/login');
  await fillLogin(page, 'id', user.email, 'definitely wrong');
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
  await expect(page.getByTestId('form-error')).toHaveText('Email atau kata sandi tidak tepat.');
  await expect(page.getByLabel('Email')).toHaveValue(user.email);
});

test('language switch and account form work without JavaScript', async ({ page, request }) => {
  const user = newUser('rudi');
  await createAccount(request, user);

  await page.goto('/login?next=%2Faccount');
  await page.getByRole('button', { name: text.id.switchLanguage }).click();
  await expect(page).toHaveURL(/\/login\?next=%2Faccount$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await fillLogin(page, 'en', user.email, user.password);
  await page.getByRole('button', { name: 'Log in', exact: true }).click();
  await expect(page).toHaveURL(/\/account$/);
  // Switching before logging in does not change the account: it was created in Indonesian.
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');

  await page.getByLabel('English').check();
  await page.getByRole('button', { name: 'Simpan perubahan' }).click();
  await expect(page.getByRole('status')).toHaveText('Your changes are saved.');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('start a thread, reply and react without JavaScript', async ({ page, context, request }) => {
  const member = await newMember(request, 'wulan');
  const word = uniqueWord('tanpa');
  const title = `Tanpa skrip ${word}`;
  await signInWithToken(context, member.token);

  await page.goto('/groups/stres');
  await page.getByRole('button', { name: 'Gabung ke grup Stres' }).click();
  await expect(page).toHaveURL(/\/groups\/stres$/);
  await expect(page.getByText('Grupmu', { exact: true })).toBeVisible();

  // A mistake first: the title is too short.
  await page.getByLabel('Judul').fill('Hi');
  await page.getByLabel('Isi tulisan').fill(`Kepalaku penuh sekali minggu ini. ${word}`);
  await page.getByRole('button', { name: 'Kirim utas' }).click();
  await expect(page).toHaveTitle('Kesalahan: Stres · Sebaya');
  await expect(page.locator('#title-error')).toHaveText('Kesalahan: Judul perlu 3 sampai 150 karakter.');
  await expect(page.getByLabel('Isi tulisan')).toHaveValue(`Kepalaku penuh sekali minggu ini. ${word}`);

  await page.getByLabel('Judul').fill(title);
  await page.getByLabel('Peringatan konten (tidak wajib)').fill('kelelahan');
  await page.getByRole('button', { name: 'Kirim utas' }).click();
  await expect(page).toHaveURL(/\/threads\/[0-9a-f-]{36}#top$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);

  // The content warning is a plain <details>: closed, and it opens without JavaScript.
  const opening = page.getByTestId('post').first();
  const body = opening.locator('.post__body');
  await expect(body).toBeHidden();
  await opening.getByText('Buka untuk membaca').click();
  await expect(body).toBeVisible();
  await expect(body).toContainText('Kepalaku penuh sekali');

  await page.getByLabel('Balasanmu').fill(`Menulis di sini sudah sedikit melegakan. ${word}`);
  await page.getByLabel('Tulis secara anonim').check();
  await page.getByRole('button', { name: 'Kirim balasan' }).click();
  await expect(page).toHaveURL(/\?post=[0-9a-f-]{36}#post-[0-9a-f-]{36}$/);
  const answer = page.getByTestId('post').filter({ hasText: 'sedikit melegakan' });
  await expect(answer.getByTestId('author')).toContainText('anonim');
  await expect(answer.getByTestId('author')).toContainText('kamu');

  await answer.getByTestId('reaction-STRENGTH').click();
  await expect(
    page.getByTestId('post').filter({ hasText: 'sedikit melegakan' }).getByTestId('reaction-STRENGTH'),
  ).toHaveAttribute('aria-pressed', 'true');
  // Having written anonymously, the next reply is anonymous unless unticked.
  await expect(page.getByLabel('Tulis secara anonim')).toBeChecked();
});

test('report a post without JavaScript', async ({ page, context, request }) => {
  const scene = await forumScene(request);
  await signInWithToken(context, scene.author.token);
  await page.goto(`/threads/${scene.threadId}`);

  // The form is in a <details>: it opens without JavaScript. A reason is required.
  const reply = page.locator(`#post-${scene.replyId}`);
  await reply.getByText('Laporkan', { exact: true }).click();
  await reply.getByRole('button', { name: 'Kirim laporan' }).click();
  await expect(page).toHaveTitle(/^Kesalahan: /);
  await expect(page).toHaveURL(new RegExp(`#post-${scene.replyId}$`));
  await expect(reply.locator(`#flag-${scene.replyId}-reason-error`)).toHaveText(
    'Kesalahan: Pilih alasan laporanmu.',
  );

  await reply.getByLabel('Alasan').selectOption('UNSAFE_ADVICE');
  await reply.getByLabel('Catatan untuk moderator (tidak wajib)').fill('Saran ini bisa berbahaya.');
  await reply.getByRole('button', { name: 'Kirim laporan' }).click();
  await expect(page).toHaveURL(new RegExp(`\\?flagged=${scene.replyId}#post-${scene.replyId}$`));
  await expect(reply.getByTestId('flag-thanks')).toHaveText(
    'Terima kasih sudah melapor. Moderator akan memeriksa tulisan ini.',
  );
  await expect(reply.getByText('Laporkan', { exact: true })).toHaveCount(0);
});

test('go on duty, claim and resolve a case, and answer in a support conversation without JavaScript', async ({
  browser,
  request,
}) => {
  const scene = await crisisScene(request);
  const professionalContext = await browser.newContext({ javaScriptEnabled: false });
  await signInWithToken(professionalContext, scene.professional.token);
  const page = await professionalContext.newPage();

  await page.goto('/moderation');
  await page.getByRole('button', { name: 'Mulai bertugas' }).click();
  await expect(page.getByTestId('duty-state')).toContainText('Bertugas');
  await page.getByTestId('case').filter({ hasText: scene.title }).getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Kasus: ${scene.title}`);

  await page.getByRole('button', { name: 'Klaim kasus ini' }).click();
  await expect(page.getByTestId('case-done')).toHaveText('Kamu mengklaim kasus ini.');
  await page.getByLabel('Catatan baru').fill('Sudah dihubungi lewat percakapan dukungan.');
  await page.getByRole('button', { name: 'Simpan catatan' }).click();
  await expect(page.getByTestId('case-notes')).toContainText('Sudah dihubungi');
  await page.getByLabel('Hasil').selectOption('REACHED_OUT');
  await page.getByRole('button', { name: 'Selesaikan', exact: true }).click();
  await expect(page.getByTestId('case-done')).toHaveText('Kasus ini sudah selesai.');
  await expect(page.getByTestId('case-resolution')).toContainText('Sudah menghubungi penulis');

  const memberContext = await browser.newContext({ javaScriptEnabled: false });
  await signInWithToken(memberContext, scene.member.token);
  const memberPage = await memberContext.newPage();
  await memberPage.goto('/support');
  await memberPage.getByTestId('conversation').getByRole('link').first().click();
  await memberPage.getByLabel('Pesanmu').fill('Aku sudah lebih tenang sekarang.');
  await memberPage.getByRole('button', { name: 'Kirim pesan' }).click();
  await expect(memberPage.getByTestId('message').last()).toContainText('Aku sudah lebih tenang sekarang.');
  await expect(memberPage.getByLabel('Pesanmu')).toHaveValue('');

  await Promise.all([professionalContext.close(), memberContext.close()]);
});

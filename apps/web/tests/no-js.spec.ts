import { createAccount, expect, fillLogin, fillRegistration, nav, newUser, test, text } from './fixtures';

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

import { createAccount, expect, fillLogin, nav, newUser, test, text } from './fixtures';

test('a visitor can switch the language, and it stays on this device', async ({ page }) => {
  await page.goto('/register');
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');

  await page.getByRole('button', { name: text.id.switchLanguage }).click();
  // Back on the same page, now in English.
  await expect(page).toHaveURL(/\/register$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Create an account');
  await expect(page.getByLabel('Display name')).toBeVisible();

  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  // The safety resources come from the API in the page's language.
  await expect(page.getByTestId('safety-resources')).toContainText(
    'If you or someone else is in danger right now, call this emergency number',
  );

  await page.getByRole('button', { name: text.en.switchLanguage }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');
  await expect(page.getByTestId('safety-resources')).toContainText(
    'Jika kamu atau orang lain dalam bahaya sekarang, hubungi nomor darurat ini',
  );
});

test('the language is remembered per user', async ({ page, request, browser, baseURL }) => {
  const user = newUser('kirana');
  await createAccount(request, user, 'id');

  await page.goto('/login');
  await fillLogin(page, 'id', user.email, user.password);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
  await expect(page.getByTestId('signed-in-as')).toHaveText(text.id.signedInAs(user.displayName));

  await page.getByRole('button', { name: text.id.switchLanguage }).click();
  await expect(page.getByTestId('signed-in-as')).toHaveText(text.en.signedInAs(user.displayName));
  await nav(page, 'en').getByRole('button', { name: 'Log out' }).click();
  await expect(nav(page, 'en').getByRole('link', { name: 'Log in', exact: true })).toBeVisible();

  // Someone else on this device switches back to Indonesian...
  await page.getByRole('button', { name: text.en.switchLanguage }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');

  // ...but logging in again brings back the account's language.
  await nav(page, 'id').getByRole('link', { name: 'Masuk', exact: true }).click();
  await fillLogin(page, 'id', user.email, user.password);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
  await expect(page.getByTestId('signed-in-as')).toHaveText(text.en.signedInAs(user.displayName));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  // And on another device, with no cookies at all.
  const other = await browser.newContext({ baseURL });
  try {
    const otherPage = await other.newPage();
    await otherPage.goto('/login');
    await expect(otherPage.locator('html')).toHaveAttribute('lang', 'id');
    await fillLogin(otherPage, 'id', user.email, user.password);
    await otherPage.getByRole('button', { name: 'Masuk', exact: true }).click();
    await expect(otherPage.getByTestId('signed-in-as')).toHaveText(text.en.signedInAs(user.displayName));
    await expect(otherPage.locator('html')).toHaveAttribute('lang', 'en');
  } finally {
    await other.close();
  }
});

test('the account page changes the display name and the language', async ({ page, request }) => {
  const user = newUser('lina');
  await createAccount(request, user, 'id');
  const newName = `${user.displayName} baru`;

  await page.goto('/login?next=%2Faccount');
  await fillLogin(page, 'id', user.email, user.password);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Akunmu');
  await expect(page.getByLabel('Nama tampilan')).toHaveValue(user.displayName);
  await expect(page.getByLabel('Bahasa Indonesia')).toBeChecked();

  await page.getByLabel('Nama tampilan').fill(newName);
  await page.getByLabel('English').check();
  await page.getByRole('button', { name: 'Simpan perubahan' }).click();

  await expect(page.getByRole('status')).toHaveText('Your changes are saved.');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByTestId('signed-in-as')).toHaveText(text.en.signedInAs(newName));
  await expect(page.getByLabel('Display name')).toHaveValue(newName);

  await page.reload();
  await expect(page.getByLabel('English')).toBeChecked();
  await expect(page.getByLabel('Display name')).toHaveValue(newName);
});

test('an invalid display name on the account page is shown at the field', async ({ page, request }) => {
  const user = newUser('maya');
  await createAccount(request, user, 'id');

  await page.goto('/login?next=%2Faccount');
  await fillLogin(page, 'id', user.email, user.password);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();

  await page.getByLabel('Nama tampilan').fill('x');
  await page.getByRole('button', { name: 'Simpan perubahan' }).click();
  await expect(page.locator('#displayName-error')).toHaveText(
    'Kesalahan: Nama tampilan perlu 2 sampai 40 karakter.',
  );
  await expect(page.getByLabel('Nama tampilan')).toHaveValue('x');
  await expect(page.getByTestId('signed-in-as')).toHaveText(text.id.signedInAs(user.displayName));
});

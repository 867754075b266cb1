import {
  createAccount,
  expect,
  fillLogin,
  fillRegistration,
  graphql,
  nav,
  newUser,
  setLocaleCookie,
  submitAndWait,
  test,
  text,
} from './fixtures';

test.describe('register, log out, log in', () => {
  test('in Indonesian (the default)', async ({ page }) => {
    const t = text.id;
    const user = newUser('ani');

    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'id');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.heading);

    await nav(page, 'id').getByRole('link', { name: t.register, exact: true }).click();
    await expect(page).toHaveURL(/\/register$/);
    await expect(page).toHaveTitle('Daftar · Sebaya');
    await fillRegistration(page, 'id', user);
    await page.getByRole('button', { name: t.createAccount }).click();

    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByTestId('signed-in-as')).toHaveText(t.signedInAs(user.displayName));
    await expect(page.getByText(t.welcome(user.displayName))).toBeVisible();

    await nav(page, 'id').getByRole('button', { name: t.logout }).click();
    await expect(nav(page, 'id').getByRole('link', { name: t.login, exact: true })).toBeVisible();
    await expect(page.getByTestId('signed-in-as')).toHaveCount(0);

    await nav(page, 'id').getByRole('link', { name: t.login, exact: true }).click();
    await expect(page).toHaveTitle('Masuk · Sebaya');
    await fillLogin(page, 'id', user.email, user.password);
    await page.getByRole('button', { name: t.loginSubmit, exact: true }).click();

    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByTestId('signed-in-as')).toHaveText(t.signedInAs(user.displayName));
    await expect(page.locator('html')).toHaveAttribute('lang', 'id');
  });

  test('in English', async ({ page }) => {
    const t = text.en;
    const user = newUser('ben');

    await page.goto('/');
    await page.getByRole('button', { name: text.id.switchLanguage }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.heading);
    await expect(page.getByRole('heading', { name: t.safetyHeading, level: 2 })).toBeVisible();

    await nav(page, 'en').getByRole('link', { name: t.register, exact: true }).click();
    await expect(page).toHaveTitle('Sign up · Sebaya');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Create an account');
    await fillRegistration(page, 'en', user);
    await page.getByRole('button', { name: t.createAccount }).click();

    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByTestId('signed-in-as')).toHaveText(t.signedInAs(user.displayName));
    await expect(page.getByText(t.welcome(user.displayName))).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');

    await nav(page, 'en').getByRole('button', { name: t.logout }).click();
    await expect(nav(page, 'en').getByRole('link', { name: t.login, exact: true })).toBeVisible();

    await nav(page, 'en').getByRole('link', { name: t.login, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Log in to Sebaya');
    await fillLogin(page, 'en', user.email, user.password);
    await page.getByRole('button', { name: t.loginSubmit, exact: true }).click();

    await expect(page.getByTestId('signed-in-as')).toHaveText(t.signedInAs(user.displayName));
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});

test.describe('form errors', () => {
  test('a wrong password says so, keeps the email and empties the password', async ({ page, request }) => {
    const user = newUser('cita');
    await createAccount(request, user);

    await page.goto('/login');
    await fillLogin(page, 'id', user.email, 'not the right password');
    await submitAndWait(
      page,
      () => page.getByRole('button', { name: 'Masuk', exact: true }).click(),
      '/login',
    );

    const summary = page.locator('.error-summary');
    await expect(summary.getByTestId('form-error')).toHaveText('Email atau kata sandi tidak tepat.');
    // With JavaScript, focus moves to the summary so that screen readers announce it.
    await expect(summary).toBeFocused();
    await expect(page).toHaveTitle('Kesalahan: Masuk · Sebaya');
    await expect(page.getByLabel('Email')).toHaveValue(user.email);
    await expect(page.getByLabel('Kata sandi')).toHaveValue('');
    await expect(page.getByTestId('signed-in-as')).toHaveCount(0);
  });

  test('a short password is shown at the password field, other values kept', async ({ page }) => {
    const user = { ...newUser('dewi'), password: 'pendek' };

    await page.goto('/register');
    await fillRegistration(page, 'id', user);
    await submitAndWait(page, () => page.getByRole('button', { name: 'Buat akun' }).click(), '/register');

    const password = page.getByLabel('Kata sandi');
    await expect(page.locator('#password-error')).toHaveText(
      'Kesalahan: Kata sandi perlu minimal 10 karakter.',
    );
    await expect(password).toHaveAttribute('aria-invalid', 'true');
    await expect(password).toHaveAttribute('aria-describedby', /password-error/);
    await expect(password).toHaveValue('');
    await expect(page.getByLabel('Email')).toHaveValue(user.email);
    await expect(page.getByLabel('Nama tampilan')).toHaveValue(user.displayName);
    await expect(page.locator('.error-summary').getByRole('link')).toHaveAttribute('href', '#password');
    await expect(page.getByLabel('Email')).not.toHaveAttribute('aria-invalid', 'true');
  });

  test('a duplicate email is shown at the email field, in English', async ({ page, request, context }) => {
    const existing = newUser('eka');
    await createAccount(request, existing);
    await setLocaleCookie(context, 'en');

    await page.goto('/register');
    await fillRegistration(page, 'en', { ...newUser('eka2'), email: existing.email.toUpperCase() });
    await submitAndWait(
      page,
      () => page.getByRole('button', { name: 'Create account' }).click(),
      '/register',
    );

    await expect(page.locator('#email-error')).toHaveText(
      'Error: There is already an account with this email. Try logging in.',
    );
    await expect(page.getByLabel('Email')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByLabel('Email')).toHaveValue(existing.email.toUpperCase());
    await expect(page.getByLabel('Password')).toHaveValue('');
  });

  test('a taken display name is shown at its field', async ({ page, request }) => {
    const existing = newUser('fajar');
    await createAccount(request, existing);

    await page.goto('/register');
    await fillRegistration(page, 'id', { ...newUser('fajar2'), displayName: existing.displayName });
    await submitAndWait(page, () => page.getByRole('button', { name: 'Buat akun' }).click(), '/register');

    await expect(page.locator('#displayName-error')).toHaveText(
      'Kesalahan: Nama tampilan ini sudah dipakai. Pilih nama lain.',
    );
  });

  test('too many failed logins show how long to wait', async ({ page, request }) => {
    const user = newUser('gita');
    await createAccount(request, user);
    await page.goto('/login');
    const formError = page.getByTestId('form-error');

    // The test API allows 5 failures per email (LOGIN_LIMIT_PER_EMAIL in global-setup).
    for (let attempt = 1; attempt <= 5; attempt++) {
      await fillLogin(page, 'id', user.email, `wrong password ${attempt}`);
      await submitAndWait(
        page,
        () => page.getByRole('button', { name: 'Masuk', exact: true }).click(),
        '/login',
      );
      await expect(formError).toHaveText('Email atau kata sandi tidak tepat.');
    }

    // Even the right password is refused now.
    await fillLogin(page, 'id', user.email, user.password);
    await submitAndWait(
      page,
      () => page.getByRole('button', { name: 'Masuk', exact: true }).click(),
      '/login',
    );
    await expect(formError).toHaveText(/^Terlalu banyak percobaan\. Coba lagi dalam \d+ menit\.$/);
    await expect(page.getByTestId('signed-in-as')).toHaveCount(0);
  });
});

test.describe('where login leads', () => {
  test('the account page asks to log in, then comes back', async ({ page, request }) => {
    const user = newUser('hadi');
    await createAccount(request, user);

    await page.goto('/account');
    await expect(page).toHaveURL(/\/login\?next=%2Faccount$/);
    await expect(page.getByText('Silakan masuk untuk melanjutkan.')).toBeVisible();

    await fillLogin(page, 'id', user.email, user.password);
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    await expect(page).toHaveURL(/\/account$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Akunmu');
  });

  for (const next of [
    '//evil.example/steal',
    'https://evil.example/',
    '/\\evil.example',
    'javascript:alert(1)',
  ]) {
    test(`next=${next} is ignored`, async ({ page, request, baseURL }) => {
      const user = newUser('ira');
      await createAccount(request, user);

      await page.goto(`/login?next=${encodeURIComponent(next)}`);
      await fillLogin(page, 'id', user.email, user.password);
      await page.getByRole('button', { name: 'Masuk', exact: true }).click();

      await expect(page.getByTestId('signed-in-as')).toBeVisible();
      expect(page.url()).toBe(`${baseURL}/`);
    });
  }

  test('logging out ends the session in the API too', async ({ page, context, request }) => {
    const user = newUser('joko');
    await createAccount(request, user);
    await page.goto('/login');
    await fillLogin(page, 'id', user.email, user.password);
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    await expect(page.getByTestId('signed-in-as')).toBeVisible();

    const token = (await context.cookies()).find((cookie) => cookie.name === 'sebaya_session')?.value;
    expect(token).toBeTruthy();
    const before = await graphql<{ me: { displayName: string } | null }>(
      request,
      '{ me { displayName } }',
      {},
      token,
    );
    expect(before.me?.displayName).toBe(user.displayName);

    await nav(page, 'id').getByRole('button', { name: 'Keluar' }).click();
    await expect(page.getByTestId('signed-in-as')).toHaveCount(0);
    expect((await context.cookies()).some((cookie) => cookie.name === 'sebaya_session')).toBe(false);
    const after = await graphql<{ me: unknown }>(request, '{ me { displayName } }', {}, token);
    expect(after.me).toBeNull();
  });
});

import {
  createAccount,
  expect,
  fillLogin,
  fillRegistration,
  newUser,
  signInWithToken,
  test,
} from './fixtures';
import { forumScene, waitForLive } from './forum-helpers';

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...values]) => [name!, values]),
  );
}

test('pages send a Content-Security-Policy without unsafe-inline scripts', async ({ page }) => {
  for (const path of ['/', '/register', '/login']) {
    const response = await page.goto(path);
    const csp = response?.headers()['content-security-policy'];
    expect(csp, `CSP on ${path}`).toBeTruthy();
    const policy = directives(csp!);
    const scripts = policy.get('script-src') ?? policy.get('default-src');
    expect(scripts, 'script-src').toBeTruthy();
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
    expect(scripts!.some((source) => /^'(nonce|sha256)-/.test(source))).toBe(true);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('default-src')).toEqual(["'self'"]);
  }
});

test('pages send the other security headers and are not cached', async ({ page }) => {
  const response = await page.goto('/');
  const headers = response!.headers();
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('same-origin');
  expect(headers['permissions-policy']).toContain('camera=()');
  expect(headers['permissions-policy']).toContain('geolocation=()');
  expect(headers['cache-control']).toContain('no-store');
  expect(headers['x-request-id']).toMatch(/^[\w-]{8,}$/);
});

test('the scripts run under the policy without violations', async ({ page, baseURL }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) violations.push(message.text());
  });
  const external: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).origin !== new URL(baseURL!).origin) external.push(request.url());
  });

  await page.goto('/login');
  await page.getByLabel('Email').fill('nobody@example.test');
  await page.getByLabel('Kata sandi').fill('wrong password here');
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
  // Only the hydrated page moves focus to the error summary.
  await expect(page.locator('.error-summary')).toBeFocused();

  expect(violations).toEqual([]);
  expect(external, 'requests to other sites').toEqual([]);
});

test('the thread page and its live updates run under the policy', async ({
  page,
  context,
  request,
  baseURL,
}) => {
  const scene = await forumScene(request);
  await signInWithToken(context, scene.author.token);
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) violations.push(message.text());
  });
  const external: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).origin !== new URL(baseURL!).origin) external.push(request.url());
  });

  await page.goto(`/threads/${scene.threadId}`);
  // The live stream (same origin, Server-Sent Events) is open: the token stayed on the server.
  await waitForLive(page);
  expect(violations).toEqual([]);
  expect(external, 'requests to other sites').toEqual([]);
});

test('the live stream is only for a signed-in viewer and a well-formed thread', async ({
  request,
  baseURL,
}) => {
  expect((await request.get(`${baseURL}/live`)).status()).toBe(401);
  const scene = await forumScene(request);
  const headers = { cookie: `sebaya_session=${scene.author.token}` };
  expect((await request.get(`${baseURL}/live?thread=not-an-id`, { headers })).status()).toBe(400);
});

test('the session cookie is httpOnly, SameSite=Lax and holds the API token only', async ({
  page,
  context,
}) => {
  const user = newUser('sari');
  await page.goto('/register');
  await fillRegistration(page, 'id', user);
  await page.getByRole('button', { name: 'Buat akun' }).click();
  await expect(page.getByTestId('signed-in-as')).toBeVisible();

  const session = (await context.cookies()).find((cookie) => cookie.name === 'sebaya_session');
  expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/', secure: false });
  expect(await page.evaluate(() => document.cookie)).not.toContain('sebaya_session');
});

test('form posts from other sites are refused', async ({ request, baseURL }) => {
  const attempts: Record<string, string>[] = [
    { origin: 'http://evil.example' },
    { origin: 'http://evil.example', 'sec-fetch-site': 'cross-site' },
    { 'sec-fetch-site': 'same-site' },
    {},
  ];
  for (const headers of attempts) {
    const response = await request.post(`${baseURL}/logout`, {
      headers,
      form: { anything: '1' },
      maxRedirects: 0,
    });
    expect(response.status(), JSON.stringify(headers)).toBe(403);
  }
  // The same post from this site is accepted (and redirects home).
  const ok = await request.post(`${baseURL}/logout`, {
    headers: { origin: baseURL!, accept: 'text/html' },
    form: {},
    maxRedirects: 0,
  });
  expect(ok.status()).toBe(303);
});

test('forms also work when the site is opened as localhost', async ({ page, request, baseURL }) => {
  const user = newUser('tari');
  await createAccount(request, user);
  const localhost = baseURL!.replace('127.0.0.1', 'localhost');

  await page.goto(`${localhost}/login`);
  await fillLogin(page, 'id', user.email, user.password);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
  await expect(page.getByTestId('signed-in-as')).toBeVisible();
  expect(page.url()).toBe(`${localhost}/`);
});

test('visiting /logout or /locale does not change anything', async ({ page, request, context }) => {
  const user = newUser('umar');
  await createAccount(request, user);
  await page.goto('/login');
  await fillLogin(page, 'id', user.email, user.password);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
  await expect(page.getByTestId('signed-in-as')).toBeVisible();

  await page.goto('/logout');
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByTestId('signed-in-as')).toBeVisible();
  await page.goto('/locale?locale=en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');
  expect((await context.cookies()).some((cookie) => cookie.name === 'sebaya_session')).toBe(true);
});

test('an unknown page is a 404 with a way home', async ({ page }) => {
  const response = await page.goto('/no-such-page');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Halaman ini tidak ditemukan.');
  await expect(page.getByRole('link', { name: 'Kembali ke beranda' })).toBeVisible();
});

import { expect, test } from './fixtures';
import { cleanEnv, freePort, startNode, stopProcess, waitForHttp, WEB_MAIN, type Started } from './stack';

// A second web server whose API is unreachable: the home page must still
// give someone in crisis a number to call, and forms must say what happened.
test.describe('when the API cannot be reached', () => {
  let web: Started | undefined;
  let url = '';

  test.beforeAll(async () => {
    const deadApiPort = await freePort();
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    web = startNode(
      'web-no-api',
      WEB_MAIN,
      cleanEnv({
        NODE_ENV: 'production',
        HOST: '127.0.0.1',
        PORT: String(port),
        API_URL: `http://127.0.0.1:${deadApiPort}`,
      }),
    );
    await waitForHttp(`${url}/`, web);
  });

  test.afterAll(async () => {
    if (web) await stopProcess(web.child);
  });

  test('the home page still lists emergency numbers', async ({ page }) => {
    const response = await page.goto(`${url}/`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('status')).toHaveText(
      'Daftar lengkap tidak dapat dimuat saat ini. Dalam keadaan darurat, hubungi 112.',
    );
    await expect(
      page.getByTestId('safety-resources').getByRole('link', { name: '112', exact: true }),
    ).toHaveAttribute('href', 'tel:112');
  });

  test('logging in says Sebaya cannot be reached', async ({ page }) => {
    await page.goto(`${url}/login`);
    await page.getByLabel('Email').fill('someone@example.test');
    await page.getByLabel('Kata sandi').fill('a long enough password');
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    await expect(page.getByTestId('form-error')).toHaveText(
      'Sebaya sedang tidak dapat dihubungi. Coba lagi sebentar lagi.',
    );
  });
});

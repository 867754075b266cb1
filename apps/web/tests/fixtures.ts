import { randomBytes } from 'node:crypto';
import {
  test as base,
  expect,
  type APIRequestContext,
  type BrowserContext,
  type Page,
} from '@playwright/test';
import { API_URL_ENV, WEB_URL_ENV } from './e2e-env';

export { expect };

function fromEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the tests with -c apps/web/playwright.config.ts`);
  return value;
}

export const webUrl = () => fromEnv(WEB_URL_ENV);
export const apiUrl = () => fromEnv(API_URL_ENV);

export const test = base.extend({
  // The web listens on a port chosen by global-setup.
  // eslint-disable-next-line no-empty-pattern
  baseURL: async ({}, use) => {
    await use(webUrl());
  },
});

export interface TestUser {
  email: string;
  displayName: string;
  password: string;
}

/**
 * Waits until the page is hydrated (the root layout marks <html>): a click before that is the
 * browser's own, so focus and enhanced forms behave as without JavaScript.
 */
export async function waitForHydration(page: Page): Promise<void> {
  await expect(page.locator('html[data-hydrated]')).toHaveCount(1, { timeout: 10_000 });
}

/** A user nobody else in this run has. */
export function newUser(label = 'user'): TestUser {
  const id = randomBytes(4).toString('hex');
  return {
    email: `${label}-${id}@example.test`,
    displayName: `${label} ${id}`,
    password: 'a calm walk by the sea',
  };
}

type Locale = 'id' | 'en';

/** Creates an account through the API (faster than the form); returns its session token. */
export async function createAccount(request: APIRequestContext, user: TestUser, locale: Locale = 'id') {
  const data = await graphql<{ register: { token: string } }>(
    request,
    `
      mutation ($input: RegisterInput!) {
        register(input: $input) {
          token
        }
      }
    `,
    { input: { ...user, locale } },
  );
  return data.register.token;
}

export async function graphql<T>(
  request: APIRequestContext,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<T> {
  const response = await request.post(`${apiUrl()}/graphql`, {
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    data: { query, variables },
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors?.length || !body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** Signs the browser in with a token from `createAccount`, as the login form would. */
export async function signInWithToken(context: BrowserContext, token: string): Promise<void> {
  await context.addCookies([
    { name: 'sebaya_session', value: token, url: webUrl(), httpOnly: true, sameSite: 'Lax' },
  ]);
}

export async function setLocaleCookie(context: BrowserContext, locale: Locale): Promise<void> {
  await context.addCookies([
    { name: 'sebaya_locale', value: locale, url: webUrl(), httpOnly: true, sameSite: 'Lax' },
  ]);
}

/** The strings the tests look for, in both languages (a copy on purpose: the tests check the dictionaries). */
export const text = {
  id: {
    nav: 'Navigasi utama',
    heading: 'Kamu tidak harus melewatinya sendirian.',
    switchLanguage: 'Ganti bahasa ke English',
    login: 'Masuk',
    register: 'Daftar',
    logout: 'Keluar',
    account: 'Akun',
    email: 'Email',
    displayName: 'Nama tampilan',
    password: 'Kata sandi',
    createAccount: 'Buat akun',
    loginSubmit: 'Masuk',
    signedInAs: (name: string) => `Masuk sebagai ${name}`,
    welcome: (name: string) => `Selamat datang, ${name}.`,
    safetyHeading: 'Butuh bantuan sekarang?',
  },
  en: {
    nav: 'Main navigation',
    heading: 'You do not have to go through it alone.',
    switchLanguage: 'Switch language to Bahasa Indonesia',
    login: 'Log in',
    register: 'Sign up',
    logout: 'Log out',
    account: 'Account',
    email: 'Email',
    displayName: 'Display name',
    password: 'Password',
    createAccount: 'Create account',
    loginSubmit: 'Log in',
    signedInAs: (name: string) => `Signed in as ${name}`,
    welcome: (name: string) => `Welcome, ${name}.`,
    safetyHeading: 'Need help right now?',
  },
} as const;

export function nav(page: Page, locale: Locale) {
  return page.getByRole('navigation', { name: text[locale].nav });
}

/** Waits for a form post to be answered (with or without JavaScript). */
export async function submitAndWait(page: Page, submit: () => Promise<void>, path: string): Promise<void> {
  const answered = page.waitForResponse(
    (response) => response.request().method() === 'POST' && new URL(response.url()).pathname === path,
  );
  await submit();
  await answered;
}

export async function fillRegistration(page: Page, locale: Locale, user: TestUser): Promise<void> {
  const t = text[locale];
  await page.getByLabel(t.email).fill(user.email);
  await page.getByLabel(t.displayName).fill(user.displayName);
  await page.getByLabel(t.password).fill(user.password);
}

export async function fillLogin(page: Page, locale: Locale, email: string, password: string): Promise<void> {
  const t = text[locale];
  await page.getByLabel(t.email).fill(email);
  await page.getByLabel(t.password).fill(password);
}

import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { expectNoSeriousViolations } from './axe';
import { expect, graphql, setLocaleCookie, signInWithToken, test } from './fixtures';
import { coordinatorToken, newMember, uniqueWord } from './forum-helpers';
import { newCoordinator } from './moderation-helpers';

/**
 * /admin/safety-resources: coordinators keep the crisis and support services
 * that the home page (and the answer to a post suggesting risk) shows. The
 * list is shared by every test of the run, so each test adds its own
 * services (far down the list, position 9000+) and removes them again.
 */

const PATH = '/admin/safety-resources';

interface Service {
  name: string;
  contact: string;
  descriptionId: string;
  descriptionEn: string;
  position: number;
}

/** A service nobody else in this run has, with a number that is no other test's. */
function newService(label = 'Layanan'): Service {
  const word = uniqueWord('');
  const digits = String(Math.floor(Math.random() * 1e8)).padStart(8, '0');
  return {
    name: `${label} ${word}`,
    contact: `0800-${digits.slice(0, 4)}-${digits.slice(4)}`,
    descriptionId: `Konseling ${word} lewat telepon, setiap hari.`,
    descriptionEn: `Counselling ${word} by phone, every day.`,
    position: 9000 + Math.floor(Math.random() * 900),
  };
}

async function createService(request: APIRequestContext, service: Service): Promise<string> {
  const data = await graphql<{ createSafetyResource: { id: string } }>(
    request,
    'mutation ($input: SafetyResourceInput!) { createSafetyResource(input: $input) { id } }',
    { input: service },
    await coordinatorToken(request),
  );
  return data.createSafetyResource.id;
}

/** Removes a service the test made (already gone is fine). */
async function removeService(request: APIRequestContext, id: string): Promise<void> {
  await graphql(
    request,
    'mutation ($id: ID!) { deleteSafetyResource(id: $id) }',
    { id },
    await coordinatorToken(request),
  ).catch((error: Error) => {
    if (!error.message.includes('NOT_FOUND')) throw error;
  });
}

async function listedServices(request: APIRequestContext) {
  const data = await graphql<{ safetyResources: (Service & { id: string })[] }>(
    request,
    '{ safetyResources { id name contact descriptionId descriptionEn position } }',
  );
  return data.safetyResources;
}

function item(page: Page, name: string): Locator {
  return page
    .getByTestId('admin-safety-resource')
    .filter({ has: page.getByRole('heading', { name, exact: true }) });
}

/** The home page's safety panel, as anyone sees it. */
function homePanel(page: Page): Locator {
  return page.locator('#bantuan').getByTestId('safety-resources');
}

async function fillService(scope: Locator | Page, service: Partial<Record<keyof Service, string>>) {
  const labels: Record<keyof Service, string> = {
    name: 'Nama',
    contact: 'Kontak',
    descriptionId: 'Deskripsi (Bahasa Indonesia)',
    descriptionEn: 'Deskripsi (bahasa Inggris)',
    position: 'Posisi',
  };
  for (const [field, value] of Object.entries(service) as [keyof Service, string][]) {
    await scope.getByLabel(labels[field], { exact: true }).fill(value);
  }
}

const asText = (service: Service) => ({ ...service, position: String(service.position) });

test('a coordinator adds a service, it is on the home page, and edits and removes it', async ({
  page,
  context,
  browser,
  request,
}) => {
  const coordinator = await newCoordinator(request);
  await signInWithToken(context, coordinator.token);
  const service = newService();
  // The public page, in a browser of its own (signed out, in English).
  const visitor = await browser.newContext();
  await setLocaleCookie(visitor, 'en');
  const home = await visitor.newPage();

  try {
    await page.goto('/');
    await page.getByTestId('safety-resources-link').click();
    await expect(page).toHaveURL(new RegExp(`${PATH}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Layanan bantuan');
    await expect(page.getByTestId('safety-resources-link')).toHaveAttribute('aria-current', 'page');
    // The seeded services come first, in order.
    await expect(page.getByTestId('admin-safety-resource').first()).toContainText('Darurat / Emergency 112');

    // Add.
    const add = page.locator('#add');
    await fillService(add, asText(service));
    await add.getByRole('button', { name: 'Tambahkan layanan' }).click();
    const added = item(page, service.name);
    await expect(added.getByTestId('safety-done')).toHaveText(
      'Layanan ditambahkan. Sekarang semua orang bisa melihatnya.',
    );
    await expect(page).toHaveURL(/\?done=added&resource=[0-9a-f-]+#resource-[0-9a-f-]+$/);
    await expect(added.getByTestId('resource-contact')).toHaveText(service.contact);
    await expect(added.getByTestId('resource-position')).toHaveText(String(service.position));
    await expect(add.getByLabel('Nama', { exact: true })).toHaveValue('');

    await home.goto('/');
    await expect(homePanel(home)).toContainText(service.name);
    await expect(homePanel(home)).toContainText(service.descriptionEn);
    await expect(homePanel(home).getByRole('link', { name: service.contact, exact: true })).toHaveAttribute(
      'href',
      `tel:${service.contact.replaceAll('-', '')}`,
    );

    // Edit: a web address instead of the number, and another English description.
    const edited = {
      contact: `${uniqueWord('bantuan')}.example.org`,
      descriptionEn: `Chat ${uniqueWord('')} online.`,
    };
    await added.getByTestId('edit-resource').locator('summary').click();
    await expect(added.getByLabel('Kontak', { exact: true })).toHaveValue(service.contact);
    await fillService(added, edited);
    await added.getByRole('button', { name: 'Simpan perubahan' }).click();
    await expect(added.getByTestId('safety-done')).toHaveText('Perubahan disimpan.');
    await expect(added.getByTestId('resource-contact')).toHaveText(edited.contact);
    await expect(added.getByTestId('edit-resource')).not.toHaveAttribute('open');

    await home.reload();
    await expect(homePanel(home)).toContainText(edited.descriptionEn);
    await expect(homePanel(home).getByRole('link', { name: edited.contact })).toHaveAttribute(
      'href',
      `https://${edited.contact}`,
    );
    await expect(homePanel(home)).not.toContainText(service.contact);

    // Remove: "Hapus" opens the question, "Ya, hapus" removes.
    await added.getByTestId('remove-resource').locator('summary').click();
    await expect(added.getByTestId('remove-resource')).toContainText(`Hapus ${service.name} dari daftar?`);
    await added.getByRole('button', { name: 'Ya, hapus' }).click();
    await expect(page.getByTestId('safety-done')).toHaveText('Layanan dihapus dari daftar.');
    await expect(item(page, service.name)).toHaveCount(0);

    await home.reload();
    await expect(homePanel(home)).not.toContainText(service.name);
    await expect(homePanel(home).getByRole('link', { name: '112', exact: true })).toBeVisible();
  } finally {
    await visitor.close();
    for (const listed of await listedServices(request)) {
      if (listed.name === service.name) await removeService(request, listed.id);
    }
  }
});

test('a wrong field is reported at the field and nothing changes', async ({ page, context, request }) => {
  const coordinator = await newCoordinator(request);
  await signInWithToken(context, coordinator.token);
  const service = newService();
  const id = await createService(request, service);
  try {
    await page.goto(PATH);
    const mine = item(page, service.name);

    // Editing: a name too short (the API's word, as for every field).
    await mine.getByTestId('edit-resource').locator('summary').click();
    await fillService(mine, { name: 'X', descriptionId: 'Teks baru yang tidak disimpan.' });
    await mine.getByRole('button', { name: 'Simpan perubahan' }).click();
    await expect(page).toHaveTitle('Kesalahan: Layanan bantuan · Sebaya');
    await expect(page.locator(`[id="edit-${id}-name-error"]`)).toHaveText(
      'Kesalahan: Tulis nama dengan 2 sampai 100 karakter.',
    );
    await expect(mine.getByTestId('edit-resource')).toHaveAttribute('open');
    await expect(mine.getByLabel('Nama', { exact: true })).toHaveValue('X');
    await expect(mine.getByLabel('Nama', { exact: true })).toHaveAttribute('aria-invalid', 'true');
    await expect(mine.getByLabel('Deskripsi (Bahasa Indonesia)')).toHaveValue(
      'Teks baru yang tidak disimpan.',
    );
    await expect(mine.locator('.error-summary')).toContainText('Tulis nama dengan 2 sampai 100 karakter.');
    // A position out of range.
    await fillService(mine, { name: service.name, position: '20000' });
    await mine.getByRole('button', { name: 'Simpan perubahan' }).click();
    await expect(page.locator(`[id="edit-${id}-position-error"]`)).toHaveText(
      'Kesalahan: Tulis bilangan bulat dari 0 sampai 10.000, atau kosongkan.',
    );
    await expect(page.locator(`[id="edit-${id}-name-error"]`)).toHaveCount(0);

    // Adding: no English description, and a position that is no number.
    const other = newService('Tidak jadi');
    const add = page.locator('#add');
    await fillService(add, { ...asText(other), descriptionEn: '', position: 'pertama' });
    await add.getByRole('button', { name: 'Tambahkan layanan' }).click();
    await expect(page.locator('#new-position-error')).toHaveText(
      'Kesalahan: Tulis bilangan bulat dari 0 sampai 10.000, atau kosongkan.',
    );
    await expect(add.getByLabel('Nama', { exact: true })).toHaveValue(other.name);
    // The position is checked first; with a number, the API finds the empty description.
    await fillService(add, { position: '5' });
    await add.getByRole('button', { name: 'Tambahkan layanan' }).click();
    await expect(page.locator('#new-descriptionEn-error')).toHaveText(
      'Kesalahan: Tulis deskripsi dalam bahasa Inggris (paling banyak 500 karakter).',
    );
    await expect(page.locator('#new-position-error')).toHaveCount(0);

    // Nothing changed (other tests change the list meanwhile: only these two are looked at).
    const after = await listedServices(request);
    expect(after.find((listed) => listed.id === id)).toEqual({ id, ...service });
    expect(after.filter((listed) => listed.name === other.name)).toEqual([]);
    await page.goto(PATH);
    await expect(item(page, service.name).getByTestId('resource-position')).toHaveText(
      String(service.position),
    );
    await expect(item(page, other.name)).toHaveCount(0);
  } finally {
    await removeService(request, id);
  }
});

test('members get a 403 and no link, and their posts change nothing', async ({ page, context, request }) => {
  const member = await newMember(request, 'wulan');
  await signInWithToken(context, member.token);
  await page.goto('/');
  await expect(page.getByTestId('signed-in-as')).toBeVisible();
  await expect(page.getByTestId('safety-resources-link')).toHaveCount(0);
  const response = await page.goto(PATH);
  expect(response?.status()).toBe(403);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kamu tidak punya akses ke halaman ini.');

  // A post straight to the action: the API refuses it.
  const service = newService('Bukan koordinator');
  const posted = await page.request.post(`${PATH}?/create`, {
    headers: { origin: new URL(page.url()).origin, accept: 'text/html' },
    form: asText(service),
    maxRedirects: 0,
  });
  expect(posted.status()).toBe(403);
  expect((await listedServices(request)).filter((listed) => listed.name === service.name)).toEqual([]);

  // Signed out: to the login page, then back.
  await context.clearCookies();
  await page.goto(PATH);
  await expect(page).toHaveURL(/\/login\?next=%2Fadmin%2Fsafety-resources/);
});

// Axe checks structure, the same in both languages: the two halves of the page take one each.
test('the page and its edit form have no serious axe violations (id)', async ({ page, context, request }) => {
  const coordinator = await newCoordinator(request, 'id');
  await signInWithToken(context, coordinator.token);
  const service = newService();
  const id = await createService(request, service);
  try {
    await page.goto(PATH);
    await expect(page.locator('html')).toHaveAttribute('lang', 'id');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Layanan bantuan');
    await expectNoSeriousViolations(page);

    // Both panels open, then errors in the edit form.
    const mine = item(page, service.name);
    await mine.getByTestId('remove-resource').locator('summary').click();
    await mine.getByTestId('edit-resource').locator('summary').click();
    await expectNoSeriousViolations(page);
    await mine.locator(`[id="edit-${id}-name"]`).fill('');
    await mine.locator('form.form button[type="submit"]').click();
    await expect(page.locator(`[id="edit-${id}-name-error"]`)).toBeVisible();
    await expectNoSeriousViolations(page);
  } finally {
    await removeService(request, id);
  }
});

test('the add form and a saved edit have no serious axe violations (en)', async ({
  page,
  context,
  request,
}) => {
  const coordinator = await newCoordinator(request, 'en');
  await signInWithToken(context, coordinator.token);
  const service = newService();
  const id = await createService(request, service);
  try {
    await page.goto(PATH);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Safety resources');

    // Errors in the add form, and a success message.
    await page.locator('#add button[type="submit"]').click();
    await expect(page.locator('#new-name-error')).toBeVisible();
    await expectNoSeriousViolations(page);
    const mine = item(page, service.name);
    await page.goto(PATH);
    await mine.getByTestId('edit-resource').locator('summary').click();
    await mine.locator('form.form button[type="submit"]').click();
    await expect(mine.getByTestId('safety-done')).toBeVisible();
    await expectNoSeriousViolations(page);
  } finally {
    await removeService(request, id);
  }
});

test('the page fits a 360px screen, with a service being edited', async ({ browser, request }) => {
  const context = await browser.newContext({
    viewport: { width: 360, height: 740 },
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 2,
  });
  // A long contact without spaces, as web addresses are.
  const service = { ...newService(), contact: `${uniqueWord('layananbantuankrisis')}.example.org` };
  const id = await createService(request, service);
  try {
    await signInWithToken(context, (await newCoordinator(request)).token);
    const page = await context.newPage();
    await page.goto(PATH);
    await item(page, service.name).getByTestId('edit-resource').locator('summary').click();
    await item(page, service.name).getByTestId('remove-resource').locator('summary').click();
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    expect(clientWidth).toBe(360);
    expect(scrollWidth, `page is ${scrollWidth}px wide`).toBeLessThanOrEqual(clientWidth);
  } finally {
    await context.close();
    await removeService(request, id);
  }
});

test('two services with the same name do not break the home page', async ({ page, request }) => {
  const service = newService();
  const ids = [
    await createService(request, service),
    await createService(request, { ...service, contact: '0800-1-2-3' }),
  ];
  try {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto('/', { waitUntil: 'networkidle' });
    await expect(homePanel(page).getByRole('heading', { name: service.name, exact: true })).toHaveCount(2);
    // A duplicate key in a keyed list stopped the page's scripts as they took over the page, and
    // the whole list (112 too) disappeared.
    expect(errors).toEqual([]);
    await expect(homePanel(page).getByRole('link', { name: '112', exact: true })).toBeVisible();
  } finally {
    for (const id of ids) await removeService(request, id);
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a coordinator adds and removes a service, and sees an error at its field', async ({
    page,
    context,
    request,
  }) => {
    const coordinator = await newCoordinator(request, 'en');
    await signInWithToken(context, coordinator.token);
    const service = newService('Service');
    try {
      await page.goto(PATH);
      const add = page.locator('#add');
      await add.getByLabel('Name', { exact: true }).fill(service.name);
      await add.getByLabel('Contact', { exact: true }).fill('x');
      await add.getByLabel('Description (Bahasa Indonesia)', { exact: true }).fill(service.descriptionId);
      await add.getByLabel('Description (English)', { exact: true }).fill(service.descriptionEn);
      await add.getByRole('button', { name: 'Add the service' }).click();
      await expect(page).toHaveTitle('Error: Safety resources · Sebaya');
      await expect(page).toHaveURL(/#add$/);
      await expect(page.locator('#new-contact-error')).toHaveText(
        'Error: Write a contact of 2 to 100 characters.',
      );
      await expect(add.getByLabel('Description (English)', { exact: true })).toHaveValue(
        service.descriptionEn,
      );

      await add.getByLabel('Contact', { exact: true }).fill(service.contact);
      await add.getByRole('button', { name: 'Add the service' }).click();
      const added = item(page, service.name);
      await expect(added.getByTestId('safety-done')).toHaveText('Service added. Everyone can see it now.');
      // No position: 100, after the seeded services.
      await expect(added.getByTestId('resource-position')).toHaveText('100');
      await expect(add.getByLabel('Name', { exact: true })).toHaveValue('');

      await added.getByTestId('remove-resource').locator('summary').click();
      await added.getByRole('button', { name: 'Yes, remove' }).click();
      await expect(page).toHaveURL(/\?done=removed#resources$/);
      await expect(page.getByTestId('safety-done')).toHaveText('Service removed from the list.');
      await expect(item(page, service.name)).toHaveCount(0);
      expect((await listedServices(request)).some((listed) => listed.name === service.name)).toBe(false);
    } finally {
      for (const listed of await listedServices(request)) {
        if (listed.name === service.name) await removeService(request, listed.id);
      }
    }
  });
});

import { mkdirSync } from 'node:fs';
import { closeBrowser, describeApp, launchApp, rawApi, type RunningApp } from './fixtures/app';

afterAll(() => closeBrowser());

/** Screenshots for the eye, outside the repository. */
const SHOTS = process.env.E2E_SHOTS ?? '/tmp/porte-voix-e2e/a-faire';

async function api<T>(app: RunningApp, channel: string, body: unknown): Promise<T> {
  const { json } = await rawApi(app, channel, body);
  const result = json as { ok: boolean; value: T; error?: { message: string } };
  if (!result.ok) throw new Error(result.error?.message);
  return result.value;
}

describeApp('« À faire » page par page', (target) => {
  let app: RunningApp;
  beforeEach(async () => {
    app = await launchApp(target);
  });
  afterEach(() => app.close());

  it('montre le nombre réel de lignes d’une section longue et ses lignes 50 par 50', async () => {
    // The fixtures go through the browser-mode API; the Electron target has no such door.
    if (target !== 'navigateur') return;
    const { page } = app;
    const organisation = await api<{ id: number }>(app, 'organisations:create', {
      name: 'CHU de Rennes',
      kind: 'etablissement',
      city: 'Rennes',
    });
    const types = await api<Array<{ id: number; code: string }>>(app, 'instanceTypes:list', {});
    // 36 instances without anyone: 72 vacant seats (one line per instance and role).
    for (let i = 1; i <= 36; i += 1) {
      await api(app, 'instances:create', {
        organisationId: organisation.id,
        typeId: types.find((t) => t.code === 'CDU')?.id,
        name: `Commission ${String(i).padStart(2, '0')}`,
        seatsTitulaire: 1,
        seatsSuppleant: 1,
        targetMin: 0,
        mandateMonths: null,
        involvementLevel: null,
        participationForm: null,
        meetingPlace: null,
      });
    }
    await page.reload();
    const section = page.getByTestId('a-faire-vacants');
    await section.getByLabel('72 à traiter').waitFor();
    await section.getByText('Lignes 1 à 50 sur 72').waitFor();
    expect(await section.getByRole('row').count()).toBe(50);
    await section.getByText('Commission 01').first().waitFor();

    mkdirSync(SHOTS, { recursive: true });
    for (const width of [1366, 1024]) {
      await page.setViewportSize({ width, height: 768 });
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: `${SHOTS}/a-faire-${width}.png` });
      await section.getByText('Lignes 1 à 50 sur 72').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SHOTS}/a-faire-pages-${width}.png` });
    }

    await section.getByRole('button', { name: 'Lignes suivantes' }).click();
    await section.getByText('Lignes 51 à 72 sur 72').waitFor();
    expect(await section.getByRole('row').count()).toBe(22);
    await section.getByText('Commission 36').first().waitFor();
    // The count in the header stays the section's real count.
    await section.getByLabel('72 à traiter').waitFor();
    await page.getByText('Secrétariat (72)').waitFor();
    await page.screenshot({ path: `${SHOTS}/a-faire-suite-1024.png` });

    await section.getByRole('button', { name: 'Lignes précédentes' }).click();
    await section.getByText('Lignes 1 à 50 sur 72').waitFor();
  });
});

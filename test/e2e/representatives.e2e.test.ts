import { closeBrowser, describeApp, filledValue, launchApp, rawApi, type RunningApp } from './fixtures/app';

afterAll(() => closeBrowser());

describeApp('Registre des représentants', (target) => {
  let app: RunningApp;
  beforeEach(async () => {
    app = await launchApp(target);
  });
  afterEach(() => app.close());

  it('crée, modifie, recherche, archive et restaure un représentant avec un véhicule', async () => {
    const { page } = app;
    await page.getByRole('link', { name: 'Personnes' }).click();
    await page.getByText('Aucune personne pour l’instant').waitFor();
    await page.getByRole('button', { name: 'Ajouter une personne' }).first().click();

    await page.getByLabel(/^Nom/).fill('D’Argenson');
    await page.getByLabel('Prénom').fill('Hélène');
    await page.getByLabel('E-mail').fill('helene@exemple.fr');
    await page.getByLabel('Code postal').fill('35000');
    await page.getByLabel('Ville').fill('Rennes');
    await page.getByLabel('Salarié (congé de représentation)').check();
    await page.getByLabel('Employeur').fill('CHU de Rennes');
    await page.getByLabel('IBAN').fill('FR76 3000 6000 0112 3456 7890 189');
    await page.getByRole('button', { name: 'Ajouter un véhicule' }).click();
    await page.getByLabel('Puissance (CV)').fill('5');
    await page.getByLabel('Immatriculation').fill('ab-123-cd');
    await page.getByLabel('Électrique').check();
    await page.getByRole('button', { name: 'Enregistrer' }).click();

    await page.getByRole('heading', { name: 'Hélène D’Argenson' }).waitFor();
    await page.getByText('5 CV — électrique').waitFor();
    await page.getByText('AB-123-CD').waitFor();
    await page.getByText('Salarié — CHU de Rennes').waitFor();

    await page.getByRole('button', { name: 'Modifier' }).click();
    await page.getByLabel('Ville').fill('Saint-Malo');
    await page.getByLabel('Code postal').fill('35400');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByText('35400 Saint-Malo').waitFor();

    await page.getByRole('link', { name: 'Personnes' }).first().click();
    await page.getByLabel('Rechercher').fill('argenson saint');
    await page.getByText('1 personne', { exact: true }).waitFor();
    await page.getByLabel('Rechercher').fill('helene malo');
    await page.getByRole('row').filter({ hasText: 'D’ARGENSON Hélène' }).click();

    await page.getByRole('button', { name: 'Archiver' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Archiver' }).click();
    await page.getByText('Fiche archivée', { exact: true }).first().waitFor();

    await page.getByRole('link', { name: 'Personnes' }).first().click();
    await page.getByLabel('Rechercher').fill('');
    await page.getByText('Aucune personne pour l’instant').waitFor();
    await page.getByText('Archivés').click();
    await page.getByText('1 personne', { exact: true }).waitFor();
    await page.getByRole('row').filter({ hasText: 'D’ARGENSON Hélène' }).click();
    await page.getByRole('button', { name: 'Restaurer' }).click();
    await page.getByRole('button', { name: 'Archiver' }).waitFor();
  });

  it('enregistre une patiente partenaire et filtre la liste par profil', async () => {
    const { page } = app;
    await page.getByRole('link', { name: 'Personnes' }).click();
    await page.getByRole('button', { name: 'Ajouter une personne' }).first().click();
    // A new person is « Représentant des usagers » unless another profile is chosen.
    // The choices (and so the default) arrive with the list of profiles, a moment after the form.
    const profile = page.getByRole('combobox', { name: 'Profil' });
    // The locator is read again at each poll: the select may be drawn anew when its choices arrive.
    expect(await filledValue(profile, 'Représentant des usagers', 30_000)).toBe('Représentant des usagers');
    await page.getByLabel(/^Nom/).fill('Martin');
    await page.getByLabel('Prénom').fill('Paul');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByRole('heading', { name: 'Paul Martin' }).waitFor();

    await page.getByRole('link', { name: 'Personnes' }).first().click();
    await page.getByRole('button', { name: 'Ajouter une personne' }).first().click();
    await page.getByRole('combobox', { name: 'Civilité' }).click();
    await page.getByRole('option', { name: 'Mme', exact: true }).click();
    // The labels agree with the civility.
    await page.getByRole('combobox', { name: 'Profil' }).click();
    await page.getByRole('option', { name: 'Patiente partenaire' }).click();
    await page.getByLabel(/^Nom/).fill('Lefèvre');
    await page.getByLabel('Prénom').fill('Claire');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByRole('heading', { name: 'Claire Lefèvre' }).waitFor();
    await page.getByText('Patiente partenaire').waitFor();

    await page.getByRole('link', { name: 'Personnes' }).first().click();
    await page.getByText('2 personnes', { exact: true }).waitFor();
    await page.getByRole('combobox', { name: 'Profil' }).click();
    await page.getByRole('option', { name: 'Patient partenaire' }).click();
    await page.getByText('1 personne', { exact: true }).waitFor();
    await page
      .getByRole('row')
      .filter({ hasText: 'LEFÈVRE Claire' })
      .getByText('Patiente partenaire')
      .waitFor();
    expect(await page.getByRole('row').filter({ hasText: 'MARTIN Paul' }).count()).toBe(0);
  });

  it('refuse une saisie invalide avec des messages en français, sans rien enregistrer ni perdre', async () => {
    const { page } = app;
    await page.goto(page.url().replace(/#.*$/, '#/representants/nouveau'));
    await page.getByLabel('Prénom').fill('Jean');
    await page.getByLabel('E-mail').fill('jean@');
    await page.getByLabel('IBAN').fill('FR76 3000 6000 0112 3456 7890 188');
    await page.getByRole('button', { name: 'Enregistrer' }).click();

    await page.getByText('Le nom est obligatoire').waitFor();
    await page.getByText(/Adresse e-mail invalide/).waitFor();
    await page.getByText(/IBAN invalide/).waitFor();
    // What was typed is still there.
    expect(await page.getByLabel('Prénom').inputValue()).toBe('Jean');
    expect(await page.getByLabel('E-mail').inputValue()).toBe('jean@');

    // Cancelling drops what was typed: asked first.
    await page.getByRole('button', { name: 'Annuler' }).click();
    await page.getByRole('dialog', { name: 'Quitter sans enregistrer ?' }).waitFor();
    await page.getByRole('button', { name: 'Quitter sans enregistrer' }).click();
    await page.getByText('Aucune personne pour l’instant').waitFor();
  });

  if (target === 'navigateur') {
    it('répond aux appels directs malformés par des erreurs typées, sans toucher à la base', async () => {
      const bad = await rawApi(app, 'representatives:create', {
        lastName: '',
        firstName: 'X',
        vehicles: 'non',
      });
      expect(bad.json).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
      const unknown = await rawApi(app, 'representatives:pirater', {});
      expect(unknown.json).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
      const notJson = await rawApi(app, 'representatives:create', '{oups');
      expect(notJson.status).toBe(400);
      const noToken = await rawApi(app, 'representatives:list', {}, { 'x-porte-voix-token': '' });
      expect(noToken.status).toBe(401);
      const list = await rawApi(app, 'representatives:list', { status: 'tous' });
      expect(list.json).toMatchObject({ ok: true, value: { total: 0 } });
    });
  }
});

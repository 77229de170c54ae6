/**
 * The date messages of the schemas shared by the forms and the boundary, and the dates of things
 * already done (a charter signature, a renunciation) refused when after today's date — the
 * clock of the context, which the tests move.
 */
import { dispatch } from '../../../electron/ipc/dispatch';
import * as charters from '../../../electron/charters/charters';
import * as claims from '../../../electron/claims/claims';
import { DATE_INVALID } from '../../../shared/rules/dates';
import { charterVersionInput, signatureInput } from '../../../shared/charters/schemas';
import { issuesToFieldErrors } from '../../../shared/fields';
import { mandateInput } from '../../../shared/register/schemas';
import { trainingInput } from '../../../shared/trainings/schemas';
import { createTestApp, type TestApp } from '../../helpers/context';
import { draft, personWithCar, trip } from '../claims/fixtures';
import { person } from '../trainings/fixtures';

let app: TestApp;
beforeEach(async () => {
  app = await createTestApp('2026-11-22T10:00:00.000Z');
});
afterEach(() => app.close());

const errorsOf = (result: {
  success: boolean;
  error?: { issues: Parameters<typeof issuesToFieldErrors>[0] };
}) => (result.error ? issuesToFieldErrors(result.error.issues) : {});

describe('date messages of the shared schemas', () => {
  const mandate = (startDate: string) =>
    errorsOf(
      mandateInput.safeParse({
        representativeId: 1,
        instanceId: 1,
        role: 'titulaire',
        startDate,
        endDate: null,
      }),
    );

  it('says « obligatoire » only when the date is empty', () => {
    expect(mandate('').startDate).toBe('La date de début est obligatoire');
    expect(
      errorsOf(
        signatureInput.safeParse({
          representativeId: 1,
          charterVersionId: 1,
          signedOn: '',
          method: 'papier',
        }),
      ).signedOn,
    ).toBe('La date de signature est obligatoire');
  });

  it('says the text is not a date when typed wrong or impossible, in every schema alike', () => {
    expect(mandate('32/13/2026').startDate).toBe(DATE_INVALID);
    expect(mandate('2025-02-29').startDate).toBe(DATE_INVALID);
    expect(mandate('2024-02-29').startDate).toBeUndefined();
    expect(
      errorsOf(
        charterVersionInput.safeParse({ title: 'C', version: '1', effectiveDate: '32/13/2026', body: 'x' }),
      ).effectiveDate,
    ).toBe(DATE_INVALID);
    expect(errorsOf(trainingInput.safeParse({ date: '29/02/2025' })).date).toBe(DATE_INVALID);
  });
});

describe('dates of what was already done', () => {
  it('refuses a charter signature dated after today, at the boundary, with a French message', async () => {
    const p = await person(app.ctx, 'Alice', 'Martin');
    const v = await charters.createVersion(
      app.ctx,
      charterVersionInput.parse({
        title: 'Charte',
        version: '1',
        effectiveDate: '2026-01-01',
        body: 'Texte',
      }),
    );
    const input = { representativeId: p.id, charterVersionId: v.id, method: 'papier' };
    const future = await dispatch(app.ctx, 'charters:sign', { ...input, signedOn: '2026-11-23' });
    expect(future.ok).toBe(false);
    if (!future.ok)
      expect(future.error.message).toBe(
        'La date de signature ne peut pas être dans le futur (au plus tard le 22/11/2026)',
      );
    expect(await app.ctx.db.selectFrom('charter_signature').select('id').execute()).toHaveLength(0);
    expect((await dispatch(app.ctx, 'charters:sign', { ...input, signedOn: '2026-11-22' })).ok).toBe(true);
    // The clock moves: the next day is no longer in the future.
    app.setNow('2026-11-23T08:00:00.000Z');
    const p2 = await person(app.ctx, 'Bruno', 'Le Goff');
    expect(
      (
        await dispatch(app.ctx, 'charters:sign', {
          ...input,
          representativeId: p2.id,
          signedOn: '2026-11-23',
        })
      ).ok,
    ).toBe(true);
  });

  it('refuses a renunciation signed after today and leaves the claim as it was', async () => {
    const { person: who, vehicleId } = await personWithCar(app.ctx);
    const c = await draft(app.ctx, who.id, [trip(vehicleId, '2026-11-10', 100)]);
    await claims.submitClaim(app.ctx, c.id);
    const result = await dispatch(app.ctx, 'claims:renounce', { id: c.id, signedOn: '2026-11-30' });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.error.message).toBe(
        'La date de signature de la renonciation ne peut pas être dans le futur (au plus tard le 22/11/2026)',
      );
    expect((await claims.getClaim(app.ctx, c.id)).status).toBe('soumise');
    const bad = await dispatch(app.ctx, 'claims:renounce', { id: c.id, signedOn: '32/13/2026' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.message).toContain(DATE_INVALID);
  });
});

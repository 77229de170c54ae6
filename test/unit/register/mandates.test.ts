import { createTestApp, type TestApp } from '../../helpers/context';
import { AppError } from '../../../electron/errors';
import { getInstance } from '../../../electron/register/instances';
import {
  deleteMandate,
  endMandate,
  listMandatesOfPerson,
  renewalDraft,
  renewMandate,
  reopenMandate,
} from '../../../electron/register/mandates';
import { setRepresentativeArchived } from '../../../electron/register/representatives';
import { mandateInput } from '../../../shared/register/schemas';
import { cdu, mandate, person } from './fixtures';

let app: TestApp;
beforeEach(async () => {
  app = await createTestApp('2026-11-22T10:00:00.000Z');
});
afterEach(() => app.close());

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('attendu : un refus');
}

describe('mandates', () => {
  it('shows who holds each seat and which seats are vacant', async () => {
    const instance = await cdu(app.ctx);
    const a = await person(app.ctx, 'Alpha');
    await mandate(app.ctx, { representativeId: a.id, instanceId: instance.id });
    const detail = await getInstance(app.ctx, instance.id);
    expect(detail.seats.map((s) => [s.role, s.mandate?.representativeName ?? null])).toEqual([
      ['titulaire', 'Claire Alpha'],
      ['titulaire', null],
      ['suppleant', null],
      ['suppleant', null],
    ]);
    expect(detail.vacantSeats).toBe(3);
  });

  it('refuses an end before the start, in French, at the boundary', () => {
    const parsed = mandateInput.safeParse({
      representativeId: 1,
      instanceId: 1,
      role: 'titulaire',
      startDate: '2026-01-10',
      endDate: '2026-01-01',
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe('La date de fin doit être postérieure à la date de début');
  });

  it('refuses two overlapping mandates of the same person on the same instance', async () => {
    const instance = await cdu(app.ctx);
    const a = await person(app.ctx, 'Alpha');
    await mandate(app.ctx, { representativeId: a.id, instanceId: instance.id });
    const error = await refusal(
      mandate(app.ctx, {
        representativeId: a.id,
        instanceId: instance.id,
        role: 'suppleant',
        startDate: '2027-01-01',
        endDate: null,
      }),
    );
    expect(error.message).toContain('les deux périodes se chevauchent');
    expect((await listMandatesOfPerson(app.ctx, a.id)).length).toBe(1);
  });

  it('refuses a third titulaire on two seats unless a justification is given', async () => {
    const instance = await cdu(app.ctx);
    for (const name of ['Alpha', 'Bravo']) {
      const p = await person(app.ctx, name);
      await mandate(app.ctx, { representativeId: p.id, instanceId: instance.id });
    }
    const c = await person(app.ctx, 'Charlie');
    const error = await refusal(
      mandate(app.ctx, { representativeId: c.id, instanceId: instance.id, startDate: '2026-06-01' }),
    );
    expect(error.message).toContain('a 2 sièges de titulaire et 2 sont déjà occupés');
    expect(error.fieldErrors?.overCapacityJustification).toBeDefined();
    const forced = await mandate(app.ctx, {
      representativeId: c.id,
      instanceId: instance.id,
      startDate: '2026-06-01',
      overCapacityJustification: 'Siège supplémentaire accordé par l’ARS le temps d’un remplacement',
    });
    expect(forced.overCapacityJustification).toContain('ARS');
    const detail = await getInstance(app.ctx, instance.id);
    expect(detail.seats.filter((s) => s.extra).length).toBe(1);
  });

  it('lets a successor take a seat the day after the previous mandate ended', async () => {
    const instance = await cdu(app.ctx, { seatsTitulaire: 1 });
    const a = await person(app.ctx, 'Alpha');
    const first = await mandate(app.ctx, { representativeId: a.id, instanceId: instance.id });
    await endMandate(app.ctx, { id: first.id, endedOn: '2026-10-31', reason: 'demission', note: null });
    const b = await person(app.ctx, 'Bravo');
    const next = await mandate(app.ctx, {
      representativeId: b.id,
      instanceId: instance.id,
      startDate: '2026-11-01',
    });
    expect(next.status).toBe('actif');
  });

  it('ends a mandate with a reason and refuses an ending before its start or after its term', async () => {
    const instance = await cdu(app.ctx);
    const a = await person(app.ctx, 'Alpha');
    const m = await mandate(app.ctx, { representativeId: a.id, instanceId: instance.id });
    expect(
      (await refusal(endMandate(app.ctx, { id: m.id, endedOn: '2025-01-01', reason: 'autre', note: null })))
        .message,
    ).toContain('ne peut pas précéder');
    expect(
      (await refusal(endMandate(app.ctx, { id: m.id, endedOn: '2029-01-01', reason: 'autre', note: null })))
        .message,
    ).toContain('au plus tard le 30/11/2028');
    const ended = await endMandate(app.ctx, {
      id: m.id,
      endedOn: '2026-11-01',
      reason: 'demission',
      note: 'Déménagement',
    });
    expect(ended.status).toBe('termine');
    expect(ended.endReason).toBe('demission');
    expect(ended.effectiveEnd).toBe('2026-11-01');
    const reopened = await reopenMandate(app.ctx, m.id);
    expect(reopened.status).toBe('actif');
  });

  it('renews a mandate from the day after it ends, for the instance’s term length', async () => {
    const instance = await cdu(app.ctx);
    const a = await person(app.ctx, 'Alpha');
    const old = await mandate(app.ctx, {
      representativeId: a.id,
      instanceId: instance.id,
      startDate: '2022-12-01',
      endDate: '2025-11-30',
    });
    const draft = await renewalDraft(app.ctx, old.id);
    expect(draft.startDate).toBe('2025-12-01');
    expect(draft.endDate).toBe('2028-11-30');
    expect(draft.designationReference).toBeNull();
    expect(draft.designatingAuthority).toBe('Directeur général de l’ARS Bretagne');
    const renewed = await renewMandate(
      app.ctx,
      old.id,
      mandateInput.parse({ ...draft, designationReference: 'Arrêté 2025-99' }),
    );
    expect(renewed.renewedFromId).toBe(old.id);
    const history = await listMandatesOfPerson(app.ctx, a.id);
    expect(history.map((m) => m.startDate)).toEqual(['2025-12-01', '2022-12-01']);
    expect(history[1]?.renewedById).toBe(renewed.id);
    expect((await refusal(renewMandate(app.ctx, old.id, mandateInput.parse(draft)))).message).toContain(
      'déjà été renouvelé',
    );
  });

  it('pairs a suppléant with a titulaire and shows the pairing on both sides', async () => {
    const instance = await cdu(app.ctx);
    const a = await person(app.ctx, 'Alpha');
    const b = await person(app.ctx, 'Bravo');
    const tit = await mandate(app.ctx, { representativeId: a.id, instanceId: instance.id });
    const sup = await mandate(app.ctx, {
      representativeId: b.id,
      instanceId: instance.id,
      role: 'suppleant',
      pairedMandateId: tit.id,
    });
    expect(sup.pairedWith).toBe('Claire Alpha');
    const detail = await getInstance(app.ctx, instance.id);
    expect(detail.mandates.find((m) => m.id === tit.id)?.pairedWith).toBe('Claire Bravo');
    const error = await refusal(
      mandate(app.ctx, {
        representativeId: (await person(app.ctx, 'Charlie')).id,
        instanceId: instance.id,
        pairedMandateId: tit.id,
      }),
    );
    expect(error.message).toContain('suppléant');
  });

  it('refuses to pair a mandate already paired with someone else, from either side, or one on another period', async () => {
    const instance = await cdu(app.ctx);
    const [a, b, c, d] = [
      await person(app.ctx, 'Alpha'),
      await person(app.ctx, 'Bravo'),
      await person(app.ctx, 'Charlie'),
      await person(app.ctx, 'Delta'),
    ];
    const titA = await mandate(app.ctx, { representativeId: a.id, instanceId: instance.id });
    const supB = await mandate(app.ctx, {
      representativeId: b.id,
      instanceId: instance.id,
      role: 'suppleant',
      pairedMandateId: titA.id,
    });
    // The titulaire is already chosen by Bravo's suppléance (pointed to).
    const taken = await refusal(
      mandate(app.ctx, {
        representativeId: c.id,
        instanceId: instance.id,
        role: 'suppleant',
        pairedMandateId: titA.id,
      }),
    );
    expect(taken.message).toBe(
      'Ce titulaire est déjà associé au mandat de Claire Bravo : retirez d’abord cette association.',
    );
    // The suppléance already points to Alpha's mandate (pointing side).
    const pointing = await refusal(
      mandate(app.ctx, { representativeId: c.id, instanceId: instance.id, pairedMandateId: supB.id }),
    );
    expect(pointing.message).toContain('déjà associé au mandat de Claire Alpha');
    // No common day: the periods must overlap.
    const later = await refusal(
      mandate(app.ctx, {
        representativeId: d.id,
        instanceId: instance.id,
        startDate: '2028-12-01',
        endDate: '2031-11-30',
        pairedMandateId: (
          await mandate(app.ctx, {
            representativeId: c.id,
            instanceId: instance.id,
            role: 'suppleant',
            startDate: '2025-12-01',
            endDate: '2026-06-30',
          })
        ).id,
      }),
    );
    expect(later.message).toBe(
      'Le mandat associé (du 01/12/2025 au 30/06/2026) ne couvre aucun jour de ce mandat (du 01/12/2028 au 30/11/2031) : associez un suppléant en fonction sur la même période.',
    );
  });

  it('says « depuis le … sans date de fin » when the overlapping mandate has no end', async () => {
    const instance = await cdu(app.ctx);
    const a = await person(app.ctx, 'Alpha');
    await mandate(app.ctx, { representativeId: a.id, instanceId: instance.id, endDate: null });
    const error = await refusal(
      mandate(app.ctx, { representativeId: a.id, instanceId: instance.id, startDate: '2026-01-01' }),
    );
    expect(error.message).toBe(
      'Claire Alpha a déjà un mandat sur cette instance depuis le 01/12/2025, sans date de fin : les deux périodes se chevauchent.',
    );
  });
});

describe('archiving a person', () => {
  it('is refused while the person holds running or future mandates, listing them, and allowed once they end', async () => {
    const instance = await cdu(app.ctx);
    const other = await cdu(app.ctx, { name: 'Conseil territorial de santé' });
    const a = await person(app.ctx, 'Alpha');
    const running = await mandate(app.ctx, { representativeId: a.id, instanceId: instance.id });
    const future = await mandate(app.ctx, {
      representativeId: a.id,
      instanceId: other.id,
      role: 'suppleant',
      startDate: '2027-01-01',
      endDate: null,
    });
    const error = await refusal(setRepresentativeArchived(app.ctx, a.id, true));
    expect(error.code).toBe('FORBIDDEN_STATE');
    expect(error.message).toBe(
      'Claire Alpha a 2 mandats en cours ou à venir : Commission des usagers (titulaire, depuis le 01/12/2025, jusqu’au 30/11/2028) ; Conseil territorial de santé (suppléant, à partir du 01/01/2027, sans date de fin). Terminez-les d’abord (ou supprimez un mandat saisi par erreur), puis archivez la fiche.',
    );
    await endMandate(app.ctx, { id: running.id, endedOn: '2026-11-22', reason: 'demission', note: null });
    await deleteMandate(app.ctx, future.id);
    expect((await setRepresentativeArchived(app.ctx, a.id, true)).archived).toBe(true);
  });
});

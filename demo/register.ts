/**
 * Demo register: organisations of Ille-et-Vilaine and Bretagne, their instances, and mandates
 * past and present. Dates are computed from today, so that whenever the demo is loaded some
 * mandates end within the next 90 days, some seats are vacant and a CDU cycle is running.
 * Built through the services, so it obeys every rule the app enforces.
 */
import type { ServiceContext } from '../electron/service-context';
import { todayIso } from '../electron/service-context';
import { createInstance } from '../electron/register/instances';
import { createMandate, endMandate, renewalDraft, renewMandate } from '../electron/register/mandates';
import { createOrganisation } from '../electron/register/organisations';
import { addDays, addMonths, dayBefore } from '../shared/register/register-rules';
import {
  instanceInput,
  mandateInput,
  organisationInput,
  type InstanceInput,
  type MandateInput,
  type OrganisationInput,
} from '../shared/register/schemas';

const ARS = 'Directeur général de l’ARS Bretagne';
const FAS = 'France Assos Santé Bretagne';

/** Start of the running CDU cycle: 1 December of 2025, 2028… (3-year cycles), at or before today. */
export function currentCduCycleStart(today: string): string {
  const year = Number(today.slice(0, 4));
  for (let y = year; y >= year - 3; y -= 1) {
    const start = `${y}-12-01`;
    if ((((y - 2025) % 3) + 3) % 3 === 0 && start <= today) return start;
  }
  return `${year - 3}-12-01`;
}

export async function loadRegisterDemo(ctx: ServiceContext): Promise<void> {
  const today = todayIso(ctx);
  const people = await ctx.db.selectFrom('representative').select('id').orderBy('id', 'asc').execute();
  if (people.length < 30) return;
  const person = (index: number): number => (people[index] as { id: number }).id;
  const types = new Map(
    (await ctx.db.selectFrom('instance_type').select(['id', 'code']).execute()).map((t) => [t.code, t.id]),
  );
  const type = (code: string): number => {
    const id = types.get(code);
    if (id === undefined) throw new Error(`type d’instance ${code} absent`);
    return id;
  };

  const organisation = async (input: OrganisationInput) =>
    (await createOrganisation(ctx, organisationInput.parse(input))).id;
  const instance = async (
    input: Partial<InstanceInput> & Pick<InstanceInput, 'organisationId' | 'typeId' | 'name'>,
  ) =>
    (
      await createInstance(
        ctx,
        instanceInput.parse({
          seatsTitulaire: 0,
          seatsSuppleant: 0,
          targetMin: 2,
          mandateMonths: null,
          involvementLevel: null,
          participationForm: null,
          meetingPlace: null,
          notes: null,
          ...input,
        }),
      )
    ).id;
  const mandate = async (
    input: Partial<MandateInput> & Pick<MandateInput, 'representativeId' | 'instanceId' | 'startDate'>,
  ) =>
    createMandate(
      ctx,
      mandateInput.parse({
        role: 'titulaire',
        roleOther: null,
        endDate: null,
        designatingAuthority: null,
        designationReference: null,
        proposingAssociation: FAS,
        notes: null,
        pairedMandateId: null,
        overCapacityJustification: null,
        ...input,
      }),
    );

  // ---------------------------------------------------------------- organisations
  const chu = await organisation({
    name: 'CHU de Rennes',
    kind: 'etablissement',
    addressLine: '2 rue Henri Le Guilloux',
    postalCode: '35033',
    city: 'Rennes',
  });
  const clinique = await organisation({
    name: 'Clinique Saint-Laurent',
    kind: 'etablissement',
    addressLine: '320 avenue Général Patton',
    postalCode: '35700',
    city: 'Rennes',
  });
  const cpam = await organisation({
    name: 'CPAM d’Ille-et-Vilaine',
    kind: 'cpam',
    addressLine: 'Cours des Alliés',
    postalCode: '35024',
    city: 'Rennes',
  });
  const ars = await organisation({
    name: 'ARS Bretagne',
    kind: 'ars',
    addressLine: '6 place des Colombes',
    postalCode: '35042',
    city: 'Rennes',
  });
  const cptsNord = await organisation({
    name: 'CPTS Rennes Nord',
    kind: 'cpts',
    postalCode: '35760',
    city: 'Saint-Grégoire',
  });
  const cptsVitre = await organisation({
    name: 'CPTS du Pays de Vitré',
    kind: 'cpts',
    postalCode: '35500',
    city: 'Vitré',
  });
  const dac = await organisation({
    name: 'DAC 35 — Appui santé Ille-et-Vilaine',
    kind: 'dac',
    postalCode: '35000',
    city: 'Rennes',
  });
  const ptsm = await organisation({
    name: 'PTSM d’Ille-et-Vilaine',
    kind: 'autre',
    postalCode: '35000',
    city: 'Rennes',
    notes: 'Projet territorial de santé mentale, animé par le conseil local de santé mentale.',
  });
  const asso = await organisation({
    name: 'Collectif des usagers de santé d’Ille-et-Vilaine',
    kind: 'association',
    addressLine: '12 rue de Saint-Malo',
    postalCode: '35000',
    city: 'Rennes',
  });

  // ---------------------------------------------------------------- instances
  const cduChu = await instance({
    organisationId: chu,
    typeId: type('CDU'),
    name: 'CDU du CHU de Rennes',
    seatsTitulaire: 2,
    seatsSuppleant: 2,
    targetMin: 4,
    involvementLevel: 'consulter',
    participationForm: 'participation',
    meetingPlace: 'Hôpital Pontchaillou, salle du conseil',
  });
  const cduClinique = await instance({
    organisationId: clinique,
    typeId: type('CDU'),
    name: 'CDU de la Clinique Saint-Laurent',
    seatsTitulaire: 2,
    seatsSuppleant: 2,
    targetMin: 2,
    involvementLevel: 'consulter',
    participationForm: 'participation',
    meetingPlace: 'Clinique Saint-Laurent, salle Vilaine',
  });
  const cpamConseil = await instance({
    organisationId: cpam,
    typeId: type('CPAM'),
    name: 'Conseil de la CPAM d’Ille-et-Vilaine',
    seatsTitulaire: 1,
    seatsSuppleant: 1,
    targetMin: 1,
    involvementLevel: 'co_decider',
    participationForm: 'gouvernance',
    meetingPlace: 'CPAM, cours des Alliés',
  });
  const cts = await instance({
    organisationId: ars,
    typeId: type('CTS'),
    name: 'CTS Haute-Bretagne',
    seatsTitulaire: 2,
    seatsSuppleant: 2,
    targetMin: 2,
    involvementLevel: 'consulter',
    participationForm: 'participation',
    meetingPlace: 'ARS Bretagne ou visioconférence',
  });
  const crsa = await instance({
    organisationId: ars,
    typeId: type('CRSA'),
    name: 'CRSA Bretagne — commission droits des usagers',
    seatsTitulaire: 1,
    seatsSuppleant: 1,
    targetMin: 1,
    involvementLevel: 'consulter',
    participationForm: 'participation',
    meetingPlace: 'ARS Bretagne, Rennes',
  });
  const nordAg = await instance({
    organisationId: cptsNord,
    typeId: type('CPTS-AG'),
    name: 'Assemblée générale de la CPTS Rennes Nord',
    targetMin: 2,
    involvementLevel: 'co_decider',
    participationForm: 'gouvernance',
  });
  const nordCa = await instance({
    organisationId: cptsNord,
    typeId: type('CPTS-CA'),
    name: 'Conseil d’administration de la CPTS Rennes Nord',
    seatsTitulaire: 1,
    seatsSuppleant: 1,
    targetMin: 2,
    mandateMonths: 24,
    involvementLevel: 'co_decider',
    participationForm: 'gouvernance',
    meetingPlace: 'Maison de santé de Saint-Grégoire',
  });
  const nordGt = await instance({
    organisationId: cptsNord,
    typeId: type('CPTS-GT'),
    name: 'Groupe de travail « Parcours diabète »',
    targetMin: 2,
    involvementLevel: 'collaborer',
    participationForm: 'participation',
  });
  const nordBureau = await instance({
    organisationId: cptsNord,
    typeId: type('CPTS-BUREAU'),
    name: 'Bureau de la CPTS Rennes Nord',
    targetMin: 1,
    involvementLevel: 'co_decider',
    participationForm: 'gouvernance',
  });
  const vitreAg = await instance({
    organisationId: cptsVitre,
    typeId: type('CPTS-AG'),
    name: 'Assemblée générale de la CPTS du Pays de Vitré',
    targetMin: 2,
    involvementLevel: 'co_decider',
    participationForm: 'gouvernance',
  });
  const vitreCa = await instance({
    organisationId: cptsVitre,
    typeId: type('CPTS-CA'),
    name: 'Conseil d’administration de la CPTS du Pays de Vitré',
    seatsTitulaire: 1,
    seatsSuppleant: 1,
    targetMin: 2,
    mandateMonths: 36,
    involvementLevel: 'co_decider',
    participationForm: 'gouvernance',
  });
  const dacCa = await instance({
    organisationId: dac,
    typeId: type('DAC'),
    name: 'Conseil d’administration du DAC 35',
    seatsTitulaire: 1,
    seatsSuppleant: 1,
    targetMin: 2,
    mandateMonths: 36,
    involvementLevel: 'impliquer',
    participationForm: 'partenariat',
  });
  const ptsmCopil = await instance({
    organisationId: ptsm,
    typeId: type('PTSM'),
    name: 'Comité de pilotage du PTSM 35',
    seatsTitulaire: 1,
    seatsSuppleant: 1,
    targetMin: 2,
    mandateMonths: 60,
    involvementLevel: 'collaborer',
    participationForm: 'partenariat',
  });
  const assoCa = await instance({
    organisationId: asso,
    typeId: type('ASSO-CA'),
    name: 'Conseil d’administration de l’association',
    targetMin: 6,
    involvementLevel: 'co_decider',
    participationForm: 'gouvernance',
    meetingPlace: '12 rue de Saint-Malo, Rennes',
  });
  const assoBureau = await instance({
    organisationId: asso,
    typeId: type('ASSO-BUREAU'),
    name: 'Bureau de l’association',
    targetMin: 3,
    mandateMonths: 12,
    involvementLevel: 'co_decider',
    participationForm: 'gouvernance',
    meetingPlace: '12 rue de Saint-Malo, Rennes',
  });

  // ---------------------------------------------------------------- CDU on the 3-year cycle
  const cycle = currentCduCycleStart(today);
  const cycleEnd = dayBefore(addMonths(cycle, 36));
  const previous = addMonths(cycle, -36);
  const previousEnd = dayBefore(cycle);
  const arrete = (start: string, n: number) =>
    `Arrêté ARS n° ${start.slice(0, 4)}-CDU-${String(n).padStart(3, '0')}`;

  // CHU: the four seats were renewed at the start of the cycle, two by the same people.
  const oldT1 = await mandate({
    representativeId: person(0),
    instanceId: cduChu,
    startDate: previous,
    endDate: previousEnd,
    designatingAuthority: ARS,
    designationReference: arrete(previous, 12),
  });
  const oldT2 = await mandate({
    representativeId: person(3),
    instanceId: cduChu,
    startDate: previous,
    endDate: previousEnd,
    designatingAuthority: ARS,
    designationReference: arrete(previous, 12),
  });
  await mandate({
    representativeId: person(9),
    instanceId: cduChu,
    role: 'suppleant',
    startDate: previous,
    endDate: previousEnd,
    designatingAuthority: ARS,
    designationReference: arrete(previous, 12),
  });
  const oldS2 = await mandate({
    representativeId: person(16),
    instanceId: cduChu,
    role: 'suppleant',
    startDate: previous,
    endDate: previousEnd,
    designatingAuthority: ARS,
    designationReference: arrete(previous, 12),
  });
  await endMandate(ctx, {
    id: oldS2.id,
    endedOn: addMonths(previous, 20),
    reason: 'demission',
    note: 'Raisons professionnelles',
  });
  const t1 = await renewMandate(
    ctx,
    oldT1.id,
    mandateInput.parse({ ...(await renewalDraft(ctx, oldT1.id)), designationReference: arrete(cycle, 41) }),
  );
  const t2 = await renewMandate(
    ctx,
    oldT2.id,
    mandateInput.parse({ ...(await renewalDraft(ctx, oldT2.id)), designationReference: arrete(cycle, 41) }),
  );
  await mandate({
    representativeId: person(13),
    instanceId: cduChu,
    role: 'suppleant',
    startDate: cycle,
    endDate: cycleEnd,
    designatingAuthority: ARS,
    designationReference: arrete(cycle, 41),
    pairedMandateId: t1.id,
  });
  await mandate({
    representativeId: person(19),
    instanceId: cduChu,
    role: 'suppleant',
    startDate: cycle,
    endDate: cycleEnd,
    designatingAuthority: ARS,
    designationReference: arrete(cycle, 41),
    pairedMandateId: t2.id,
    proposingAssociation: 'APF France handicap',
  });

  // Clinique: one titulaire and one suppléant; the other two seats are vacant.
  const cliniqueT = await mandate({
    representativeId: person(6),
    instanceId: cduClinique,
    startDate: cycle,
    endDate: cycleEnd,
    designatingAuthority: ARS,
    designationReference: arrete(cycle, 57),
  });
  await mandate({
    representativeId: person(24),
    instanceId: cduClinique,
    role: 'suppleant',
    startDate: cycle,
    endDate: cycleEnd,
    designatingAuthority: ARS,
    designationReference: arrete(cycle, 57),
    pairedMandateId: cliniqueT.id,
    proposingAssociation: 'UNAFAM 35',
  });
  // A titulaire resigned during the cycle: her seat is vacant since.
  // (At the very start of a cycle, the resignation belongs to the previous one.)
  const resignedOn = addDays(today, -40);
  const resignedStart = resignedOn >= cycle ? cycle : previous;
  const resignedEnd = resignedOn >= cycle ? cycleEnd : previousEnd;
  const resigned = await mandate({
    representativeId: person(20),
    instanceId: cduClinique,
    startDate: resignedStart,
    endDate: resignedEnd,
    designatingAuthority: ARS,
    designationReference: arrete(resignedStart, 57),
  });
  await endMandate(ctx, {
    id: resigned.id,
    endedOn: resignedOn,
    reason: 'demission',
    note: 'Déménagement hors du département',
  });

  // ---------------------------------------------------------------- terms ending soon
  // CTS (5 years): both titulaires end within the next weeks, before the ARS renewal campaign.
  const ctsEnd1 = addDays(today, 38);
  const ctsEnd2 = addDays(today, 38);
  await mandate({
    representativeId: person(1),
    instanceId: cts,
    startDate: addDays(addMonths(ctsEnd1, -60), 1),
    endDate: ctsEnd1,
    designatingAuthority: ARS,
    designationReference: 'Arrêté ARS n° CTS-HB-2021-07',
  });
  const ctsT2 = await mandate({
    representativeId: person(7),
    instanceId: cts,
    startDate: addDays(addMonths(ctsEnd2, -60), 1),
    endDate: ctsEnd2,
    designatingAuthority: ARS,
    designationReference: 'Arrêté ARS n° CTS-HB-2021-07',
  });
  await mandate({
    representativeId: person(14),
    instanceId: cts,
    role: 'suppleant',
    startDate: addDays(addMonths(ctsEnd2, -60), 1),
    endDate: ctsEnd2,
    designatingAuthority: ARS,
    designationReference: 'Arrêté ARS n° CTS-HB-2021-07',
    pairedMandateId: ctsT2.id,
  });
  // CPAM council: the titulaire's term ends in about two months; the suppléant seat is vacant.
  const cpamEnd = addDays(today, 67);
  await mandate({
    representativeId: person(11),
    instanceId: cpamConseil,
    startDate: addDays(addMonths(cpamEnd, -60), 1),
    endDate: cpamEnd,
    designatingAuthority: 'Préfet de région (arrêté de composition du conseil)',
    designationReference: 'Arrêté préfectoral n° 2022-CPAM-35',
    proposingAssociation: 'CLCV Ille-et-Vilaine',
  });
  // CRSA: titulaire in place for five years, suppléant vacant.
  await mandate({
    representativeId: person(4),
    instanceId: crsa,
    startDate: addMonths(today, -26),
    endDate: dayBefore(addMonths(addMonths(today, -26), 60)),
    designatingAuthority: ARS,
    designationReference: 'Arrêté ARS n° CRSA-2024-03',
    proposingAssociation: 'Ligue contre le cancer',
  });

  // ---------------------------------------------------------------- CPTS, DAC, PTSM
  await mandate({
    representativeId: person(17),
    instanceId: nordAg,
    role: 'membre',
    startDate: addMonths(today, -30),
    designatingAuthority: 'Assemblée générale de la CPTS',
  });
  await mandate({
    representativeId: person(2),
    instanceId: nordAg,
    role: 'membre',
    startDate: addMonths(today, -30),
    designatingAuthority: 'Assemblée générale de la CPTS',
  });
  const caStart = addDays(addMonths(addDays(today, 83), -24), 1);
  await mandate({
    representativeId: person(17),
    instanceId: nordCa,
    startDate: caStart,
    endDate: addDays(today, 83),
    designatingAuthority: 'Assemblée générale de la CPTS',
    designationReference: 'PV de l’AG',
  });
  await mandate({
    representativeId: person(2),
    instanceId: nordCa,
    role: 'suppleant',
    startDate: caStart,
    endDate: addDays(today, 83),
    designatingAuthority: 'Assemblée générale de la CPTS',
    designationReference: 'PV de l’AG',
  });
  await mandate({
    representativeId: person(26),
    instanceId: nordGt,
    role: 'membre',
    startDate: addMonths(today, -8),
    notes: 'Nouvelle représentante : formation de base à prévoir.',
  });
  await mandate({
    representativeId: person(29),
    instanceId: nordGt,
    role: 'membre',
    startDate: addMonths(today, -4),
  });
  await mandate({
    representativeId: person(17),
    instanceId: nordBureau,
    role: 'vice_president',
    startDate: addMonths(today, -14),
    designatingAuthority: 'Conseil d’administration de la CPTS',
  });
  await mandate({
    representativeId: person(23),
    instanceId: vitreAg,
    role: 'membre',
    startDate: addMonths(today, -20),
  });
  // Vitré CA: the former titulaire's term ended last month and nobody took over yet.
  await mandate({
    representativeId: person(23),
    instanceId: vitreCa,
    startDate: addDays(addMonths(addDays(today, -25), -36), 1),
    endDate: addDays(today, -25),
    designatingAuthority: 'Assemblée générale de la CPTS',
  });
  await mandate({
    representativeId: person(10),
    instanceId: dacCa,
    startDate: addMonths(today, -18),
    endDate: dayBefore(addMonths(addMonths(today, -18), 36)),
    designatingAuthority: 'Assemblée générale du DAC',
  });
  await mandate({
    representativeId: person(27),
    instanceId: dacCa,
    role: 'suppleant',
    startDate: addMonths(today, -18),
    endDate: dayBefore(addMonths(addMonths(today, -18), 36)),
    designatingAuthority: 'Assemblée générale du DAC',
  });
  await mandate({
    representativeId: person(7),
    instanceId: ptsmCopil,
    startDate: addMonths(today, -34),
    endDate: dayBefore(addMonths(addMonths(today, -34), 60)),
    designatingAuthority: 'Conseil local de santé mentale',
    proposingAssociation: 'UNAFAM 35',
  });

  // ---------------------------------------------------------------- the association itself
  const caBoardStart = addMonths(today, -22);
  const caBoardEnd = dayBefore(addMonths(caBoardStart, 36));
  for (const index of [0, 7, 4, 12, 15, 21, 25]) {
    await mandate({
      representativeId: person(index),
      instanceId: assoCa,
      role: 'membre',
      startDate: caBoardStart,
      endDate: caBoardEnd,
      designatingAuthority: 'Assemblée générale de l’association',
      designationReference: 'PV de l’AG',
      proposingAssociation: null,
    });
  }
  const bureauEnd = addDays(today, 21);
  const bureauStart = addDays(addMonths(bureauEnd, -12), 1);
  for (const [index, role] of [
    [0, 'president'],
    [7, 'tresorier'],
    [12, 'secretaire'],
  ] as const) {
    await mandate({
      representativeId: person(index),
      instanceId: assoBureau,
      role,
      startDate: bureauStart,
      endDate: bureauEnd,
      designatingAuthority: 'Conseil d’administration de l’association',
      proposingAssociation: null,
    });
  }
}

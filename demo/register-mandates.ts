/**
 * The demo's other mandates: terms that end within the next 90 days (CTS, CPAM), the CPTS, DAC and
 * PTSM memberships, and the association's own board and bureau.
 */
import { addDays, addMonths, dayBefore } from '../shared/register/register-rules';
import { ARS, type RegisterDemoBuilders } from './register-builders';
import type { DemoInstances } from './register-instances';

/** CTS, CPAM and CRSA: terms ending within the next weeks, vacant suppléant seats. */
export async function addMandatesEndingSoon(
  { today, person, mandate }: RegisterDemoBuilders,
  { cpamConseil, cts, crsa }: DemoInstances,
): Promise<void> {
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
}

/** CPTS, DAC and PTSM: memberships, a seat vacant since last month, a newcomer to train. */
export async function addTerritorialMandates(
  { today, person, mandate }: RegisterDemoBuilders,
  { nordAg, nordCa, nordGt, nordBureau, vitreAg, vitreCa, dacCa, ptsmCopil }: DemoInstances,
): Promise<void> {
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
}

/** The association's board, and its bureau whose term ends in three weeks. */
export async function addAssociationMandates(
  { today, person, mandate }: RegisterDemoBuilders,
  { assoCa, assoBureau }: DemoInstances,
): Promise<void> {
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

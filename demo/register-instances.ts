/** The demo's organisations of Ille-et-Vilaine and Bretagne, and their instances. */
import type { RegisterDemoBuilders } from './register-builders';

export type DemoInstances = Record<
  | 'cduChu'
  | 'cduClinique'
  | 'cpamConseil'
  | 'cts'
  | 'crsa'
  | 'nordAg'
  | 'nordCa'
  | 'nordGt'
  | 'nordBureau'
  | 'vitreAg'
  | 'vitreCa'
  | 'dacCa'
  | 'ptsmCopil'
  | 'assoCa'
  | 'assoBureau',
  number
>;

export async function createDemoInstances({
  organisation,
  instance,
  type,
}: RegisterDemoBuilders): Promise<DemoInstances> {
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

  return {
    cduChu,
    cduClinique,
    cpamConseil,
    cts,
    crsa,
    nordAg,
    nordCa,
    nordGt,
    nordBureau,
    vitreAg,
    vitreCa,
    dacCa,
    ptsmCopil,
    assoCa,
    assoBureau,
  };
}

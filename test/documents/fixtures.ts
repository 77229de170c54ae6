/**
 * Realistic French data for the document tests and the PDF benchmark: accents, apostrophes,
 * ligatures ("Œuvre"), long instance names, an aggregated tax receipt.
 */
import { mandateRoleLabel } from '../../shared/rules/agreement';
import zlib from 'node:zlib';
import type {
  AssociationIdentity,
  AttendanceCertificate,
  CharterDocument,
  ExpenseClaimDocument,
  MandateList,
  ParticipationRecord,
  TaxReceipt,
} from '../../electron/documents/types';

// ------------------------------------------------------------------ logo (PNG)

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A PNG from raw samples (8 bits, no filter), for the colour types a logo may use. */
export function makePng(
  width: number,
  height: number,
  colorType: 0 | 2 | 3 | 4 | 6,
  samples: Buffer,
  extra: { palette?: Buffer; transparency?: Buffer; depth?: number; interlace?: number } = {},
): Buffer {
  const channels = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 }[colorType];
  const stride = width * channels;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) samples.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = extra.depth ?? 8;
  ihdr[9] = colorType;
  ihdr[12] = extra.interlace ?? 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    ...(extra.palette ? [chunk('PLTE', extra.palette)] : []),
    ...(extra.transparency ? [chunk('tRNS', extra.transparency)] : []),
    chunk('IDAT', zlib.deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A 96×96 RGBA logo: a blue disc with a white speech bubble, transparent corners. */
export function makeLogoPng(size = 96): Buffer {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  const c = size / 2;
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const o = y * (size * 4 + 1) + 1 + x * 4;
      const d = Math.hypot(x - c + 0.5, y - c + 0.5);
      const bubble =
        Math.hypot((x - c) / 1.3, y - c + 4) < size * 0.24 ||
        (x > c - 14 && x < c - 4 && y > c + 6 && y < c + 20 && x - (c - 14) > (y - c - 6) * 0.6);
      if (d > c - 1) {
        raw.writeUInt32BE(0x00000000, o);
      } else if (bubble) {
        raw.writeUInt32BE(0xffffffff, o);
      } else {
        raw.writeUInt32BE(0x1f4e79ff, o);
      }
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// ----------------------------------------------------------------- association

export function association(withLogo = true): AssociationIdentity {
  return {
    name: 'Œuvre des usagers de santé de Côte-d’Or',
    addressLine: '12 rue de l’Hôpital Général',
    postalCode: '21000',
    city: 'Dijon',
    rna: 'W212004567',
    siren: '812 345 678',
    objet:
      'Représenter et défendre les droits des usagers du système de santé en Côte-d’Or, ' +
      'former et accompagner les représentants des usagers.',
    organismType: 'Association loi 1901 reconnue d’intérêt général',
    president: "Hélène D'Argenson",
    presidentCivility: 'Mme',
    treasurer: 'Jean-Noël Lefèvre',
    treasurerCivility: 'M.',
    documentPlace: 'Dijon',
    logo: withLogo ? { data: makeLogoPng(), mime: 'image/png' } : null,
  };
}

// ----------------------------------------------------------------- attestation

const FIRST_NAMES = [
  'Hélène',
  'François',
  'Zoé',
  'Jean-Noël',
  'Maëlle',
  'Loïc',
  'Agnès',
  'Côme',
  'Noémie',
  'Anaïs',
];
const LAST_NAMES = [
  "D'Argenson",
  'Lefèvre',
  'Müller-Ségur',
  'Œhmichen',
  'Bérégovoy',
  'Dupré',
  'N’Diaye',
  'Garçon',
  'Lebœuf',
  'Château',
];

export function personAt(i: number): { civility: string; firstName: string; lastName: string } {
  const firstName = FIRST_NAMES[i % FIRST_NAMES.length] ?? 'Hélène';
  const lastName = LAST_NAMES[Math.floor(i / FIRST_NAMES.length) % LAST_NAMES.length] ?? 'Dupré';
  const feminine = ['Hélène', 'Zoé', 'Maëlle', 'Agnès', 'Noémie', 'Anaïs'].includes(firstName);
  return { civility: feminine ? 'Mme' : 'M.', firstName, lastName };
}

export function attendanceCertificate(
  i = 42,
  overrides: Partial<AttendanceCertificate> = {},
): AttendanceCertificate {
  const who = i === 42 ? { civility: 'Mme', firstName: 'Hélène', lastName: "D'Argenson" } : personAt(i);
  return {
    reference: `ATT-2026-${String(i).padStart(4, '0')}`,
    issuedOn: '2026-11-23',
    representative: {
      ...who,
      addressLine: '3 allée des Tilleuls',
      postalCode: '21800',
      city: 'Quetigny',
      employer: 'Caisse d’Épargne Bourgogne Franche-Comté',
    },
    instance: {
      name: 'Commission des usagers du CHU Dijon Bourgogne',
      typeLabel: 'CDU',
      organisation: {
        name: 'CHU Dijon Bourgogne',
        addressLine: '14 rue Paul Gaffarel',
        postalCode: '21000',
        city: 'Dijon',
      },
    },
    meeting: {
      date: '2026-11-22',
      startTime: '14:30',
      endTime: '17:00',
      mode: 'sur_place',
      place: 'Salle du conseil, bâtiment « Œuvre »',
      title: 'Séance plénière du 4e trimestre',
    },
    presence: { status: 'present', startTime: '14:30', endTime: '17:00', minutes: 150 },
    signatory: { name: "Hélène D'Argenson", role: '', civility: 'Mme' },
    voidReason: null,
    ...overrides,
  };
}

// -------------------------------------------------------- relevé de participation

const INSTANCES = [
  'Commission des usagers du CHU Dijon Bourgogne',
  'Conseil territorial de santé de Côte-d’Or',
  'CPTS du Grand Dijon — groupe de travail « parcours »',
  'Conseil de la CPAM de la Côte-d’Or',
  'Conseil de la vie sociale de l’EHPAD Les Tilleuls',
];

export function participationRecord(i = 0, meetings = 14): ParticipationRecord {
  const person = i === 0 ? { civility: 'Mme', firstName: 'Hélène', lastName: "D'Argenson" } : personAt(i);
  const list = Array.from({ length: meetings }, (_, k) => {
    const month = String((k % 12) + 1).padStart(2, '0');
    const mode = k % 5 === 3 ? 'distance' : k % 7 === 6 ? 'remplacant' : 'sur_place';
    return {
      date: `2026-${month}-${String(((k * 7) % 27) + 1).padStart(2, '0')}`,
      instance: INSTANCES[k % INSTANCES.length] ?? 'CDU',
      mode: mode as 'sur_place' | 'distance' | 'remplacant',
      startTime: k % 2 ? '09:30' : '14:00',
      endTime: k % 2 ? '12:00' : '17:30',
      minutes: k % 2 ? 150 : 210,
    };
  });
  list.sort((a, b) => a.date.localeCompare(b.date));
  const totalMinutes = list.reduce((s, m) => s + m.minutes, 0);
  return {
    year: 2026,
    reference: `REL-2026-${String(i + 1).padStart(4, '0')}`,
    issuedOn: '2027-01-15',
    person: { ...person, addressLine: '8 place Darcy', postalCode: '21000', city: 'Dijon' },
    mandates: [
      {
        instance: INSTANCES[0] ?? '',
        organisation: 'CHU Dijon Bourgogne',
        role: 'Titulaire',
        from: '2025-12-01',
        to: '2028-11-30',
      },
      {
        instance: INSTANCES[1] ?? '',
        organisation: 'ARS Bourgogne-Franche-Comté',
        role: 'Suppléante',
        from: '2024-03-15',
        to: null,
      },
      {
        instance: INSTANCES[2] ?? '',
        organisation: 'CPTS du Grand Dijon',
        role: 'Membre',
        from: '2023-09-01',
        to: '2026-06-30',
      },
    ],
    meetings: list,
    counts: { convened: meetings + 3, attended: meetings, excused: 2, absent: 1 },
    attendanceRatePercent: Math.round((meetings / (meetings + 3)) * 100),
    totalMinutes,
    congeHalfDaysUsed: 7,
    congeHalfDaysAllowed: 18,
    signatory: { name: "Hélène D'Argenson", role: '', civility: 'Mme' },
  };
}

// ----------------------------------------------------------------------- charter

export const CHARTER_TEXT = `# Préambule
L’association Œuvre des usagers de santé de Côte-d’Or propose des représentants des usagers (RU) dans les instances de santé du territoire. Cette charte précise les valeurs qui les rassemblent et les engagements réciproques entre l’association et ses représentants.

# Article 1 — Valeurs
Le représentant agit dans l’intérêt de tous les usagers, et non d’un intérêt particulier. Il défend l’accès de chacun à des soins de qualité, le respect des droits des personnes malades et l’égalité de traitement.

# Article 2 — Confidentialité
Le représentant est tenu au secret professionnel pour les informations nominatives dont il a connaissance dans l’exercice de son mandat (article L1112-3 du Code de la santé publique). Il s’interdit toute diffusion de documents internes des instances.
- Il ne conserve aucun dossier de plainte après la séance.
- Il ne communique pas avec la presse au nom de l’instance.

# Article 3 — Formation
Tout nouveau représentant suit la formation de base dans les six mois de sa première désignation. L’association prend en charge les frais de formation et de déplacement.

# Article 4 — Compte rendu
Le représentant rend compte de son activité à l’association au moins deux fois par an, et transmet les dates des réunions auxquelles il participe afin que l’association puisse délivrer les attestations de présence.

# Article 5 — Défraiement
Toute forme d’engagement donne droit à défraiement : les frais de déplacement engagés pour l’exercice du mandat sont remboursés selon la politique votée par le conseil d’administration, ou peuvent être abandonnés au profit de l’association contre un reçu fiscal.`;

export function charterDocument(): CharterDocument {
  return {
    charter: {
      title: 'Charte d’engagement des représentants des usagers',
      version: '3',
      effectiveDate: '2026-01-01',
      text: CHARTER_TEXT,
    },
    person: { civility: 'Mme', firstName: 'Hélène', lastName: "D'Argenson" },
    signedOn: '2026-02-03',
    presidentName: null,
  };
}

// ------------------------------------------------------------------ mandate list

export function mandateList(rows = 60): MandateList {
  const statuses = ['actif', 'a_renouveler', 'termine'] as const;
  return {
    title: 'Mandats des représentants des usagers',
    subtitle: 'Toutes instances — situation au 22/11/2026',
    generatedOn: '2026-11-22',
    rows: Array.from({ length: rows }, (_, i) => {
      const p = i === 0 ? { civility: 'Mme', firstName: 'Hélène', lastName: "D'Argenson" } : personAt(i);
      return {
        person: `${p.civility} ${p.firstName} ${p.lastName}`,
        instance: INSTANCES[i % INSTANCES.length] ?? '',
        role: mandateRoleLabel(i % 2 ? 'suppleant' : 'titulaire', null, p.civility),
        start: '2025-12-01',
        end: i % 3 === 2 ? '2025-11-30' : '2028-11-30',
        designatingAuthority:
          i % 2 ? 'Directeur général de l’ARS Bourgogne-Franche-Comté' : 'Président du conseil territorial',
        actReference: `Arrêté ARS n° 2025-${String(1000 + i)}`,
        status: statuses[i % 3] ?? 'actif',
      };
    }),
  };
}

// ------------------------------------------------------------------ expense claim

export function expenseClaim(renounced = false): ExpenseClaimDocument {
  return {
    number: 'NF-2026-0001',
    status: renounced ? 'renoncee' : 'validee',
    person: {
      civility: 'Mme',
      firstName: 'Hélène',
      lastName: "D'Argenson",
      addressLine: '3 allée des Tilleuls',
      postalCode: '21800',
      city: 'Quetigny',
      iban: 'FR76 3000 6000 0112 3456 7890 189',
    },
    period: { from: '2026-11-01', to: '2026-11-30' },
    submittedOn: '2026-12-02',
    lines: [
      {
        date: '2026-11-22',
        kindLabel: 'Indemnités kilométriques',
        purpose: 'Commission des usagers — CHU Dijon Bourgogne',
        from: 'Quetigny',
        to: 'Dijon',
        km: 124,
        vehicle: 'Voiture 5 CV électrique AB-123-CD',
        amountCents: 9464,
        explanation: '124 km × 0,636 €/km × 1,20 (véhicule électrique) = 94,64 €',
        receipts: [],
      },
      {
        date: '2026-11-22',
        kindLabel: 'Stationnement',
        purpose: 'Parking du CHU',
        amountCents: 450,
        explanation: 'Montant du ticket',
        receipts: ['ticket-parking-22-11.jpg'],
      },
      {
        date: '2026-11-27',
        kindLabel: 'Train',
        purpose: 'Conférence régionale de la santé et de l’autonomie (CRSA)',
        from: 'Dijon',
        to: 'Besançon',
        amountCents: 3780,
        explanation: 'Billet aller-retour 2de classe',
        receipts: ['billet-sncf-27-11.pdf'],
      },
      {
        date: '2026-11-27',
        kindLabel: 'Repas',
        purpose: 'Déjeuner — journée CRSA',
        amountCents: 1850,
        explanation: 'Plafond de 20,00 € par repas (politique 2026)',
        receipts: ['note-restaurant.jpg'],
      },
    ],
    totalCents: 19544,
    renunciation: renounced ? { signedOn: '2026-12-05' } : null,
    approval: renounced ? null : { on: '2026-12-04' },
  };
}

// -------------------------------------------------------------------- tax receipt

export function taxReceipt(overrides: Partial<TaxReceipt> = {}): TaxReceipt {
  return {
    number: '2026-0003',
    donor: {
      name: "Hélène D'Argenson",
      addressLine: '3 allée des Tilleuls',
      postalCode: '21800',
      city: 'Quetigny',
    },
    amountCents: 123456,
    amountInWords: 'mille deux cent trente-quatre euros et cinquante-six centimes',
    giftDates: ['2026-03-12', '2026-06-30', '2026-12-05'],
    form: 'declaration_don_manuel',
    nature: 'frais_benevoles',
    paymentMode: 'abandon_frais',
    issuedOn: '2027-01-10',
    signatory: { name: 'Jean-Noël Lefèvre', role: '', office: 'treasurer', civility: 'M.' },
    replacedBy: null,
    ...overrides,
  };
}

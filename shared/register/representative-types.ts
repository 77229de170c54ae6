/** Shapes returned by the main process: camelCase, booleans as booleans, dates as ISO text. */
import type { Civility, VehicleKind } from './representative';

export interface Vehicle {
  id: number;
  label: string;
  kind: VehicleKind;
  fiscalPowerCv: number;
  electric: boolean;
  plate: string | null;
  archived: boolean;
  /** Vehicles used on a claim line are archived rather than deleted. */
  inUse: boolean;
}

export interface RepresentativeSummary {
  id: number;
  civility: string;
  lastName: string;
  firstName: string;
  city: string | null;
  postalCode: string | null;
  originAssociation: string | null;
  email: string | null;
  phone: string | null;
  employed: boolean;
  /** The person's profile (person_profile), null only if every profile was archived at creation. */
  profileId: number | null;
  /** Its label as said of this person (« Patiente partenaire »). */
  profileLabel: string | null;
  archived: boolean;
  updatedAt: string;
}

export interface Representative extends RepresentativeSummary {
  addressLine: string | null;
  employer: string | null;
  iban: string | null;
  bic: string | null;
  notes: string | null;
  archivedAt: string | null;
  createdAt: string;
  vehicles: Vehicle[];
  /** True when nothing references the person, so it may be deleted outright. */
  deletable: boolean;
  /** The person was anonymised (RGPD): the record is an anonymous shell, no longer editable. */
  anonymisedAt: string | null;
}

export interface RepresentativeList {
  rows: RepresentativeSummary[];
  /** Number of matching rows, of which `rows` is the page starting at `offset`. */
  total: number;
  /**
   * More rows match than `total` (then 1,000) says: the exact count is not worth its time on
   * every keystroke and is asked apart (`representatives:count`).
   */
  totalCapped: boolean;
  offset: number;
}

export interface Association {
  name: string;
  addressLine: string;
  postalCode: string;
  city: string;
  rna: string | null;
  siren: string | null;
  objet: string;
  organismType: string;
  president: string;
  /** « Mme », « M. » or empty: says « Présidente » or « Président » on the documents. */
  presidentCivility: Civility;
  treasurer: string;
  treasurerCivility: Civility;
  documentPlace: string;
  iban: string | null;
  bic: string | null;
  hasLogo: boolean;
  logoDataUrl: string | null;
  updatedAt: string | null;
}

export interface AppInfo {
  version: string;
  databaseFile: string;
  schemaVersion: number;
  mode: 'desktop' | 'navigateur';
}

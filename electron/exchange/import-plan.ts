/**
 * The plan of an import: for each line of the file, the person it creates, updates or finds
 * unchanged, and the mandate it creates or finds already recorded, or every problem of the line.
 * The same plan serves the preview and, inside the transaction, the import itself.
 */
import { mandateRoleLabels, type MandateData } from '../../shared/register/schemas';
import type {
  ImportAnalysis,
  ImportMapping,
  ImportMandateAction,
  ImportPersonAction,
  ImportPreviewRow,
  ImportRowError,
  ImportRowWarning,
} from '../../shared/exchange/types';
import type { Executor } from '../../db/audit';
import { cellOf, personKey } from './import-rows';
import { mandateFieldNames, readLine, readPerson, type InstanceRef } from './row-checks';
import type { ParsedTable, TableRow } from './parse-table';
import { exceedsSeats, findOverlap, isSeatRole, type Period } from '../../shared/register/register-rules';
import { AppError } from '../errors';
import {
  findPerson,
  loadInstances,
  loadMandates,
  loadPeople,
  loadProfiles,
  samePerson,
  type ProfileLookup,
  type KnownMandate,
  type KnownPerson,
} from './import-register';

export const PREVIEW_ROWS = 20;

const formatDate = (iso: string | null) =>
  iso ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : 'sans fin';

interface PlannedPerson {
  ref: KnownPerson;
  action: ImportPersonAction;
}

interface PlannedMandate {
  ref: KnownPerson;
  data: Omit<MandateData, 'representativeId'>;
}

export interface Plan {
  people: PlannedPerson[];
  mandates: PlannedMandate[];
  errors: ImportRowError[];
  warnings: ImportRowWarning[];
  preview: ImportPreviewRow[];
  counts: ImportAnalysis['counts'];
  /** Lines whose empty end cell takes the instance's term. */
  computedEnds: number;
}

export async function plan(
  db: Executor,
  table: ParsedTable,
  mapping: ImportMapping,
  year: number,
): Promise<Plan> {
  const people = await loadPeople(db);
  const instances = await loadInstances(db);
  const mandates = await loadMandates(db, people);
  const profiles = await loadProfiles(db);
  const result: Plan = {
    people: [],
    mandates: [],
    errors: [],
    warnings: [],
    preview: [],
    computedEnds: 0,
    counts: {
      peopleCreated: 0,
      peopleUpdated: 0,
      peopleUnchanged: 0,
      mandatesCreated: 0,
      mandatesExisting: 0,
    },
  };
  const importsMandates = mandateFieldNames.some((f) => mapping[f] !== undefined && mapping[f] !== null);
  if (mapping.lastName == null || mapping.firstName == null) {
    throw new AppError('VALIDATION', 'Indiquez les colonnes du nom et du prénom : elles sont obligatoires.');
  }
  if (importsMandates && (mapping.instance == null || mapping.role == null || mapping.startDate == null)) {
    throw new AppError(
      'VALIDATION',
      'Pour importer des mandats, indiquez les colonnes de l’instance, du rôle et de la date de début.',
    );
  }

  for (const row of table.rows) {
    const outcome = planRow(
      row,
      mapping,
      importsMandates,
      { people, instances, mandates, profiles },
      result,
      year,
    );
    if (result.preview.length < PREVIEW_ROWS) result.preview.push(outcome);
  }
  return result;
}

function planRow(
  row: TableRow,
  mapping: ImportMapping,
  importsMandates: boolean,
  register: {
    people: Map<string, KnownPerson[]>;
    instances: Map<string, InstanceRef[]>;
    mandates: KnownMandate[];
    profiles: ProfileLookup;
  },
  result: Plan,
  /** The current year, for dates written with two digits. */
  year: number,
): ImportPreviewRow {
  const { people, instances, mandates, profiles } = register;
  const line = readLine(row.cells, mapping, importsMandates, instances, profiles, year);
  const warning = line.warnings.length > 0 ? line.warnings.join(' ; ') : null;
  for (const message of line.warnings) result.warnings.push({ line: row.line, message });
  const preview: ImportPreviewRow = {
    line: row.line,
    values: row.cells,
    person: `${cellOf(row.cells, mapping, 'firstName')} ${cellOf(row.cells, mapping, 'lastName')}`.trim(),
    personAction: null,
    mandateAction: null,
    error: null,
    warning,
    computedEndDate: null,
  };
  const fail = (...problems: string[]): ImportPreviewRow => {
    const message = problems.join(' ; ');
    result.errors.push({ line: row.line, message });
    return { ...preview, error: message };
  };
  if (line.problems.length > 0 || !line.data) return fail(...line.problems);
  const own = line.data;

  // 1. The person: one of the register or an earlier line, or a new one.
  const key = personKey(own.lastName, own.firstName);
  const known = findPerson(people.get(key), own);

  let ref: KnownPerson;
  let action: ImportPersonAction;
  if (known) {
    const merged = readPerson(row.cells, mapping, known.data, profiles);
    if (!merged.data) return fail(...merged.problems);
    if (samePerson(merged.data, known.data)) {
      action = 'inchange';
    } else {
      action = known.id === null ? 'creation' : 'mise_a_jour';
      known.data = merged.data;
    }
    ref = known;
  } else {
    ref = { id: null, key, data: own, planIndex: null };
    people.set(key, [...(people.get(key) ?? []), ref]);
    action = 'creation';
  }

  // 2. The mandate, if the line has one (its cells were checked above), against the register.
  let mandate: PlannedMandate | null = null;
  let mandateAction: ImportMandateAction = 'aucun';
  if (line.mandate) {
    const { instance, data: checked, endComputed } = line.mandate;
    const role = checked.role;
    if (endComputed) {
      preview.computedEndDate = checked.endDate;
      result.computedEnds += 1;
    }
    const period: Period = { start: checked.startDate, end: checked.endDate };
    const mine = mandates.filter((m) => m.personRef === ref && m.instanceId === instance.id);
    const same = mine.find((m) => m.role === role && m.startDate === checked.startDate);
    if (same) {
      mandateAction = 'deja_present';
    } else if (ref.archived) {
      return fail(
        `Mandat : ${ref.data.firstName} ${ref.data.lastName} a une fiche archivée : restaurez-la d’abord`,
      );
    } else {
      const overlap = findOverlap(mine, period);
      if (overlap) {
        return fail(
          `Mandat : chevauche le mandat de ${mandateRoleLabels[overlap.role] ?? overlap.role} du ${formatDate(overlap.period.start)} au ${formatDate(overlap.period.end)} sur « ${instance.name} »`,
        );
      }
      if (isSeatRole(role)) {
        const seats = role === 'titulaire' ? instance.seatsTitulaire : instance.seatsSuppleant;
        const others = mandates
          .filter((m) => m.instanceId === instance.id && m.role === role)
          .map((m) => m.period);
        if (exceedsSeats(seats, others, period).exceeds) {
          const kind = mandateRoleLabels[role].toLowerCase();
          return fail(
            seats === 0
              ? `Mandat : « ${instance.name} » n’a aucun siège de ${kind}`
              : seats === 1
                ? `Mandat : « ${instance.name} » n’a qu’un siège de ${kind}, déjà pourvu sur cette période`
                : `Mandat : « ${instance.name} » n’a que ${seats} sièges de ${kind}, déjà pourvus sur cette période`,
          );
        }
      }
      mandateAction = 'creation';
      mandate = { ref, data: checked };
      mandates.push({
        personRef: ref,
        instanceId: instance.id,
        role,
        startDate: checked.startDate,
        period,
      });
    }
  }

  // 3. Only now is the row valid: record what it will do.
  if (ref.planIndex === null) {
    if (action !== 'inchange' || ref.id === null) {
      ref.planIndex = result.people.length;
      result.people.push({ ref, action });
      if (action === 'creation') result.counts.peopleCreated += 1;
      else result.counts.peopleUpdated += 1;
    } else if (!ref.countedUnchanged) {
      ref.countedUnchanged = true;
      result.counts.peopleUnchanged += 1;
    }
  } else if (action === 'mise_a_jour') {
    const planned = result.people[ref.planIndex];
    if (planned && planned.action !== 'creation' && planned.action !== 'mise_a_jour') {
      planned.action = 'mise_a_jour';
      result.counts.peopleUpdated += 1;
    }
  }
  if (mandate) {
    result.mandates.push(mandate);
    result.counts.mandatesCreated += 1;
  } else if (mandateAction === 'deja_present') {
    result.counts.mandatesExisting += 1;
  }
  return { ...preview, personAction: action, mandateAction: line.hasMandate ? mandateAction : null };
}

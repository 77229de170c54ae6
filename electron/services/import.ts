/**
 * Import of representatives and their mandates from CSV or XLSX: the same plan is computed for
 * the preview and, again inside the transaction, for the import itself, which writes everything
 * or nothing. Re-importing a file matches the people already in the register (same names, and
 * same e-mail or postal code) and the mandates already recorded, so nothing is duplicated.
 */
import type { z } from 'zod';
import type { RepresentativeData } from '../../shared/schemas/representative';
import { mandateRoleLabels, type MandateData, type MandateRole } from '../../shared/schemas/register';
import type { importFileInput } from '../../shared/schemas/import';
import { foldForSearch } from '../../shared/rules/text';
import type {
  ImportAnalysis,
  ImportComputedField,
  ImportMapping,
  ImportMandateAction,
  ImportPersonAction,
  ImportPreviewRow,
  ImportResult,
  ImportRowError,
  ImportRowWarning,
} from '../../shared/types/register-b';
import { logAction, type Executor } from '../../db/repositories/audit';
import { insertMandate } from '../../db/repositories/mandates';
import { insertRepresentative, updateRepresentative } from '../../db/repositories/representatives';
import { guessMapping } from '../exchange/column-mapping';
import { cellOf, fieldLabel, personKey, sameText } from '../exchange/import-rows';
import { mandateFieldNames, readLine, readPerson, type InstanceRef } from '../exchange/row-checks';
import { parseTable, type ParsedTable, type TableRow } from '../exchange/parse-table';
import {
  exceedsSeats,
  findOverlap,
  isSeatRole,
  mandateMonthsFor,
  periodOf,
  type Period,
} from '../rules/register-rules';
import { AppError } from '../errors';
import { isoNow, todayIso, type ServiceContext } from './context';

type ImportInput = z.output<typeof importFileInput>;

const PREVIEW_ROWS = 20;

const formatDate = (iso: string | null) =>
  iso ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : 'sans fin';

/** One person of the register or of the file, as the plan sees it. */
interface KnownPerson {
  /** Database id, or null while it is only planned from an earlier row of the file. */
  id: number | null;
  key: string;
  data: RepresentativeData;
  planIndex: number | null;
  countedUnchanged?: boolean;
  /** An archived person gets no new mandate until restored, as in the mandate form. */
  archived?: boolean;
}

interface KnownMandate {
  personRef: KnownPerson;
  instanceId: number;
  role: string;
  startDate: string;
  period: Period;
}

interface PlannedPerson {
  ref: KnownPerson;
  action: ImportPersonAction;
}

interface PlannedMandate {
  ref: KnownPerson;
  data: Omit<MandateData, 'representativeId'>;
}

interface Plan {
  people: PlannedPerson[];
  mandates: PlannedMandate[];
  errors: ImportRowError[];
  warnings: ImportRowWarning[];
  preview: ImportPreviewRow[];
  counts: ImportAnalysis['counts'];
  /** Lines whose empty end cell takes the instance's term. */
  computedEnds: number;
}

function samePerson(a: RepresentativeData, b: RepresentativeData): boolean {
  const keys = [
    'civility',
    'lastName',
    'firstName',
    'email',
    'phone',
    'addressLine',
    'postalCode',
    'city',
    'originAssociation',
    'employed',
    'employer',
    'notes',
  ] as const;
  return keys.every((k) => (a[k] ?? null) === (b[k] ?? null));
}

async function loadPeople(db: Executor): Promise<Map<string, KnownPerson[]>> {
  const rows = await db.selectFrom('representative').selectAll().execute();
  const byKey = new Map<string, KnownPerson[]>();
  for (const r of rows) {
    const data: RepresentativeData = {
      civility: r.civility === 'Mme' || r.civility === 'M.' ? r.civility : '',
      lastName: r.last_name,
      firstName: r.first_name,
      email: r.email,
      phone: r.phone,
      addressLine: r.address_line,
      postalCode: r.postal_code,
      city: r.city,
      originAssociation: r.origin_association,
      employed: r.employed === 1,
      employer: r.employer,
      iban: r.iban,
      bic: r.bic,
      notes: r.notes,
      vehicles: [],
    };
    const key = personKey(r.last_name, r.first_name);
    const list = byKey.get(key) ?? [];
    list.push({ id: r.id, key, data, planIndex: null, archived: r.archived_at !== null });
    byKey.set(key, list);
  }
  return byKey;
}

async function loadInstances(db: Executor): Promise<Map<string, InstanceRef[]>> {
  const rows = await db
    .selectFrom('instance as i')
    .innerJoin('instance_type as t', 't.id', 'i.type_id')
    .select([
      'i.id',
      'i.name',
      'i.seats_titulaire',
      'i.seats_suppleant',
      'i.mandate_months',
      't.default_mandate_months',
    ])
    .where('i.archived_at', 'is', null)
    .execute();
  const byName = new Map<string, InstanceRef[]>();
  for (const r of rows) {
    const key = foldForSearch(r.name);
    const list = byName.get(key) ?? [];
    list.push({
      id: r.id,
      name: r.name,
      seatsTitulaire: r.seats_titulaire,
      seatsSuppleant: r.seats_suppleant,
      mandateMonths: mandateMonthsFor(r.mandate_months, r.default_mandate_months),
    });
    byName.set(key, list);
  }
  return byName;
}

async function loadMandates(db: Executor, people: Map<string, KnownPerson[]>): Promise<KnownMandate[]> {
  const byId = new Map<number, KnownPerson>();
  for (const list of people.values()) for (const p of list) if (p.id !== null) byId.set(p.id, p);
  const rows = await db
    .selectFrom('mandate')
    .select(['representative_id', 'instance_id', 'role', 'start_date', 'end_date', 'ended_on'])
    .execute();
  const mandates: KnownMandate[] = [];
  for (const r of rows) {
    const personRef = byId.get(r.representative_id);
    if (!personRef) continue;
    mandates.push({
      personRef,
      instanceId: r.instance_id,
      role: r.role,
      startDate: r.start_date,
      period: periodOf({ startDate: r.start_date, endDate: r.end_date, endedOn: r.ended_on }),
    });
  }
  return mandates;
}

function findPerson(candidates: KnownPerson[] | undefined, data: RepresentativeData): KnownPerson | null {
  if (!candidates || candidates.length === 0) return null;
  const match = candidates.find(
    (c) => sameText(c.data.email, data.email) || sameText(c.data.postalCode, data.postalCode),
  );
  if (match) return match;
  // Nothing to compare but the names: one namesake is the same person, several are ambiguous.
  if (!data.email && !data.postalCode && candidates.length === 1) return candidates[0] ?? null;
  return null;
}

async function plan(db: Executor, table: ParsedTable, mapping: ImportMapping, year: number): Promise<Plan> {
  const people = await loadPeople(db);
  const instances = await loadInstances(db);
  const mandates = await loadMandates(db, people);
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
    const outcome = planRow(row, mapping, importsMandates, people, instances, mandates, result, year);
    if (result.preview.length < PREVIEW_ROWS) result.preview.push(outcome);
  }
  return result;
}

function planRow(
  row: TableRow,
  mapping: ImportMapping,
  importsMandates: boolean,
  people: Map<string, KnownPerson[]>,
  instances: Map<string, InstanceRef[]>,
  mandates: KnownMandate[],
  result: Plan,
  /** The current year, for dates written with two digits. */
  year: number,
): ImportPreviewRow {
  const line = readLine(row.cells, mapping, importsMandates, instances, year);
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
    const merged = readPerson(row.cells, mapping, known.data);
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
          `Mandat : chevauche le mandat de ${mandateRoleLabels[overlap.role as MandateRole] ?? overlap.role} du ${formatDate(overlap.period.start)} au ${formatDate(overlap.period.end)} sur « ${instance.name} »`,
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
              : `Mandat : « ${instance.name} » n’a que ${seats} siège${seats > 1 ? 's' : ''} de ${kind}, déjà pourvu${seats > 1 ? 's' : ''} sur cette période`,
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

async function readInput(input: ImportInput): Promise<{ table: ParsedTable; mapping: ImportMapping }> {
  const table = await parseTable(input.fileName, Buffer.from(input.dataBase64, 'base64'));
  const mapping = input.mapping ?? guessMapping(table.headers);
  for (const [field, index] of Object.entries(mapping)) {
    if (index !== null && index !== undefined && index >= table.headers.length) {
      throw new AppError(
        'VALIDATION',
        `La colonne choisie pour « ${fieldLabel(field)} » n’existe pas dans ce fichier.`,
      );
    }
  }
  return { table, mapping };
}

/** The columns no field takes, by their header (« Colonne 4 » when blank but filled below). */
function ignoredColumns(table: ParsedTable, mapping: ImportMapping): string[] {
  const used = new Set(Object.values(mapping).filter((i) => i != null));
  const ignored: string[] = [];
  table.headers.forEach((header, index) => {
    if (used.has(index)) return;
    if (header !== '') ignored.push(header);
    else if (table.rows.some((r) => (r.cells[index] ?? '').trim() !== ''))
      ignored.push(`Colonne ${index + 1}`);
  });
  return ignored;
}

const endTermNotice = 'la date de fin sera calculée d’après la durée des mandats de l’instance';

/** The values the import fills itself, said before the import so that none comes as a surprise. */
function computedFields(mapping: ImportMapping, computedEnds: number): ImportComputedField[] {
  const notices: ImportComputedField[] = [];
  const importsMandates = mandateFieldNames.some((f) => mapping[f] != null);
  if (importsMandates && mapping.endDate == null) {
    notices.push({ field: 'endDate', message: `Fin du mandat : colonne non reconnue — ${endTermNotice}` });
  } else if (computedEnds > 0) {
    const cells = computedEnds > 1 ? `${computedEnds} cellules vides` : '1 cellule vide';
    notices.push({ field: 'endDate', message: `Fin du mandat : ${cells} — ${endTermNotice}` });
  }
  if (mapping.employed == null && mapping.employer != null) {
    notices.push({
      field: 'employed',
      message:
        'Salarié : colonne non reconnue — une personne dont l’employeur est indiqué sera enregistrée comme salariée',
    });
  }
  return notices;
}

export async function analyzeImport(ctx: ServiceContext, input: ImportInput): Promise<ImportAnalysis> {
  const { table, mapping } = await readInput(input);
  const columns = {
    fileName: input.fileName,
    headers: table.headers,
    mapping,
    rowCount: table.rows.length,
    ignoredColumns: ignoredColumns(table, mapping),
  };
  if (mapping.lastName == null || mapping.firstName == null) {
    // Let the user map the columns before anything is checked.
    return {
      ...columns,
      computedFields: [],
      preview: table.rows.slice(0, PREVIEW_ROWS).map((r) => ({
        line: r.line,
        values: r.cells,
        person: '',
        personAction: null,
        mandateAction: null,
        error: null,
        warning: null,
        computedEndDate: null,
      })),
      errors: [],
      warnings: [],
      counts: {
        peopleCreated: 0,
        peopleUpdated: 0,
        peopleUnchanged: 0,
        mandatesCreated: 0,
        mandatesExisting: 0,
      },
    };
  }
  const result = await plan(ctx.db, table, mapping, Number(todayIso(ctx).slice(0, 4)));
  return {
    ...columns,
    computedFields: computedFields(mapping, result.computedEnds),
    preview: result.preview,
    errors: result.errors,
    warnings: result.warnings,
    counts: result.counts,
  };
}

export async function runImport(ctx: ServiceContext, input: ImportInput): Promise<ImportResult> {
  const { table, mapping } = await readInput(input);
  const at = isoNow(ctx);
  return ctx.db.transaction().execute(async (trx) => {
    const result = await plan(trx, table, mapping, Number(todayIso(ctx).slice(0, 4)));
    if (result.errors.length > 0) {
      const n = result.errors.length;
      throw new AppError(
        'VALIDATION',
        `${n} ligne${n > 1 ? 's' : ''} invalide${n > 1 ? 's' : ''} : rien n’a été importé. Corrigez le fichier puis recommencez.`,
      );
    }
    for (const planned of result.people) {
      if (planned.ref.id === null) {
        planned.ref.id = await insertRepresentative(trx, planned.ref.data, at);
      } else {
        await updateRepresentative(trx, planned.ref.id, planned.ref.data, at);
      }
    }
    for (const m of result.mandates) {
      const representativeId = m.ref.id;
      if (representativeId === null) throw new Error('personne non enregistrée avant son mandat');
      // PART A's repository: the same columns as a mandate created by hand.
      await insertMandate(trx, { ...m.data, representativeId }, null, at);
    }
    await logAction(trx, {
      at,
      actor: ctx.actor,
      action: 'importé',
      entity: 'import',
      entityId: null,
      details: { fichier: input.fileName, ...result.counts },
    });
    return { ...result.counts };
  });
}

/**
 * Import of representatives and their mandates from CSV or XLSX: the same plan is computed for
 * the preview and, again inside the transaction, for the import itself, which writes everything
 * or nothing. Re-importing a file matches the people already in the register (same names, and
 * same e-mail or postal code) and the mandates already recorded, so nothing is duplicated.
 */
import { plural } from '../../shared/rules/plural';
import type { z } from 'zod';
import {
  representativeInput,
  type RepresentativeData,
  type RepresentativeInput,
} from '../../shared/schemas/representative';
import {
  mandateInput,
  mandateRoleLabels,
  type MandateData,
  type MandateRole,
} from '../../shared/schemas/register';
import type { importFileInput } from '../../shared/schemas/import';
import { importFields } from '../../shared/schemas/import';
import { foldForSearch } from '../../shared/rules/text';
import type {
  ImportAnalysis,
  ImportMapping,
  ImportMandateAction,
  ImportPersonAction,
  ImportPreviewRow,
  ImportResult,
  ImportRowError,
} from '../../shared/types/register-b';
import { logAction, type Executor } from '../../db/repositories/audit';
import { insertMandate } from '../../db/repositories/mandates';
import { insertRepresentative, updateRepresentative } from '../../db/repositories/representatives';
import { guessMapping } from '../exchange/column-mapping';
import {
  cellOf,
  fieldLabel,
  normalisePostalCode,
  parseCivility,
  parseFrenchDate,
  parseRole,
  parseYesNo,
  personKey,
  roleChoices,
  sameText,
} from '../exchange/import-rows';
import { parseTable, type ParsedTable, type TableRow } from '../exchange/parse-table';
import {
  defaultEndDate,
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

interface InstanceRef {
  id: number;
  name: string;
  seatsTitulaire: number;
  seatsSuppleant: number;
  /** The term of the instance (its own, else its type's): the default end, as in the form. */
  mandateMonths: number | null;
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
  preview: ImportPreviewRow[];
  counts: ImportAnalysis['counts'];
}

const personFieldNames = importFields.filter((f) => f.group === 'personne').map((f) => f.field);
const mandateFieldNames = importFields.filter((f) => f.group === 'mandat').map((f) => f.field);

function issuesMessage(issues: readonly z.core.$ZodIssue[]): string {
  const parts: string[] = [];
  for (const issue of issues) {
    const field = String(issue.path[0] ?? '');
    const label =
      field === 'endDate' ? 'Fin du mandat' : field === 'startDate' ? 'Début du mandat' : fieldLabel(field);
    const text = `${label} : ${issue.message.charAt(0).toLowerCase()}${issue.message.slice(1)}`;
    if (!parts.includes(text)) parts.push(text);
  }
  return parts.join(' ; ');
}

function dataToInput(data: RepresentativeData): RepresentativeInput {
  return { ...data, vehicles: [] };
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

/** The person described by a row: its own cells, over the known person's data when updating. */
function personFromRow(
  cells: string[],
  mapping: ImportMapping,
  base: RepresentativeData | null,
): { input: RepresentativeInput } | { error: string } {
  const input: RepresentativeInput = base
    ? dataToInput(base)
    : { civility: '', lastName: '', firstName: '', employed: false, vehicles: [] };
  for (const field of personFieldNames) {
    const index = mapping[field];
    if (index === undefined || index === null) continue;
    const raw = cellOf(cells, mapping, field);
    // An empty cell never erases what the register already knows; the names matched already.
    if (base && (raw === '' || field === 'lastName' || field === 'firstName')) continue;
    switch (field) {
      case 'civility': {
        const civility = parseCivility(raw);
        if (civility === null) return { error: `Civilité : « ${raw} » n’est pas reconnue (Mme ou M.)` };
        input.civility = civility;
        break;
      }
      case 'employed': {
        const employed = parseYesNo(raw);
        if (employed === null) return { error: `Salarié : « ${raw} » n’est pas reconnu (oui ou non)` };
        input.employed = employed;
        break;
      }
      case 'postalCode':
        input.postalCode = normalisePostalCode(raw);
        break;
      default:
        (input as Record<string, unknown>)[field] = raw;
    }
  }
  // A file giving an employer without the "Salarié" column means the person is employed.
  if (mapping.employed == null && cellOf(cells, mapping, 'employer') !== '') input.employed = true;
  return { input };
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
    preview: [],
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
  const preview: ImportPreviewRow = {
    line: row.line,
    values: row.cells,
    person: `${cellOf(row.cells, mapping, 'firstName')} ${cellOf(row.cells, mapping, 'lastName')}`.trim(),
    personAction: null,
    mandateAction: null,
    error: null,
  };
  const fail = (message: string): ImportPreviewRow => {
    result.errors.push({ line: row.line, message });
    return { ...preview, error: message };
  };

  // Every problem of the row is reported at once, so that one correction round is enough: the
  // person's fields and the mandate's cells are checked independently before anything else.
  const problems: string[] = [];
  const own = personFromRow(row.cells, mapping, null);
  const parsed = 'error' in own ? null : representativeInput.safeParse(own.input);
  if ('error' in own) problems.push(own.error);
  else if (parsed && !parsed.success) problems.push(issuesMessage(parsed.error.issues));

  const instanceText = cellOf(row.cells, mapping, 'instance');
  const rowHasMandate =
    importsMandates && mandateFieldNames.some((f) => cellOf(row.cells, mapping, f) !== '');
  const found = instanceText ? (instances.get(foldForSearch(instanceText)) ?? []) : [];
  const roleText = cellOf(row.cells, mapping, 'role');
  const role: MandateRole | null = roleText ? parseRole(roleText) : null;
  const startText = cellOf(row.cells, mapping, 'startDate');
  const endText = cellOf(row.cells, mapping, 'endDate');
  const startDate = startText ? parseFrenchDate(startText, year) : null;
  const endDate = endText ? parseFrenchDate(endText, year) : null;
  if (rowHasMandate) {
    if (!instanceText) problems.push('Instance : le nom de l’instance est obligatoire pour un mandat');
    else if (found.length === 0)
      problems.push(
        `Instance : « ${instanceText} » n’existe pas dans le registre (créez-la d’abord ou corrigez son nom)`,
      );
    else if (found.length > 1)
      problems.push(
        `Instance : plusieurs instances s’appellent « ${instanceText} » ; renommez-les pour les distinguer`,
      );
    if (!roleText) problems.push('Rôle : le rôle est obligatoire pour un mandat');
    else if (!role) problems.push(`Rôle : « ${roleText} » n’est pas reconnu (${roleChoices})`);
    if (!startText) problems.push('Début du mandat : la date de début est obligatoire');
    else if (!startDate) problems.push(`Début du mandat : « ${startText} » n’est pas une date (JJ/MM/AAAA)`);
    if (endText && !endDate) problems.push(`Fin du mandat : « ${endText} » n’est pas une date (JJ/MM/AAAA)`);
  }
  if (problems.length > 0 || !parsed?.success) return fail(problems.join(' ; '));

  // 1. The person, validated alone by the form's schema.
  const key = personKey(parsed.data.lastName, parsed.data.firstName);
  const known = findPerson(people.get(key), parsed.data);

  let ref: KnownPerson;
  let action: ImportPersonAction;
  if (known) {
    const merged = personFromRow(row.cells, mapping, known.data);
    if ('error' in merged) return fail(merged.error);
    const mergedParsed = representativeInput.safeParse(merged.input);
    if (!mergedParsed.success) return fail(issuesMessage(mergedParsed.error.issues));
    if (samePerson(mergedParsed.data, known.data)) {
      action = 'inchange';
    } else {
      action = known.id === null ? 'creation' : 'mise_a_jour';
      known.data = mergedParsed.data;
    }
    ref = known;
  } else {
    ref = { id: null, key, data: parsed.data, planIndex: null };
    people.set(key, [...(people.get(key) ?? []), ref]);
    action = 'creation';
  }

  // 2. The mandate, if the row has one (its cells were checked above).
  let mandate: PlannedMandate | null = null;
  let mandateAction: ImportMandateAction = 'aucun';
  if (rowHasMandate && role && startDate) {
    const instance = found[0] as InstanceRef;
    const checked = mandateInput.safeParse({
      representativeId: ref.id ?? 1,
      instanceId: instance.id,
      role,
      roleOther: null,
      startDate,
      // No end in the file: the instance's term, as the form proposes (open only without a term).
      endDate: endText ? endDate : defaultEndDate(startDate, instance.mandateMonths),
      designatingAuthority: cellOf(row.cells, mapping, 'designatingAuthority'),
      designationReference: cellOf(row.cells, mapping, 'designationReference'),
      proposingAssociation: cellOf(row.cells, mapping, 'proposingAssociation'),
      notes: null,
      pairedMandateId: null,
      overCapacityJustification: null,
    });
    if (!checked.success) return fail(issuesMessage(checked.error.issues));
    const period: Period = { start: checked.data.startDate, end: checked.data.endDate };
    const mine = mandates.filter((m) => m.personRef === ref && m.instanceId === instance.id);
    const same = mine.find((m) => m.role === role && m.startDate === checked.data.startDate);
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
              : seats === 1
                ? `Mandat : « ${instance.name} » n’a qu’un siège de ${kind}, déjà pourvu sur cette période`
                : `Mandat : « ${instance.name} » n’a que ${seats} sièges de ${kind}, déjà pourvus sur cette période`,
          );
        }
      }
      mandateAction = 'creation';
      const { representativeId: _placeholder, ...data } = checked.data;
      mandate = { ref, data };
      mandates.push({
        personRef: ref,
        instanceId: instance.id,
        role,
        startDate: checked.data.startDate,
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
  return { ...preview, personAction: action, mandateAction: rowHasMandate ? mandateAction : null };
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

export async function analyzeImport(ctx: ServiceContext, input: ImportInput): Promise<ImportAnalysis> {
  const { table, mapping } = await readInput(input);
  const needsColumns = mapping.lastName == null || mapping.firstName == null;
  if (needsColumns) {
    // Let the user map the columns before anything is checked.
    return {
      fileName: input.fileName,
      headers: table.headers,
      mapping,
      rowCount: table.rows.length,
      preview: table.rows.slice(0, PREVIEW_ROWS).map((r) => ({
        line: r.line,
        values: r.cells,
        person: '',
        personAction: null,
        mandateAction: null,
        error: null,
      })),
      errors: [],
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
    fileName: input.fileName,
    headers: table.headers,
    mapping,
    rowCount: table.rows.length,
    preview: result.preview,
    errors: result.errors,
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
        `${plural(n, 'ligne invalide', 'lignes invalides')} : rien n’a été importé. Corrigez le fichier puis recommencez.`,
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

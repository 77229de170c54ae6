/**
 * Import of representatives and their mandates from CSV or XLSX: the same plan is computed for
 * the preview and, again inside the transaction, for the import itself, which writes everything
 * or nothing. Re-importing a file matches the people already in the register (same names, and
 * same e-mail or postal code) and the mandates already recorded, so nothing is duplicated.
 */
import type { z } from 'zod';
import { plural } from '../../shared/rules/plural';
import type { importFileInput } from '../../shared/exchange/schemas';
import type {
  ImportAnalysis,
  ImportComputedField,
  ImportMapping,
  ImportResult,
} from '../../shared/exchange/types';
import { logAction } from '../../db/audit';
import { insertMandate } from '../../db/register/mandates';
import { insertRepresentative, updateRepresentative } from '../../db/register/representatives';
import { guessMapping } from './column-mapping';
import { fieldLabel } from './import-rows';
import { mandateFieldNames } from './row-checks';
import { parseTable, type ParsedTable } from './parse-table';
import { AppError } from '../errors';
import { isoNow, todayIso, type ServiceContext } from '../service-context';
import { plan, PREVIEW_ROWS } from './import-plan';

type ImportInput = z.output<typeof importFileInput>;

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

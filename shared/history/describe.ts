/**
 * From what the log holds to what the « Historique » says: field changes with French labels and
 * values written the French way (22/11/2026, 1 234,56 €, oui / non).
 */
import { frenchDate } from '../rules/dates';
import { formatClockTime, formatEuros, formatInteger } from '../rules/format-fr';
import { detailLabels, historyFields, type FieldKind, type FieldSpec } from './fields';
import type { HistoryChange } from './types';

export type Scalar = string | number | boolean | null;

/** A field as the log records it: raw values, labelled only when shown. */
export interface LoggedChange {
  field: string;
  before: Scalar;
  after: Scalar;
}

const isScalar = (v: unknown): v is Scalar =>
  v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';

/** The listed fields whose values differ between two versions of a record. */
export function fieldChanges(entity: string, before: object, after: object): LoggedChange[] {
  const fields = historyFields[entity] ?? {};
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  const changes: LoggedChange[] = [];
  for (const field of Object.keys(fields)) {
    const was = b[field] ?? null;
    const now = a[field] ?? null;
    if (!isScalar(was) || !isScalar(now) || was === now) continue;
    changes.push({ field, before: was, after: now });
  }
  return changes;
}

export function formatValue(
  kind: FieldKind,
  value: Scalar,
  values?: Readonly<Record<string, string>>,
): string {
  if (value === null || value === '') return '(vide)';
  if (kind === 'enum' && typeof value === 'string') return values?.[value] ?? value;
  if (typeof value === 'boolean') return value ? 'oui' : 'non';
  if (kind === 'date' && typeof value === 'string') return frenchDate(value);
  if (kind === 'time' && typeof value === 'string') return formatClockTime(value);
  if (kind === 'money' && typeof value === 'number') return formatEuros(value);
  if (typeof value === 'number') return formatInteger(value);
  return value;
}

const isLoggedChange = (v: unknown): v is LoggedChange =>
  typeof v === 'object' &&
  v !== null &&
  'field' in v &&
  typeof v.field === 'string' &&
  'before' in v &&
  'after' in v;

export function describeChanges(entity: string, raw: unknown): HistoryChange[] {
  if (!Array.isArray(raw)) return [];
  const fields = historyFields[entity] ?? {};
  return raw.filter(isLoggedChange).map((c) => {
    const spec: FieldSpec = fields[c.field] ?? { label: c.field, kind: 'text' };
    return {
      label: spec.label,
      before: formatValue(spec.kind, isScalar(c.before) ? c.before : null, spec.values),
      after: formatValue(spec.kind, isScalar(c.after) ? c.after : null, spec.values),
    };
  });
}

/** The other keys of the details, one line each (« Motif : déménagement »). */
export function describeNotes(details: Record<string, unknown>): string[] {
  const notes: string[] = [];
  for (const [key, value] of Object.entries(details)) {
    if (key === 'changes' || value === null || value === undefined) continue;
    const label = detailLabels[key] ?? key.charAt(0).toUpperCase() + key.slice(1).replace(/_/g, ' ');
    const shown =
      typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)
        ? frenchDate(value)
        : isScalar(value)
          ? formatValue('text', value)
          : JSON.stringify(value);
    notes.push(`${label}\u00a0: ${shown}`);
  }
  return notes;
}

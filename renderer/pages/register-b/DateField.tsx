import { DateInput, type DateInputProps } from '@mantine/dates';

/** "22/11/2026" typed or picked → '2026-11-22'; anything else is left for the schema to refuse. */
export function parseFrenchDateInput(text: string): string | null {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  if (!m) return null;
  const iso = `${m[3]}-${(m[2] ?? '').padStart(2, '0')}-${(m[1] ?? '').padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || !date.toISOString().startsWith(iso) ? null : iso;
}

/** A date input in the French format, whose value is the ISO text the schemas expect. */
export function DateField(
  props: Omit<DateInputProps, 'value' | 'onChange'> & { value?: string; onChange?: (iso: string) => void },
) {
  const { value, onChange, ...rest } = props;
  return (
    <DateInput
      {...rest}
      valueFormat="DD/MM/YYYY"
      placeholder="JJ/MM/AAAA"
      dateParser={parseFrenchDateInput}
      value={value || null}
      onChange={(v) => onChange?.(v ?? '')}
      clearable={false}
    />
  );
}

/**
 * Date and time fields that read the same in every browser and system language: "22/11/2026"
 * and "14:30" (native date/time inputs follow the system locale and may show "02:00 PM").
 * Values are the ISO text the schemas expect.
 */
import { TextInput, type TextInputProps } from '@mantine/core';
import { DateInput, type DateInputProps } from '@mantine/dates';
import { useEffect, useState } from 'react';

export function parseFrenchDate(text: string): string | null {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  if (!m) return null;
  const iso = `${m[3]}-${(m[2] ?? '').padStart(2, '0')}-${(m[1] ?? '').padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || !date.toISOString().startsWith(iso) ? null : iso;
}

export function DateField(
  props: Omit<DateInputProps, 'value' | 'onChange'> & { value: string; onChange: (iso: string) => void },
) {
  const { value, onChange, ...rest } = props;
  return (
    <DateInput
      {...rest}
      valueFormat="DD/MM/YYYY"
      placeholder="JJ/MM/AAAA"
      dateParser={parseFrenchDate}
      value={value || null}
      onChange={(v) => onChange(v ?? '')}
      clearable={false}
    />
  );
}

/** "9h", "9h30", "930", "09:30" → "09:30"; anything else is kept for the schema to refuse. */
export function normaliseTime(text: string): string {
  const t = text.trim().toLowerCase().replace(/\s+/g, '');
  const m = /^(\d{1,2})(?:[:h.]?(\d{2})?)?$/.exec(t) ?? /^(\d{1,2})(\d{2})$/.exec(t);
  if (!m) return text.trim();
  const h = Number(m[1]);
  const min = Number(m[2] ?? '0');
  if (h > 23 || min > 59) return text.trim();
  return `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
}

export function TimeField(
  props: Omit<TextInputProps, 'value' | 'onChange'> & { value: string; onChange: (hhmm: string) => void },
) {
  const { value, onChange, onBlur, ...rest } = props;
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  return (
    <TextInput
      placeholder="HH:MM"
      inputMode="numeric"
      maxLength={5}
      {...rest}
      value={text}
      onChange={(e) => setText(e.currentTarget.value)}
      onBlur={(e) => {
        const normalised = normaliseTime(text);
        setText(normalised);
        if (normalised !== value) onChange(normalised);
        onBlur?.(e);
      }}
    />
  );
}

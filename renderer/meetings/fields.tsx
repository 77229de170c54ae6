/**
 * The time field, which reads the same in every browser and system language: "14:30" (native
 * time inputs follow the system locale and may show "02:00 PM"). Dates: components/DateField.
 */
import { TextInput, type TextInputProps } from '@mantine/core';
import { useEffect, useState } from 'react';

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

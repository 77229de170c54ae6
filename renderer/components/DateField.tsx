import { CloseButton, Popover, TextInput, type TextInputProps } from '@mantine/core';
import { DatePicker } from '@mantine/dates';
import { IconCalendar } from '@tabler/icons-react';
import { useEffect, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { DATE_INVALID, frenchDate, isIsoDate, parseFrenchDate } from '../../shared/rules/dates';

export interface DateFieldProps extends Omit<
  TextInputProps,
  'value' | 'onChange' | 'defaultValue' | 'rightSection'
> {
  /** ISO 'YYYY-MM-DD', empty, or the text typed when it is not a date (the schema says so). */
  value?: string | null;
  onChange: (value: string) => void;
  minDate?: string;
  maxDate?: string;
  /** Said under the field when a date after `maxDate` is typed (default: « Au plus tard le … »). */
  maxDateError?: string;
  /** Shows a button that empties the field (a date that may stay empty). */
  clearable?: boolean;
}

/** What the form receives for a typed text: the date read from it, nothing, or the text itself. */
export function dateFieldValue(text: string): string {
  if (text.trim() === '') return '';
  return parseFrenchDate(text) ?? text.trim();
}

/** The message the field itself gives once left, before any submission: the form's wins. */
export function typedDateError(
  value: string,
  limits: { minDate?: string; maxDate?: string; maxDateError?: string },
): string | null {
  if (value === '') return null;
  if (!isIsoDate(value)) return DATE_INVALID;
  if (limits.maxDate !== undefined && value > limits.maxDate)
    return limits.maxDateError ?? `Au plus tard le ${frenchDate(limits.maxDate)}`;
  if (limits.minDate !== undefined && value < limits.minDate)
    return `Au plus tôt le ${frenchDate(limits.minDate)}`;
  return null;
}

/**
 * The date field of every form: typed the French way (« 22/11/2026 », « 22/11/26 »…, read by
 * the one parser of shared/rules/dates) or picked in a calendar, held as ISO text. A text that
 * is not a date is passed on as typed, so the form's schema says so rather than « obligatoire ».
 * Escape with the calendar open closes the calendar only, not the dialog or page around it.
 */
export function DateField(props: DateFieldProps) {
  const { value, onChange, minDate, maxDate, maxDateError, clearable, error, onFocus, onBlur, ...rest } =
    props;
  const current = value ?? '';
  const [text, setText] = useState(() => (isIsoDate(current) ? frenchDate(current) : current));
  const [openedState, setOpened] = useState(false);
  // A read-only or disabled field shows its date without offering the calendar.
  const opened = openedState && !rest.disabled && !rest.readOnly;
  const [left, setLeft] = useState(false);
  const [month, setMonth] = useState<string | undefined>(isIsoDate(current) ? current : maxDate);

  // A value set from outside (prefill, reset) replaces the text, unless the text already says it.
  useEffect(() => {
    if (dateFieldValue(text) === current) return;
    setText(isIsoDate(current) ? frenchDate(current) : current);
    if (isIsoDate(current)) setMonth(current);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [current]);

  const type = (next: string) => {
    setText(next);
    setOpened(true);
    const v = dateFieldValue(next);
    if (isIsoDate(v)) setMonth(v);
    if (v !== current) onChange(v);
  };

  const leave = (event: FocusEvent<HTMLInputElement>) => {
    setOpened(false);
    setLeft(true);
    if (isIsoDate(current)) setText(frenchDate(current));
    onBlur?.(event);
  };

  const keyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape' && opened) {
      // The dialog (window listener) skips events from an element so marked; the page form
      // (Escape = Annuler) listens on the bubbling event.
      event.stopPropagation();
      setOpened(false);
    } else if (event.key === 'ArrowDown' && !opened) setOpened(true);
    rest.onKeyDown?.(event);
  };

  const shownError = error ?? (left ? typedDateError(current, { minDate, maxDate, maxDateError }) : null);

  return (
    <Popover
      opened={opened}
      onDismiss={() => setOpened(false)}
      position="bottom-start"
      trapFocus={false}
      returnFocus={false}
      withRoles={false}
      shadow="md"
    >
      <Popover.Target>
        <TextInput
          placeholder="JJ/MM/AAAA"
          autoComplete="off"
          {...rest}
          value={text}
          error={shownError}
          data-mantine-stop-propagation={opened ? 'true' : undefined}
          onChange={(e) => type(e.currentTarget.value)}
          onFocus={(e) => {
            setOpened(true);
            onFocus?.(e);
          }}
          onClick={(e) => {
            setOpened(true);
            rest.onClick?.(e);
          }}
          onBlur={leave}
          onKeyDown={keyDown}
          rightSection={
            clearable && current !== '' && !rest.disabled && !rest.readOnly ? (
              <CloseButton
                size="sm"
                aria-label="Effacer la date"
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => {
                  setText('');
                  onChange('');
                }}
              />
            ) : (
              <IconCalendar size={16} aria-hidden />
            )
          }
        />
      </Popover.Target>
      <Popover.Dropdown onMouseDown={(e) => e.preventDefault()} data-date-field-calendar>
        <DatePicker
          value={isIsoDate(current) ? current : null}
          date={month}
          onDateChange={setMonth}
          highlightToday
          minDate={minDate}
          maxDate={maxDate}
          onChange={(picked) => {
            if (picked === null) return;
            setText(frenchDate(picked));
            setOpened(false);
            setLeft(true);
            if (picked !== current) onChange(picked);
          }}
        />
      </Popover.Dropdown>
    </Popover>
  );
}

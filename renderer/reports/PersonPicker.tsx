/** A person of the register, found by typing a few letters of the name (the first 20 that match). */
import { Select, type SelectProps } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { PersonOption } from '../../shared/reports/types';
import { call } from '../api';

export function PersonPicker(
  props: Omit<SelectProps, 'data' | 'value' | 'onChange'> & {
    value: PersonOption | null;
    onChange: (person: PersonOption | null) => void;
  },
) {
  const { value, onChange, ...rest } = props;
  const [search, setSearch] = useState('');
  const [found, setFound] = useState<PersonOption[]>([]);
  useEffect(() => {
    let live = true;
    void call('reports:people', { search })
      .then((people) => {
        if (live) setFound(people);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [search]);
  const options = value && !found.some((p) => p.id === value.id) ? [value, ...found] : found;
  return (
    <Select
      searchable
      clearable
      nothingFoundMessage="Personne de ce nom dans le registre"
      {...rest}
      data={options.map((p) => ({ value: String(p.id), label: p.name }))}
      value={value ? String(value.id) : null}
      onSearchChange={setSearch}
      onChange={(id) => onChange(options.find((p) => String(p.id) === id) ?? null)}
    />
  );
}

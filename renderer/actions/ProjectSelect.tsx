/** The project an action belongs to: searched in the main process, a few at a time. */
import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { call } from '../api';
import { useLoad } from '../hooks';

export function ProjectSelect(props: {
  value: string | null;
  /** The chosen project's title, known when editing (it may not be among the first found). */
  currentTitle: string | null;
  onChange: (value: string | null) => void;
  error?: string;
}) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 150);
  const { data } = useLoad(() => call('actions:projectOptions', { search: debounced }), [debounced]);
  const options = (data ?? []).map((p) => ({ value: String(p.id), label: p.title }));
  if (props.value !== null && props.currentTitle && !options.some((o) => o.value === props.value))
    options.unshift({ value: props.value, label: props.currentTitle });
  return (
    <Select
      label="Projet"
      description="Le projet dont cette action fait partie, s’il y en a un"
      inputWrapperOrder={['label', 'input', 'description', 'error']}
      placeholder="Aucun (action isolée)"
      searchable
      clearable
      data={options}
      searchValue={search}
      onSearchChange={setSearch}
      // The main process already searched: the options are shown as they come.
      filter={({ options: all }) => all}
      nothingFoundMessage="Aucun projet trouvé"
      value={props.value}
      onChange={props.onChange}
      error={props.error}
    />
  );
}

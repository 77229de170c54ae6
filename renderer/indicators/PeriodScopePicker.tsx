import { Button, Group, SegmentedControl, Select } from '@mantine/core';
import { useState } from 'react';
import type { ScopeOptions } from '../../shared/indicators/types';
import { localTodayIso } from '../../shared/rules/dates';
import { DateField } from '../components/DateField';
import { scopeKey, type DashboardParams } from './dashboard-params';

/** The period (a year, or dates from … to …) and the scope (everything, an organisation, a type, a department, a project). */
export function PeriodScopePicker(props: {
  value: DashboardParams;
  options: ScopeOptions | null;
  onChange: (value: DashboardParams) => void;
}) {
  const { period, scope } = props.value;
  const thisYear = Number(localTodayIso().slice(0, 4));
  const years = [...new Set([thisYear, ...(props.options?.years ?? [])])].sort((a, b) => b - a);
  const [from, setFrom] = useState(period.kind === 'dates' ? period.from : `${thisYear}-01-01`);
  const [to, setTo] = useState(period.kind === 'dates' ? period.to : localTodayIso());
  const datesError = from && to && to < from ? 'La fin doit être après le début' : null;

  const scopes = [
    { group: 'Périmètre', items: [{ value: 'tout', label: 'Toutes les instances' }] },
    {
      group: 'Une organisation',
      items: (props.options?.organisations ?? []).map((o) => ({
        value: `organisation-${o.id}`,
        label: o.name,
      })),
    },
    {
      group: 'Un type d’instance',
      items: (props.options?.instanceTypes ?? []).map((t) => ({ value: `type-${t.id}`, label: t.label })),
    },
    {
      group: 'Un département',
      items: (props.options?.departments ?? []).map((d) => ({
        value: `departement-${d.code}`,
        label: d.label,
      })),
    },
    {
      group: 'Un projet',
      items: (props.options?.projects ?? []).map((p) => ({ value: `projet-${p.id}`, label: p.label })),
    },
  ].filter((g) => g.items.length > 0);

  const setScope = (key: string | null) => {
    const [kind, value] = (key ?? 'tout').split('-');
    const id = Number(value);
    props.onChange({
      period,
      scope:
        kind === 'organisation'
          ? { kind: 'organisation', id }
          : kind === 'type'
            ? { kind: 'typeInstance', id }
            : kind === 'departement' && value
              ? { kind: 'departement', code: value }
              : kind === 'projet'
                ? { kind: 'projet', id }
                : { kind: 'tout' },
    });
  };

  return (
    <Group align="flex-end" gap="sm" wrap="wrap" mb="md">
      <SegmentedControl
        aria-label="Période"
        value={period.kind}
        onChange={(kind) =>
          props.onChange({
            scope,
            period: kind === 'annee' ? { kind: 'annee', year: thisYear } : { kind: 'dates', from, to },
          })
        }
        data={[
          { value: 'annee', label: 'Une année' },
          { value: 'dates', label: 'Des dates' },
        ]}
      />
      {period.kind === 'annee' ? (
        <Select
          label="Année"
          w={110}
          allowDeselect={false}
          value={String(period.year)}
          data={years.map(String)}
          onChange={(y) => y && props.onChange({ scope, period: { kind: 'annee', year: Number(y) } })}
        />
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (!datesError) props.onChange({ scope, period: { kind: 'dates', from, to } });
          }}
        >
          <Group align="flex-end" gap="sm">
            <DateField label="Du" w={150} value={from} onChange={setFrom} />
            <DateField label="Au" w={150} value={to} onChange={setTo} error={datesError} />
            <Button type="submit" variant="light">
              Afficher
            </Button>
          </Group>
        </form>
      )}
      <Select
        label="Périmètre"
        w={300}
        searchable
        allowDeselect={false}
        nothingFoundMessage="Aucun périmètre de ce nom"
        value={scopeKey(scope)}
        data={scopes}
        onChange={setScope}
      />
    </Group>
  );
}

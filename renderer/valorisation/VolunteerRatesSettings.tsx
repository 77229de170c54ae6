/**
 * Paramètres › Bénévolat › Valeurs horaires: the value of an hour of each category for one
 * year, with where the figure comes from. Porte-voix proposes no amount: the board votes it.
 */
import { Alert, Button, Card, Group, Loader, Select, Table, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconCopy, IconInfoCircle } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { formatEuros } from '../../shared/rules/format-fr';
import { volunteerRatesInput, type VolunteerRatesInput } from '../../shared/valorisation/schemas';
import type { VolunteerCategory, VolunteerRate } from '../../shared/valorisation/types';
import { ApiCallError, call, notifyError } from '../api';
import { notifyIncomplete, schemaValidator } from '../forms';
import { useLoad } from '../hooks';

interface Row {
  categoryId: number;
  label: string;
  euros: string;
  source: string;
}

/** "12,50" → 1250; empty → null; anything else → NaN, which the schema refuses with its message. */
function centsOf(text: string): number | null {
  const raw = text.replace(/[\s\u00a0\u202f€]/g, '').replace(',', '.');
  if (raw === '') return null;
  const n = Number(raw);
  return Number.isFinite(n) ? Math.round(n * 100) : Number.NaN;
}

const payload = (year: number, rows: Row[]): VolunteerRatesInput => ({
  year,
  rates: rows.map((r) => ({ categoryId: r.categoryId, hourlyCents: centsOf(r.euros), source: r.source })),
});

const eurosText = (cents: number) => formatEuros(cents).replace(/[\s\u00a0\u202f]*€$/, '');

function rowsOf(categories: VolunteerCategory[], rates: VolunteerRate[]): Row[] {
  return categories
    .filter((c) => !c.archived || rates.some((r) => r.categoryId === c.id))
    .map((c) => {
      const rate = rates.find((r) => r.categoryId === c.id);
      return {
        categoryId: c.id,
        label: c.label,
        euros: rate ? eurosText(rate.hourlyCents) : '',
        source: rate?.source ?? '',
      };
    });
}

export function VolunteerRatesSettings(props: { categories: VolunteerCategory[] | null }) {
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const { data } = useLoad(() => call('volunteerRates:get', { year }), [year]);
  const [saving, setSaving] = useState(false);
  const form = useForm<{ rows: Row[] }>({
    mode: 'controlled',
    initialValues: { rows: [] },
    validate: schemaValidator<{ rows: Row[] }>(volunteerRatesInput, (v) => payload(year, v.rows)),
  });
  useEffect(() => {
    if (!data || !props.categories) return;
    const values = { rows: rowsOf(props.categories, data.rates) };
    form.setValues(values);
    form.resetDirty(values);
    form.clearErrors();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [data, props.categories]);
  if (!data || !props.categories) return <Loader aria-label="Chargement" />;

  const years = [...new Set([thisYear + 1, thisYear, thisYear - 1, ...data.years])].sort((a, b) => b - a);
  const previous = data.years.find((y) => y < year);
  const copyFrom = async (from: number) => {
    try {
      const old = await call('volunteerRates:get', { year: from });
      form.setValues({ rows: rowsOf(props.categories ?? [], old.rates) });
      notifications.show({
        color: 'blue',
        title: `Valeurs de ${from} reprises`,
        message: `Vérifiez-les pour ${year}, puis enregistrez.`,
      });
    } catch (error) {
      notifyError(error);
    }
  };
  const submit = async (values: { rows: Row[] }) => {
    setSaving(true);
    try {
      await call('volunteerRates:save', payload(year, values.rows));
      form.resetDirty();
      notifications.show({
        color: 'teal',
        title: 'Valeurs horaires enregistrées',
        message: `Le tableau de bord, les relevés et le journal de ${year} en tiennent compte.`,
      });
    } catch (error) {
      if (error instanceof ApiCallError) form.setErrors(error.fieldErrors);
      notifyError(error, 'Les valeurs horaires n’ont pas été enregistrées');
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card withBorder>
      <Group justify="space-between" align="start" mb="xs">
        <Title order={3} size="h5">
          Valeurs horaires
        </Title>
        <Select
          aria-label="Année des valeurs horaires"
          w={110}
          allowDeselect={false}
          data={years.map(String)}
          value={String(year)}
          onChange={(v) => v && setYear(Number(v))}
        />
      </Group>
      <Alert variant="light" color="blue" icon={<IconInfoCircle size={18} />} mb="md">
        <Text size="sm">
          La valeur d’une heure de bénévolat se décide en conseil d’administration, pour chaque année.
          Références courantes : le SMIC horaire brut de l’année, éventuellement majoré des cotisations
          patronales (« SMIC chargé »), ou le salaire horaire d’un emploi équivalent pour des fonctions
          qualifiées. Porte-voix ne propose aucun montant : le SMIC change chaque année, vérifiez celui en
          vigueur (valeur à vérifier sur service-public.fr) et notez la source. Sans valeur, les heures sont
          comptées mais pas valorisées, et le tableau de bord, le relevé et le journal le signalent.
        </Text>
      </Alert>
      <form onSubmit={form.onSubmit(submit, notifyIncomplete)} noValidate>
        <Table verticalSpacing={4} aria-label={`Valeurs horaires ${year}`}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Catégorie</Table.Th>
              <Table.Th w={150}>Valeur de l’heure (€)</Table.Th>
              <Table.Th w={300}>Source de la valeur</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {form.values.rows.map((r, i) => (
              <Table.Tr key={r.categoryId}>
                <Table.Td>
                  <Text size="sm">{r.label}</Text>
                </Table.Td>
                <Table.Td>
                  <TextInput
                    aria-label={`Valeur de l’heure : ${r.label}`}
                    placeholder="à voter"
                    inputMode="decimal"
                    {...form.getInputProps(`rows.${i}.euros`)}
                    error={form.errors[`rates.${i}.hourlyCents`]}
                  />
                </Table.Td>
                <Table.Td>
                  <TextInput
                    aria-label={`Source de la valeur : ${r.label}`}
                    placeholder="SMIC horaire brut, vote du CA du…"
                    {...form.getInputProps(`rows.${i}.source`)}
                    error={form.errors[`rates.${i}.source`]}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Group justify="flex-end" mt="md">
          {previous !== undefined && (
            <Button
              variant="default"
              leftSection={<IconCopy size={16} />}
              onClick={() => void copyFrom(previous)}
            >
              Reprendre les valeurs de {previous}
            </Button>
          )}
          <Button type="submit" loading={saving}>
            Enregistrer les valeurs de {year}
          </Button>
        </Group>
      </form>
    </Card>
  );
}

/**
 * Paramètres › Bénévolat: what counts (which category the hours of meetings and sessions go
 * to, travel time or not), where the valorisation appears (relevé, journal) and its accounts,
 * then the hourly values per year and the categories.
 */
import { Button, Card, Group, Loader, Select, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import {
  valorisationSettingsInput,
  type ValorisationSettings as Settings,
} from '../../shared/valorisation/settings';
import type { VolunteerCategory } from '../../shared/valorisation/types';
import { ApiCallError, call, notifyError } from '../api';
import { notifyIncomplete, schemaValidator } from '../forms';
import { useLoad } from '../hooks';
import { VolunteerCategoriesSettings } from './VolunteerCategoriesSettings';
import { VolunteerRatesSettings } from './VolunteerRatesSettings';

const NOT_COUNTED = 'aucune';
type CategoryField = 'instanceCategoryId' | 'sessionCategoryId' | 'animationCategoryId' | 'travelCategoryId';
const sources: Array<{ field: CategoryField; label: string; description: string }> = [
  {
    field: 'instanceCategoryId',
    label: 'Réunions des instances',
    description: 'Présences « présent » et « à distance », aux heures de la personne ou de la réunion',
  },
  {
    field: 'sessionCategoryId',
    label: 'Séances des actions (participants)',
    description: 'Présents ou à distance',
  },
  {
    field: 'animationCategoryId',
    label: 'Séances des actions (animation)',
    description: 'Animateurs, intervenants',
  },
  {
    field: 'travelCategoryId',
    label: 'Catégorie du temps de trajet',
    description: 'Le temps saisi dans cette catégorie ne compte que si la case ci-dessous est cochée',
  },
];

function OptionsForm(props: { categories: VolunteerCategory[] }) {
  const { data } = useLoad(() => call('valorisationSettings:get', {}), []);
  const [saving, setSaving] = useState(false);
  const form = useForm<Settings>({
    mode: 'controlled',
    initialValues: {
      instanceCategoryId: null,
      sessionCategoryId: null,
      animationCategoryId: null,
      travelCategoryId: null,
      countTravel: false,
      showOnRecord: false,
      inJournal: false,
      debitAccount: '864',
      creditAccount: '875',
    },
    validate: schemaValidator<Settings>(valorisationSettingsInput),
  });
  useEffect(() => {
    if (!data) return;
    form.setValues(data);
    form.resetDirty(data);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [data]);
  if (!data) return <Loader aria-label="Chargement" />;
  const choices = [
    { value: NOT_COUNTED, label: 'Ne pas compter' },
    ...props.categories
      .filter((c) => !c.archived || Object.values(form.values).includes(c.id))
      .map((c) => ({ value: String(c.id), label: c.label })),
  ];
  const submit = async (values: Settings) => {
    setSaving(true);
    try {
      const saved = await call('valorisationSettings:save', values);
      form.resetDirty(saved);
      notifications.show({
        color: 'teal',
        title: 'Paramètres enregistrés',
        message: 'Valorisation du bénévolat',
      });
    } catch (error) {
      if (error instanceof ApiCallError) form.setErrors(error.fieldErrors);
      notifyError(error);
    } finally {
      setSaving(false);
    }
  };
  return (
    <Card withBorder>
      <Title order={3} size="h5" mb={4}>
        Valorisation du bénévolat
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        Les heures de réunion et de séance comptent d’elles-mêmes, dans la catégorie choisie ici ; le temps
        donné en dehors se saisit dans « Temps bénévole ». Heures × valeur horaire de l’année = contributions
        volontaires en nature.
      </Text>
      <form onSubmit={form.onSubmit(submit, notifyIncomplete)} noValidate>
        <Stack gap="sm">
          <Group align="start" gap="lg" wrap="wrap">
            {sources.map((s) => (
              <Select
                key={s.field}
                label={s.label}
                description={s.description}
                inputWrapperOrder={['label', 'input', 'description', 'error']}
                w={300}
                allowDeselect={false}
                data={choices}
                value={form.values[s.field] === null ? NOT_COUNTED : String(form.values[s.field])}
                onChange={(v) => form.setFieldValue(s.field, !v || v === NOT_COUNTED ? null : Number(v))}
                error={form.errors[s.field]}
              />
            ))}
          </Group>
          <Switch
            label="Compter le temps de trajet"
            description="Si l’association le décide, le temps de trajet saisi s’ajoute à la valorisation."
            {...form.getInputProps('countTravel', { type: 'checkbox' })}
          />
          <Switch
            label="Montrer la valorisation sur le relevé annuel de chaque personne"
            description="Un tableau heures × valeur horaire par catégorie, avant la signature."
            {...form.getInputProps('showOnRecord', { type: 'checkbox' })}
          />
          <Switch
            label="Inscrire la valorisation au journal comptable"
            description="Au 31 décembre, une écriture par catégorie : débit du compte 86, crédit du compte 87."
            {...form.getInputProps('inJournal', { type: 'checkbox' })}
          />
          <Group align="start" gap="lg">
            <TextInput
              label="Compte de débit"
              description="864 « Personnel bénévole »"
              inputWrapperOrder={['label', 'input', 'description', 'error']}
              w={220}
              {...form.getInputProps('debitAccount')}
            />
            <TextInput
              label="Compte de crédit"
              description="875 « Bénévolat »"
              inputWrapperOrder={['label', 'input', 'description', 'error']}
              w={220}
              {...form.getInputProps('creditAccount')}
            />
          </Group>
          <Group justify="flex-end">
            <Button type="submit" loading={saving}>
              Enregistrer
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

export function ValorisationSettings() {
  const { data: categories, setData } = useLoad(() => call('volunteerCategories:list', {}), []);
  return (
    <Stack gap="md">
      {categories ? <OptionsForm categories={categories} /> : <Loader aria-label="Chargement" />}
      <VolunteerRatesSettings categories={categories} />
      <VolunteerCategoriesSettings categories={categories} onChange={setData} />
    </Stack>
  );
}

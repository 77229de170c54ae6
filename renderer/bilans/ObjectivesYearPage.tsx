import { Group, Select, Stack, Text } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../components/PageHeader';
import { ObjectivesCard } from './ObjectivesCard';

/** The years offered: ten back and two ahead of this one. */
function yearChoices(current: number): string[] {
  const years: string[] = [];
  for (let y = current + 2; y >= current - 10; y -= 1) years.push(String(y));
  return years;
}

/** « Objectifs de l’année »: the association's objectives and indicators for a year, outside any project. */
export function ObjectivesYearPage() {
  const [params, setParams] = useSearchParams();
  const thisYear = new Date().getFullYear();
  const asked = Number(params.get('annee'));
  const year = Number.isInteger(asked) && asked >= 2000 && asked <= 2100 ? asked : thisYear;
  return (
    <>
      <PageHeader
        title="Objectifs de l’année"
        back={{ to: '/financements', label: 'Financements et bilans' }}
      />
      <Stack gap="md">
        <Group align="end" gap="md">
          <Select
            label="Année"
            w={120}
            data={yearChoices(thisYear)}
            value={String(year)}
            allowDeselect={false}
            onChange={(v) => v && setParams({ annee: v }, { replace: true })}
          />
          <Text size="sm" c="dimmed" maw={640}>
            Les objectifs de l’association pour l’année, hors projet ; ceux d’un projet se définissent sur la
            fiche du projet. Les résultats calculés sont ceux du tableau de bord pour l’année, toutes
            instances.
          </Text>
        </Group>
        <ObjectivesCard owner={{ kind: 'annee', year }} />
      </Stack>
    </>
  );
}

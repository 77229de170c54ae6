import '@mantine/charts/styles.css';
import { Alert, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useSearchParams } from 'react-router';
import { figureFamilies, figureFamilyLabels, figures } from '../../shared/indicators/catalogue';
import { figureApplies } from '../../shared/indicators/scope-rules';
import { call } from '../api';
import { PageHeader } from '../components/PageHeader';
import { useLoad } from '../hooks';
import { readParams, writeParams, type DashboardParams } from './dashboard-params';
import { FigureCard } from './FigureCard';
import { PeriodScopePicker } from './PeriodScopePicker';
import { StartScreenCheckbox } from './start-screen';
import { AnnualReportButton } from './AnnualReportButton';

/** « Tableau de bord »: every figure for a period and a scope, beside the previous period. */
export function DashboardPage() {
  const [params, setParams] = useSearchParams();
  const value = readParams(params);
  const key = params.toString();
  const { data: options } = useLoad(() => call('indicators:scopes', {}), []);
  const { data, loading } = useLoad(() => call('indicators:dashboard', value), [key]);
  // The congé weighs every employed person's year: it arrives on its own, after the other figures.
  const withConge = figureApplies('congeUsed', value.scope);
  const { data: conge } = useLoad(
    () => (withConge ? call('indicators:conge', value) : Promise.resolve(null)),
    [key],
  );
  const shown = figures.filter((def) => figureApplies(def.id, value.scope));
  const change = (next: DashboardParams) => setParams(writeParams(next), { replace: true });
  const comparedWith =
    value.period.kind === 'annee' ? String(value.period.year - 1) : 'la période précédente';
  const query = new URLSearchParams(writeParams(value)).toString();

  return (
    <>
      <PageHeader
        title="Tableau de bord"
        actions={
          <>
            <StartScreenCheckbox />
            <AnnualReportButton value={value} />
          </>
        }
      />
      <PeriodScopePicker value={value} options={options} onChange={change} />
      {!data && loading && <Loader aria-label="Chargement" />}
      {!data && !loading && <Alert color="red">Le tableau de bord n’a pas pu être calculé.</Alert>}
      {data && (
        <Stack gap="lg" maw={1400}>
          <Text size="sm" c="dimmed" mt={-8}>
            {data.scopeLabel}, {data.period.label}
            {data.period.until < data.period.to ? ` (jusqu’à aujourd’hui)` : ''} — comparé{' '}
            {value.period.kind === 'annee'
              ? `à ${data.previousPeriod.label}`
              : `à la période ${data.previousPeriod.label}`}
            . Passez sur{' '}
            <IconInfoCircle
              size={14}
              style={{ verticalAlign: 'text-bottom' }}
              aria-label="l’icône d’information"
            />{' '}
            pour la définition de chaque chiffre ; cliquez sur un chiffre pour la liste qu’il compte.
          </Text>
          {value.scope.kind === 'projet' && (
            <Text size="sm" c="dimmed" mt={-12}>
              Pour un projet, le tableau de bord montre les chiffres de ses actions, de leurs séances, de
              leurs questionnaires et de leurs frais : les mandats et les réunions des instances ne se
              rattachent pas à un projet.
            </Text>
          )}
          {figureFamilies
            .filter((family) => shown.some((def) => def.family === family))
            .map((family) => (
              <section key={family} aria-label={figureFamilyLabels[family]}>
                <Title order={3} size="h4" mb="xs">
                  {figureFamilyLabels[family]}
                </Title>
                <SimpleGrid cols={{ base: 1, sm: 2, lg: 3, xl: 4 }} spacing="md">
                  {shown
                    .filter((def) => def.family === family)
                    .map((def) => (
                      <FigureCard
                        key={def.id}
                        def={def}
                        figure={
                          def.id === 'congeUsed' ? conge : (data.figures.find((f) => f.id === def.id) ?? null)
                        }
                        comparedWith={comparedWith}
                        listLink={`/tableau-de-bord/${def.id}?${query}`}
                        loadingText={
                          def.id === 'congeUsed' ? 'Calcul des congés de représentation…' : undefined
                        }
                      />
                    ))}
                </SimpleGrid>
              </section>
            ))}
        </Stack>
      )}
    </>
  );
}

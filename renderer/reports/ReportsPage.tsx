/** « Comptes rendus »: the reports back written after meetings and sessions, their follow-ups, the yearly document. */
import { Grid, Tabs } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../components/PageHeader';
import { ActivityReportCard } from './ActivityReportCard';
import { FollowUpsList } from './FollowUpsList';
import { ReportsList } from './ReportsList';

export function ReportsPage() {
  const [params, setParams] = useSearchParams();
  const tab =
    params.get('onglet') === 'suivis' ? 'suivis' : params.get('onglet') === 'activite' ? 'activite' : 'liste';
  return (
    <>
      <PageHeader title="Comptes rendus de mandat" />
      <Tabs
        value={tab}
        onChange={(v) => setParams(v && v !== 'liste' ? { onglet: v } : {}, { replace: true })}
        keepMounted={false}
      >
        <Tabs.List mb="md">
          <Tabs.Tab value="liste">Comptes rendus</Tabs.Tab>
          <Tabs.Tab value="suivis">Suivis</Tabs.Tab>
          <Tabs.Tab value="activite">Compte rendu d’activité</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="liste">
          <ReportsList />
        </Tabs.Panel>
        <Tabs.Panel value="suivis">
          <FollowUpsList />
        </Tabs.Panel>
        <Tabs.Panel value="activite">
          <Grid>
            <Grid.Col span={{ base: 12, md: 8, lg: 6 }}>
              <ActivityReportCard />
            </Grid.Col>
          </Grid>
        </Tabs.Panel>
      </Tabs>
    </>
  );
}

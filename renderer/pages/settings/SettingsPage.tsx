import { Tabs } from '@mantine/core';
import { PageHeader } from '../../components/PageHeader';
import { AssociationSettings } from './AssociationSettings';
import { ApplicationSettings } from './ApplicationSettings';

export function SettingsPage() {
  return (
    <>
      <PageHeader title="Paramètres" />
      <Tabs defaultValue="association" keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="association">Association</Tabs.Tab>
          <Tabs.Tab value="application">Application et données</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="association">
          <AssociationSettings />
        </Tabs.Panel>
        <Tabs.Panel value="application">
          <ApplicationSettings />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}

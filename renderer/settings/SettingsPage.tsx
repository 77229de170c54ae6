import { Tabs } from '@mantine/core';
import { PageHeader } from '../components/PageHeader';
import { AssociationSettings } from './AssociationSettings';
import { ApplicationSettings } from './ApplicationSettings';
import { RegisterSettingsTab } from '../register/RegisterSettingsTab';
import { MeetingsSettings } from '../meetings/MeetingsSettings';
import { ClaimsSettingsTab } from '../claims/ClaimsSettingsTab';
import { ActionThemesSettings } from '../actions/ActionThemesSettings';
import { ReportsSettings } from '../reports/ReportsSettings';
import { PrivacySettingsCard } from '../privacy/PrivacySettingsCard';

export function SettingsPage() {
  return (
    <>
      <PageHeader title="Paramètres" />
      <Tabs defaultValue="association" keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="association">Association</Tabs.Tab>
          <Tabs.Tab value="reunions">Réunions</Tabs.Tab>
          <Tabs.Tab value="registre">Registre</Tabs.Tab>
          <Tabs.Tab value="actions">Actions</Tabs.Tab>
          <Tabs.Tab value="frais">Frais</Tabs.Tab>
          <Tabs.Tab value="application">Application et données</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="association">
          <AssociationSettings />
        </Tabs.Panel>
        <Tabs.Panel value="reunions">
          <MeetingsSettings />
          <ReportsSettings />
        </Tabs.Panel>
        <Tabs.Panel value="registre">
          <RegisterSettingsTab />
          <PrivacySettingsCard />
        </Tabs.Panel>
        <Tabs.Panel value="actions">
          <ActionThemesSettings />
        </Tabs.Panel>
        <Tabs.Panel value="frais">
          <ClaimsSettingsTab />
        </Tabs.Panel>
        <Tabs.Panel value="application">
          <ApplicationSettings />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}

import { Tabs } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../components/PageHeader';
import { AssociationSettings } from './AssociationSettings';
import { ApplicationSettings } from './ApplicationSettings';
import { RegisterSettingsTab } from '../register/RegisterSettingsTab';
import { MeetingsSettings } from '../meetings/MeetingsSettings';
import { ClaimsSettingsTab } from '../claims/ClaimsSettingsTab';
import { ActionThemesSettings } from '../actions/ActionThemesSettings';
import { ReportsSettings } from '../reports/ReportsSettings';
import { MailSettings } from '../mail/MailSettings';
import { ValorisationSettings } from '../valorisation/ValorisationSettings';
import { AuditLogCheck } from '../history/AuditLogCheck';
import { PrivacySettingsCard } from '../privacy/PrivacySettingsCard';

export function SettingsPage() {
  // « À faire » links to a tab: /parametres?onglet=application.
  const [params] = useSearchParams();
  return (
    <>
      <PageHeader title="Paramètres" />
      <Tabs defaultValue={params.get('onglet') ?? 'association'} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="association">Association</Tabs.Tab>
          <Tabs.Tab value="reunions">Réunions</Tabs.Tab>
          <Tabs.Tab value="registre">Registre</Tabs.Tab>
          <Tabs.Tab value="actions">Actions</Tabs.Tab>
          <Tabs.Tab value="frais">Frais</Tabs.Tab>
          <Tabs.Tab value="envoi">Envoi des documents</Tabs.Tab>
          <Tabs.Tab value="benevolat">Bénévolat</Tabs.Tab>
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
        <Tabs.Panel value="envoi">
          <MailSettings />
        </Tabs.Panel>
        <Tabs.Panel value="benevolat">
          <ValorisationSettings />
        </Tabs.Panel>
        <Tabs.Panel value="application">
          <ApplicationSettings />
          <AuditLogCheck />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}

/**
 * One note de frais: its actions (those the workflow rule allows), what blocks or ended it, its
 * lines with their receipts, and its history.
 */
import { Alert, Badge, Button, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileTypePdf } from '@tabler/icons-react';
import { useState } from 'react';
import { useParams } from 'react-router';
import { missingReceiptsSentence } from '../../shared/rules/claim-receipts';
import { formatEuros } from '../../shared/rules/format-fr';
import { byAuthor } from '../../shared/rules/recorded-author';
import { claimStatusLabels } from '../../shared/claims/schemas';
import type { Claim } from '../../shared/claims/types';
import { call, notifyError } from '../api';
import { PageHeader } from '../components/PageHeader';
import { RecordHistoryButton } from '../components/RecordHistory';
import { offerFile } from '../files';
import { SendByMailButton } from '../mail/send-document';
import { formatDateTime } from '../format';
import { useLoad } from '../hooks';
import { ClaimActionDialog } from './ClaimActionDialog';
import { ClaimActions, type ClaimDialog } from './ClaimActions';
import { ClaimLinesTable } from './ClaimLinesTable';
import { ClaimStatusNotes } from './ClaimStatusNotes';
import { StatusBadge } from './ui';

export function ClaimDetailPage() {
  const id = Number(useParams().id);
  const { data: claim, setData, loading } = useLoad(() => call('claims:get', { id }), [id]);
  const [dialog, setDialog] = useState<ClaimDialog | null>(null);
  // A new key at each opening: the dialog's fields start empty again.
  const [dialogKey, setDialogKey] = useState(0);

  if (loading && !claim) return <Loader aria-label="Chargement" />;
  if (!claim) return <Alert color="red">Cette note n’existe pas ou plus.</Alert>;
  // Said before any confirmation: the same rule the main process applies at submission.
  const missingReceipts = missingReceiptsSentence(
    claim.lines.map((l) => ({ ...l, receiptCount: l.receipts.length })),
  );

  const run = async (action: () => Promise<Claim>, success: string) => {
    try {
      const updated = await action();
      setData(updated);
      notifications.show({
        color: 'teal',
        title: success,
        message: `${updated.number ?? 'Note'} : ${claimStatusLabels[updated.status].toLowerCase()}`,
      });
      return true;
    } catch (e) {
      notifyError(e);
      return false;
    }
  };

  const openDialog = (d: ClaimDialog) => {
    setDialogKey((k) => k + 1);
    setDialog(d);
  };

  const who = `${claim.person.civility ? `${claim.person.civility} ` : ''}${claim.person.firstName} ${claim.person.lastName}`;

  return (
    <>
      <PageHeader
        title={`Note de frais ${claim.number ?? '(brouillon)'}`}
        back={{ to: '/frais', label: 'Notes de frais' }}
        actions={
          <>
            <RecordHistoryButton
              entity="claim"
              entityId={claim.id}
              title={`Note de frais ${claim.number ?? '(brouillon)'}`}
            />
            <Button
              variant="default"
              leftSection={<IconFileTypePdf size={16} />}
              onClick={() =>
                void call('claims:pdf', { id }).then(
                  (f) => offerFile(f, `État de frais ${claim.number ?? '(brouillon)'}`),
                  (e: unknown) => notifyError(e),
                )
              }
            >
              État de frais (PDF)
            </Button>
            {claim.number !== null && (
              <SendByMailButton
                input={{ kind: 'etatDeFrais', id }}
                what={`Note de frais ${claim.number}`}
                personName={`${claim.person.firstName} ${claim.person.lastName}`}
              />
            )}
            <ClaimActions claim={claim} missingReceipts={missingReceipts} run={run} openDialog={openDialog} />
          </>
        }
      />
      <Stack gap="md">
        <Group gap="xl" wrap="wrap">
          <StatusBadge status={claim.status} />
          <Text size="sm">
            <b>{who}</b>
            {claim.title ? ` — ${claim.title}` : ''}
          </Text>
          <Text size="sm">
            Total : <b data-testid="total-note">{formatEuros(claim.totalCents)}</b>
          </Text>
          {!claim.person.iban && (
            <Badge color="orange" variant="light">
              IBAN manquant sur la fiche
            </Badge>
          )}
        </Group>
        <ClaimStatusNotes claim={claim} who={who} missingReceipts={missingReceipts} />
        <ClaimLinesTable claim={claim} setClaim={setData} />
        <Card withBorder>
          <Title order={3} size="h5" mb="xs">
            Historique
          </Title>
          <Stack gap={4}>
            {claim.events.map((e, i) => (
              <Text key={i} size="sm">
                {formatDateTime(e.at)} — {e.action} {byAuthor(e.actor)}
                {e.reason ? ` : « ${e.reason} »` : ''}
              </Text>
            ))}
          </Stack>
        </Card>
      </Stack>
      <ClaimActionDialog
        key={dialogKey}
        claim={claim}
        who={who}
        dialog={dialog}
        onClose={() => setDialog(null)}
        run={run}
        setClaim={setData}
      />
    </>
  );
}

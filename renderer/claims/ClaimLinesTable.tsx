/** The lines of a claim: date, nature and purpose, how the amount was computed, receipts (joined while open). */
import { ActionIcon, Anchor, Button, Card, Group, Stack, Table, Text, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPaperclip, IconTrash } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { computationText } from '../../shared/rules/french-spacing';
import { formatEuros, formatKm } from '../../shared/rules/format-fr';
import { lineKindLabels, transportModeLabels } from '../../shared/claims/schemas';
import type { Claim, ClaimLine } from '../../shared/claims/types';
import { claimAllows } from '../../shared/claims/workflow';
import { call, notifyError } from '../api';
import { openFile } from '../files';
import { formatDate } from '../format';

function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(new Error('lecture impossible'));
    reader.readAsDataURL(file);
  });
}

function lineTitle(l: ClaimLine): string {
  if (l.kind === 'transport' && l.transportMode) return transportModeLabels[l.transportMode];
  return lineKindLabels[l.kind];
}

export function ClaimLinesTable(props: { claim: Claim; setClaim: (claim: Claim) => void }) {
  const { claim, setClaim } = props;
  // Receipts change with the claim's lines: while the workflow lets the claim be edited.
  const editable = claimAllows(claim, 'edit');
  const fileInput = useRef<HTMLInputElement>(null);
  const [attachLine, setAttachLine] = useState<number | null>(null);

  const attach = async (file: File | undefined) => {
    if (!file || attachLine === null) return;
    if (file.size > 10 * 1024 * 1024) {
      notifications.show({
        color: 'red',
        title: 'Fichier trop lourd',
        message: 'Le justificatif dépasse 10 Mo : numérisez-le en qualité moindre.',
      });
      return;
    }
    try {
      setClaim(
        await call('claims:attachReceipt', {
          lineId: attachLine,
          fileName: file.name,
          dataBase64: await readAsBase64(file),
        }),
      );
      notifications.show({ color: 'teal', title: 'Justificatif joint', message: file.name });
    } catch (e) {
      notifyError(e, 'Le justificatif n’a pas été joint');
    } finally {
      if (fileInput.current) fileInput.current.value = '';
    }
  };

  return (
    <>
      <Card withBorder padding={0}>
        <Table striped verticalSpacing="xs" aria-label="Lignes de la note">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={100}>Date</Table.Th>
              <Table.Th>Nature et objet</Table.Th>
              <Table.Th>Calcul</Table.Th>
              <Table.Th w={110} ta="right">
                Montant
              </Table.Th>
              <Table.Th w={200}>Justificatifs</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {claim.lines.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={5}>
                  <Text size="sm" c="dimmed">
                    Aucune ligne : modifiez la note pour ajouter un trajet ou une dépense.
                  </Text>
                </Table.Td>
              </Table.Tr>
            )}
            {claim.lines.map((l, index) => (
              <Table.Tr key={l.id} data-testid={`ligne-${index + 1}`}>
                <Table.Td>{formatDate(l.date)}</Table.Td>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {lineTitle(l)}
                  </Text>
                  <Text size="sm">{l.purpose}</Text>
                  {l.kind === 'kilometrique' && (
                    <Text size="xs" c="dimmed">
                      {l.fromPlace} → {l.toPlace}
                      {l.distanceTenthKm !== null
                        ? l.roundTrip
                          ? `, ${formatKm(l.distanceTenthKm)} × 2 (aller-retour)`
                          : `, ${formatKm(l.distanceTenthKm)}`
                        : ''}
                      {l.vehicleDescription ? ` — ${l.vehicleDescription}` : ''}
                    </Text>
                  )}
                  {l.meetingLabel && (
                    <Text size="xs" c="dimmed">
                      Réunion : {l.meetingLabel}
                    </Text>
                  )}
                  {/* Plain text rather than badges: a warning must be read whole, even on a narrow screen. */}
                  {l.warnings.map((w) => (
                    <Text key={w} size="xs" fw={600} c="orange.8" mt={4}>
                      {w}
                    </Text>
                  ))}
                </Table.Td>
                <Table.Td>
                  <Text size="xs">{computationText(l.explanation)}</Text>
                </Table.Td>
                <Table.Td ta="right">
                  <Text size="sm" fw={500}>
                    {formatEuros(l.amountCents)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Stack gap={2}>
                    {l.receipts.map((r) => (
                      <Group key={r.hash} gap={4} wrap="nowrap">
                        <Anchor
                          size="xs"
                          onClick={() =>
                            void call('claims:openReceipt', { lineId: l.id, hash: r.hash }).then(
                              (f) => openFile(f),
                              (e: unknown) => notifyError(e),
                            )
                          }
                        >
                          {r.originalName}
                        </Anchor>
                        {editable && (
                          <Tooltip label="Retirer ce justificatif">
                            <ActionIcon
                              size="xs"
                              variant="subtle"
                              color="red"
                              aria-label={`Retirer ${r.originalName}`}
                              onClick={() =>
                                void call('claims:detachReceipt', { lineId: l.id, hash: r.hash }).then(
                                  setClaim,
                                  (e: unknown) => notifyError(e),
                                )
                              }
                            >
                              <IconTrash size={12} />
                            </ActionIcon>
                          </Tooltip>
                        )}
                      </Group>
                    ))}
                    {editable && l.kind !== 'regularisation' && (
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        leftSection={<IconPaperclip size={12} />}
                        aria-label={`Joindre un justificatif à la ligne ${index + 1}`}
                        onClick={() => {
                          setAttachLine(l.id);
                          fileInput.current?.click();
                        }}
                      >
                        Joindre
                      </Button>
                    )}
                  </Stack>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Card>
      <input
        ref={fileInput}
        type="file"
        accept="application/pdf,image/jpeg,image/png"
        hidden
        aria-label="Fichier du justificatif"
        onChange={(e) => void attach(e.currentTarget.files?.[0])}
      />
    </>
  );
}

import { plural } from '../../shared/rules/plural';
import { Badge, Card, ScrollArea, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { frenchSpacing } from '../../shared/rules/french-spacing';
import { importFields } from '../../shared/exchange/schemas';
import type { ImportAnalysis, ImportMandateAction, ImportPersonAction } from '../../shared/exchange/types';
import { formatDate } from '../format';

const personAction: Record<ImportPersonAction, { label: string; color: string }> = {
  creation: { label: 'Nouvelle fiche', color: 'teal' },
  mise_a_jour: { label: 'Fiche mise à jour', color: 'blue' },
  inchange: { label: 'Déjà à jour', color: 'gray' },
};
const mandateAction: Record<ImportMandateAction, { label: string; color: string }> = {
  creation: { label: 'Nouveau mandat', color: 'teal' },
  deja_present: { label: 'Mandat déjà présent', color: 'gray' },
  aucun: { label: '—', color: 'gray' },
};

// Badges keep their full label instead of shrinking to « N… » in the scrolled table.
const keepWidth = { flexShrink: 0 } as const;

/** A badge whose reason shows on hover or keyboard focus. */
function NoteBadge({ color, label, text }: { color: string; label: string; text: string }) {
  return (
    <Tooltip label={frenchSpacing(text)} multiline maw={360} withArrow>
      <Badge color={color} variant="light" style={keepWidth} tabIndex={0} aria-label={`${label} : ${text}`}>
        {label}
      </Badge>
    </Tooltip>
  );
}

/** A date the import fills itself, marked as such. */
function ComputedDate({ iso }: { iso: string }) {
  return (
    <Text span size="sm" c="blue.8" fs="italic" title="Calculée d’après la durée des mandats de l’instance">
      {formatDate(iso)} (calculée)
    </Text>
  );
}

/** The first lines of the file as the import will read them: what each does, or why it cannot. */
export function ImportPreview({ analysis }: { analysis: ImportAnalysis }) {
  const mappedFields = importFields.filter((f) => analysis.mapping[f.field] != null);
  // Computed ends show in the end column, or in their own when no column gives the end.
  const computedEndColumn =
    analysis.mapping.endDate == null && analysis.preview.some((r) => r.computedEndDate !== null);
  return (
    <Card withBorder>
      <Title order={3} size="h5" mb="xs">
        Aperçu des premières lignes
      </Title>
      <ScrollArea>
        <Table
          aria-label="Aperçu de l’import"
          striped
          fz="sm"
          style={{ whiteSpace: 'nowrap', minWidth: 'max-content' }}
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Ligne</Table.Th>
              <Table.Th>Résultat</Table.Th>
              {mappedFields.map((f) => (
                <Table.Th key={f.field}>{f.label}</Table.Th>
              ))}
              {computedEndColumn && <Table.Th>Fin du mandat (calculée)</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {analysis.preview.map((r) => (
              <Table.Tr key={r.line}>
                <Table.Td>{r.line}</Table.Td>
                <Table.Td>
                  {r.error ? (
                    <Stack gap={4} align="flex-start">
                      <NoteBadge color="red" label="Invalide" text={r.error} />
                      {r.warning && <NoteBadge color="yellow" label="Valeur corrigée" text={r.warning} />}
                    </Stack>
                  ) : (
                    <Stack gap={4} align="flex-start">
                      {r.warning && <NoteBadge color="yellow" label="Valeur corrigée" text={r.warning} />}
                      {r.personAction && (
                        <Badge color={personAction[r.personAction].color} variant="light" style={keepWidth}>
                          {personAction[r.personAction].label}
                        </Badge>
                      )}
                      {r.mandateAction && r.mandateAction !== 'aucun' && (
                        <Badge color={mandateAction[r.mandateAction].color} variant="light" style={keepWidth}>
                          {mandateAction[r.mandateAction].label}
                        </Badge>
                      )}
                    </Stack>
                  )}
                </Table.Td>
                {mappedFields.map((f) => (
                  <Table.Td key={f.field}>
                    {f.field === 'endDate' && r.computedEndDate ? (
                      <ComputedDate iso={r.computedEndDate} />
                    ) : (
                      (r.values[analysis.mapping[f.field] ?? -1] ?? '')
                    )}
                  </Table.Td>
                ))}
                {computedEndColumn && (
                  <Table.Td>{r.computedEndDate && <ComputedDate iso={r.computedEndDate} />}</Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea>
      {analysis.rowCount > analysis.preview.length && (
        <Text size="xs" c="dimmed" mt="xs">
          … et {plural(analysis.rowCount - analysis.preview.length, 'autre ligne', 'autres lignes')}.
        </Text>
      )}
    </Card>
  );
}

import { Alert, List, ScrollArea, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCalculator, IconColumnsOff } from '@tabler/icons-react';
import { frenchSpacing } from '../../shared/rules/french-spacing';
import type { ImportAnalysis } from '../../shared/exchange/types';

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('fr-FR')} ${n > 1 ? many : one}`;

/**
 * What the import will not take from the file, what it will fill itself, and what it changes in
 * the file's values: said before the import, so that nothing is done silently.
 */
export function ImportNotices({ analysis }: { analysis: ImportAnalysis }) {
  const { ignoredColumns, computedFields, warnings } = analysis;
  if (ignoredColumns.length + computedFields.length + warnings.length === 0) return null;
  return (
    <Stack gap="sm">
      {ignoredColumns.length > 0 && (
        <Alert
          color="gray"
          icon={<IconColumnsOff size={18} />}
          title={frenchSpacing(
            ignoredColumns.length > 1
              ? `${ignoredColumns.length.toLocaleString('fr-FR')} colonnes non reconnues : elles ne seront pas importées`
              : '1 colonne non reconnue : elle ne sera pas importée',
          )}
        >
          <Text size="sm">
            {frenchSpacing(ignoredColumns.map((h) => `« ${h} »`).join(', '))}. Si l’une d’elles contient une
            information ci-dessus, choisissez-la dans la liste correspondante.
          </Text>
        </Alert>
      )}
      {computedFields.length > 0 && (
        <Alert color="blue" icon={<IconCalculator size={18} />} title="Valeurs calculées par l’import">
          <List size="sm" spacing={2} aria-label="Valeurs calculées">
            {computedFields.map((c) => (
              <List.Item key={c.field}>{frenchSpacing(c.message)}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      {warnings.length > 0 && (
        <Alert
          color="yellow"
          icon={<IconAlertTriangle size={18} />}
          title={frenchSpacing(
            `${plural(warnings.length, 'valeur corrigée', 'valeurs corrigées')} : vérifiez-les`,
          )}
        >
          <Text size="sm" mb="xs">
            Ces valeurs du fichier seront enregistrées corrigées ; elles n’empêchent pas l’import.
          </Text>
          <ScrollArea.Autosize mah={160}>
            <List size="sm" spacing={2} aria-label="Valeurs corrigées">
              {warnings.map((w) => (
                <List.Item key={`${w.line}-${w.message}`}>
                  <b>Ligne {w.line}</b> — {frenchSpacing(w.message)}
                </List.Item>
              ))}
            </List>
          </ScrollArea.Autosize>
        </Alert>
      )}
    </Stack>
  );
}

import { Affix, Button, Group, Paper, Progress, Stack, Text } from '@mantine/core';
import { formatInteger } from '../../shared/rules/format-fr';
import { cancelBatch, useRunningBatches, type RunningBatch } from './batch-jobs';

function BatchLine({ batch }: { batch: RunningBatch }) {
  const counted = batch.total > 0;
  const percent = counted ? Math.round((batch.done * 100) / batch.total) : 100;
  return (
    <Stack gap={6}>
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <Text size="sm" fw={600} truncate="end">
          {batch.label}
        </Text>
        <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
          {counted ? `${formatInteger(batch.done)} / ${formatInteger(batch.total)}` : 'Préparation…'}
        </Text>
      </Group>
      <Progress
        value={percent}
        animated={!counted || batch.cancelling}
        striped={!counted}
        aria-label={`${batch.label} : avancement`}
        transitionDuration={200}
      />
      <Group justify="space-between" wrap="nowrap">
        <Text size="xs" c="dimmed">
          {batch.cancelling ? 'Arrêt en cours…' : 'Vous pouvez continuer à travailler pendant la génération.'}
        </Text>
        <Button
          size="xs"
          variant="default"
          onClick={() => void cancelBatch(batch.jobId)}
          disabled={batch.cancelling}
          style={{ flexShrink: 0 }}
        >
          Annuler
        </Button>
      </Group>
    </Stack>
  );
}

/** Every batch running, at the bottom right of every page, with its progress and « Annuler ». */
export function BatchProgress() {
  const batches = useRunningBatches();
  if (batches.length === 0) return null;
  return (
    <Affix position={{ bottom: 16, right: 16 }} zIndex={150}>
      <Paper
        withBorder
        shadow="md"
        p="sm"
        w={{ base: 300, sm: 360 }}
        role="status"
        aria-label="Générations en cours"
      >
        <Stack gap="md">
          {batches.map((b) => (
            <BatchLine key={b.jobId} batch={b} />
          ))}
        </Stack>
      </Paper>
    </Affix>
  );
}

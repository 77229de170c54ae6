/**
 * "Exporter" button for list pages: the list as CSV (opens in French Excel) or as an XLSX
 * workbook. Drop it in a page's actions: <ExportMenu kind="mandates" />, or, for a list exported
 * as filtered on screen, <ExportMenu produce={(format) => call('actions:export', { ...filters, format })} />.
 */
import { Button, Menu } from '@mantine/core';
import { IconDownload, IconFileSpreadsheet, IconFileTypeCsv } from '@tabler/icons-react';
import { useState } from 'react';
import type { ExportFormat, ExportKind } from '../../shared/exchange/types';
import type { FileRef } from '../../shared/files';
import { call, notifyError } from '../api';
import { offerFile } from '../files';

const channels = {
  representatives: 'export:representatives',
  instances: 'export:instances',
  mandates: 'export:mandates',
  trainings: 'export:trainings',
  signatures: 'export:signatures',
} as const satisfies Record<ExportKind, string>;

type Source = { kind: ExportKind } | { produce: (format: ExportFormat) => Promise<FileRef> };

export function ExportMenu(props: Source & { label?: string }) {
  const [busy, setBusy] = useState(false);
  const run = async (format: ExportFormat) => {
    setBusy(true);
    try {
      const file =
        'kind' in props ? await call(channels[props.kind], { format }) : await props.produce(format);
      offerFile(file, 'Export prêt');
    } catch (error) {
      notifyError(error, 'L’export n’a pas abouti');
    } finally {
      setBusy(false);
    }
  };
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="default" leftSection={<IconDownload size={16} />} loading={busy}>
          {props.label ?? 'Exporter'}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item leftSection={<IconFileSpreadsheet size={16} />} onClick={() => void run('xlsx')}>
          Classeur Excel (.xlsx)
        </Menu.Item>
        <Menu.Item leftSection={<IconFileTypeCsv size={16} />} onClick={() => void run('csv')}>
          Fichier CSV (séparateur « ; »)
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

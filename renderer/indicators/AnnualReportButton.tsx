import { Button } from '@mantine/core';
import { IconFileTypePdf } from '@tabler/icons-react';
import { useState } from 'react';
import { call, notifyError } from '../api';
import { offerFile } from '../files';
import type { DashboardParams } from './dashboard-params';

/** « Rapport d’activité (PDF) »: the dashboard's figures of the period and scope shown, for the AG. */
export function AnnualReportButton(props: { value: DashboardParams }) {
  const [busy, setBusy] = useState(false);
  const produce = async () => {
    setBusy(true);
    try {
      offerFile(await call('indicators:annualReportPdf', props.value), 'Rapport d’activité prêt');
    } catch (e) {
      notifyError(e, 'Le rapport d’activité n’a pas pu être produit');
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button
      variant="light"
      leftSection={<IconFileTypePdf size={16} />}
      loading={busy}
      onClick={() => void produce()}
    >
      Rapport d’activité (PDF)
    </Button>
  );
}

import { Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { Mandate, MandateDraft } from '../../shared/register/types';
import { call, notifyError } from '../api';
import { RecordHistoryDrawer } from '../components/RecordHistory';
import { EndMandateModal } from './EndMandateModal';
import { MandateFormModal, type MandateFormMode } from './MandateFormModal';

/** Everything one can do to mandates from a page, with the modals that go with it. */
export function useMandateActions(today: string, onChanged: () => void) {
  const [formMode, setFormMode] = useState<MandateFormMode | null>(null);
  const [ending, setEnding] = useState<Mandate | null>(null);
  const [historyOf, setHistoryOf] = useState<Mandate | null>(null);

  const done = () => {
    setFormMode(null);
    setEnding(null);
    onChanged();
  };

  const openRenew = async (m: Mandate) => {
    try {
      const draft = await call('mandates:renewalDraft', { id: m.id });
      setFormMode({ kind: 'renew', from: m, draft });
    } catch (error) {
      notifyError(error, 'Renouvellement impossible');
    }
  };

  const reopen = async (m: Mandate) => {
    try {
      await call('mandates:reopen', { id: m.id });
      notifications.show({
        color: 'teal',
        title: 'Mandat rouvert',
        message: `Le mandat de ${m.representativeName} court de nouveau.`,
      });
      onChanged();
    } catch (error) {
      notifyError(error, 'Le mandat n’a pas été rouvert');
    }
  };

  const confirmDelete = (m: Mandate) =>
    modals.openConfirmModal({
      title: 'Supprimer ce mandat ?',
      children: (
        <Text size="sm">
          Le mandat de {m.representativeName} ({m.roleLabel}, {m.instanceName}) sera effacé du registre, comme
          s’il n’avait jamais été saisi. Pour un mandat qui a réellement existé, utilisez plutôt « Terminer ».
        </Text>
      ),
      labels: { confirm: 'Supprimer', cancel: 'Annuler' },
      confirmProps: { color: 'red' },
      onConfirm: async () => {
        try {
          await call('mandates:delete', { id: m.id });
          notifications.show({
            color: 'teal',
            title: 'Mandat supprimé',
            message: 'Le mandat a été effacé du registre.',
          });
          onChanged();
        } catch (error) {
          notifyError(error);
        }
      },
    });

  return {
    openCreate: (preset: Partial<MandateDraft> & { representativeName?: string }) =>
      setFormMode({ kind: 'create', preset }),
    openEdit: (m: Mandate) => setFormMode({ kind: 'edit', mandate: m }),
    openEnd: (m: Mandate) => setEnding(m),
    openHistory: (m: Mandate) => setHistoryOf(m),
    openRenew,
    reopen,
    confirmDelete,
    modals: (
      <>
        <MandateFormModal mode={formMode} onClose={() => setFormMode(null)} onSaved={done} />
        <EndMandateModal mandate={ending} today={today} onClose={() => setEnding(null)} onSaved={done} />
        <RecordHistoryDrawer
          entity="mandate"
          entityId={historyOf?.id ?? null}
          title={historyOf ? `${historyOf.representativeName}, ${historyOf.instanceName}` : ''}
          onClose={() => setHistoryOf(null)}
        />
      </>
    ),
  };
}

export type MandateActions = ReturnType<typeof useMandateActions>;

import { computationText } from '../../shared/rules/french-spacing';
import { Alert, Button, Card, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { formatEuros, formatKm } from '../../shared/rules/format-fr';
import type { RegularisationProposal } from '../../shared/claims/types';
import { call, notifyError } from '../api';
import { currentYear, PersonSelect } from './ui';

/**
 * Year-end régularisation, vehicle by vehicle: f(total km of that vehicle in the year) − what is
 * already fixed for it, proposed as a draft claim.
 */
export function RegularisationModal(props: { opened: boolean; onClose: () => void }) {
  const navigate = useNavigate();
  const [person, setPerson] = useState<number | null>(null);
  const [year, setYear] = useState(currentYear());
  const [proposals, setProposals] = useState<RegularisationProposal[] | null>(null);

  useEffect(() => {
    setProposals(null);
    if (person === null) return;
    call('claims:regularisations', { representativeId: person, year }).then(setProposals, (e: unknown) =>
      notifyError(e),
    );
  }, [person, year]);

  const create = async (p: RegularisationProposal) => {
    try {
      const claim = await call('claims:createRegularisation', {
        representativeId: p.representativeId,
        year: p.year,
        vehicleKey: p.vehicleKey,
      });
      notifications.show({
        color: 'teal',
        title: 'Régularisation proposée',
        message: `Note en brouillon de ${formatEuros(claim.totalCents)}, à soumettre puis valider.`,
      });
      props.onClose();
      navigate(`/frais/${claim.id}`);
    } catch (e) {
      notifyError(e);
    }
  };

  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title="Régularisation kilométrique de fin d’année"
      size="lg"
    >
      <Stack>
        <Text size="sm" c="dimmed">
          Le barème donne, pour chaque véhicule, un montant annuel selon les kilomètres parcourus avec lui
          dans l’année. Quand des notes ont été figées en cours d’année puis annulées, ou que la puissance
          d’un véhicule a été corrigée, la différence avec ce qui a déjà été indemnisé pour ce véhicule se
          règle par une ligne de régularisation.
        </Text>
        <Group>
          <PersonSelect label="Représentant" value={person} onChange={setPerson} w={300} />
          <Select
            label="Année"
            w={120}
            allowDeselect={false}
            value={String(year)}
            onChange={(v) => setYear(Number(v))}
            data={Array.from({ length: 5 }, (_, i) => String(currentYear() - i))}
          />
        </Group>
        {proposals && proposals.length === 0 && (
          <Alert color="gray">Aucun trajet en {year} pour cette personne.</Alert>
        )}
        {(proposals ?? []).map((p) => (
          <Card key={p.vehicleKey} withBorder>
            <Text fw={600} size="sm">
              {p.vehicleDescription} — {formatKm(p.totalTenthKm)} en {p.year}
            </Text>
            <Text size="sm">{computationText(p.explanation)}</Text>
            <Group justify="flex-end" mt="xs">
              {p.alreadyProposed ? (
                <Text size="sm" c="dimmed">
                  Une régularisation est déjà en cours pour ce véhicule.
                </Text>
              ) : p.balanceCents === 0 ? (
                <Text size="sm" c="dimmed">
                  Rien à régulariser.
                </Text>
              ) : (
                <Button onClick={() => void create(p)}>
                  Proposer la régularisation ({formatEuros(p.balanceCents)})
                </Button>
              )}
            </Group>
          </Card>
        ))}
      </Stack>
    </Modal>
  );
}

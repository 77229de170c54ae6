import { Alert, Button, Card, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconFileSpreadsheet, IconFileTypePdf, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { periodText } from '../../shared/actions/rules';
import { formatEuros } from '../../shared/rules/format-fr';
import { call, notifyError } from '../api';
import { Field } from '../components/Field';
import { PageHeader } from '../components/PageHeader';
import { offerFile } from '../files';
import { useLoad } from '../hooks';
import { SectionEditor } from './SectionEditor';
import { StaffCard } from './StaffCard';

/** One bilan d'action: its texts (versioned), the human resources typed, and the PDF and workbook. */
export function BilanPage() {
  const id = Number(useParams().id);
  const navigate = useNavigate();
  const [producing, setProducing] = useState<'pdf' | 'xlsx' | null>(null);
  const { data: bilan, loading, setData } = useLoad(() => call('bilans:get', { id }), [id]);
  if (loading && !bilan) return <Loader aria-label="Chargement" />;
  if (!bilan) return <Alert color="red">Ce bilan n’existe pas ou plus.</Alert>;

  const produce = async (kind: 'pdf' | 'xlsx') => {
    setProducing(kind);
    try {
      offerFile(await call(kind === 'pdf' ? 'bilans:pdf' : 'bilans:xlsx', { id }), 'Bilan d’action prêt');
    } catch (error) {
      notifyError(error, 'Le bilan n’a pas pu être produit');
    } finally {
      setProducing(null);
    }
  };
  const remove = () =>
    modals.openConfirmModal({
      title: 'Supprimer ce bilan ?',
      children: <Text size="sm">Le bilan et tous ses textes, versions comprises, seront effacés.</Text>,
      labels: { confirm: 'Supprimer', cancel: 'Revenir' },
      confirmProps: { color: 'red' },
      onConfirm: async () => {
        try {
          await call('bilans:delete', { id });
          navigate(`/financements/${bilan.funding.id}`);
        } catch (error) {
          notifyError(error);
        }
      },
    });

  return (
    <>
      <PageHeader
        title={`Bilan d’action ${periodText(bilan.from, bilan.to)}`}
        back={{
          to: `/financements/${bilan.funding.id}`,
          label: `${bilan.funding.funder} — ${bilan.funding.title}`,
        }}
        actions={
          <>
            <Button variant="subtle" color="red" leftSection={<IconTrash size={16} />} onClick={remove}>
              Supprimer
            </Button>
            <Button
              variant="default"
              leftSection={<IconFileSpreadsheet size={16} />}
              loading={producing === 'xlsx'}
              onClick={() => void produce('xlsx')}
            >
              Classeur Excel
            </Button>
            <Button
              leftSection={<IconFileTypePdf size={16} />}
              loading={producing === 'pdf'}
              onClick={() => void produce('pdf')}
            >
              Bilan PDF
            </Button>
          </>
        }
      />
      <Stack gap="md">
        <Card withBorder>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
            <Field label="Financeur">{bilan.funding.funder}</Field>
            <Field label="Montant">{formatEuros(bilan.funding.amountCents)}</Field>
            <Field label="Convention">{bilan.funding.agreementRef}</Field>
            <Field label="Périmètre des chiffres">{bilan.scopeLabel}</Field>
          </SimpleGrid>
          <Text size="sm" c="dimmed" mt="sm">
            Le PDF reprend les actions et les séances des projets financés, les bénéficiaires, les
            partenaires, les heures, les objectifs et les chiffres du tableau de bord pour la période ; les
            textes ci-dessous complètent chaque rubrique.
          </Text>
        </Card>
        <StaffCard bilan={bilan} onSaved={setData} />
        <Card withBorder>
          <Title order={3} size="h4" mb="sm">
            Textes du bilan
          </Title>
          <Stack gap="lg">
            {bilan.sections.map((s) => (
              <SectionEditor key={s.key} bilanId={bilan.id} section={s} onSaved={setData} />
            ))}
          </Stack>
        </Card>
      </Stack>
    </>
  );
}

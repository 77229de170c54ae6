import { Alert, Badge, Button, Loader, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { TodoSectionKey } from '../../shared/todo/paging';
import { call } from '../api';
import { PageHeader } from '../components/PageHeader';
import { formatDate } from '../format';
import { useLoad } from '../hooks';
import { plural, seatRoleLabel } from '../register/labels';
import { Fix, Section } from './TodoSection';
import { TodoTreasurySections, treasuryCount } from './TodoTreasury';
import { ReportsTodoSections } from '../reports/ReportsTodoSections';
import { SurveysTodoSection } from '../surveys/SurveysTodoSection';
import { BackupTodoSection } from '../backup/BackupTodoSection';
import { RetentionTodoSection } from '../privacy/RetentionTodoSection';

type View = 'tout' | 'secretariat' | 'tresorerie';

const inDays = (n: number) => (n === 0 ? 'aujourd’hui' : n === 1 ? 'demain' : `dans ${n} jours`);

export function TodoPage() {
  // The page of each section shown: asking for another one recomputes « À faire » for those pages.
  const [offsets, setOffsets] = useState<Partial<Record<TodoSectionKey, number>>>({});
  const { data, loading, reload } = useLoad(() => call('todo:get', { offsets }), [offsets]);
  const pageOf = (section: TodoSectionKey) => ({
    offset: data?.[section].offset ?? 0,
    onPage: (offset: number) => setOffsets((o) => ({ ...o, [section]: offset })),
    loading,
  });
  // The congé section weighs every employed person's year: it arrives on its own, after the page.
  const { data: conge } = useLoad(() => call('meetings:congeWarnings', {}), []);
  const { data: surveys } = useLoad(() => call('surveys:todo', {}), []);
  const { data: backup } = useLoad(() => call('backup:todo', {}), []);
  const { data: reports, reload: reloadReports } = useLoad(() => call('reports:todo', {}), []);
  const [params, setParams] = useSearchParams();
  const vue = params.get('vue');
  const view: View = vue === 'secretariat' || vue === 'tresorerie' ? vue : 'tout';
  if (loading && !data) return <Loader aria-label="Chargement" />;
  if (!data) return <Alert color="red">« À faire » n’a pas pu être calculé.</Alert>;

  const secretariat =
    data.expiring.count +
    data.vacancies.count +
    data.belowTarget.count +
    data.trainings.count +
    data.charters.count +
    (conge?.length ?? 0) +
    (surveys?.total ?? 0) +
    (reports ? reports.expected.total + reports.followUps.total : 0);
  const treasury = treasuryCount(data.treasury);
  // The backup concerns everybody: counted in every view.
  const backupCount = backup?.todo ? 1 : 0;
  const shown =
    backupCount +
    (view === 'secretariat' ? secretariat : view === 'tresorerie' ? treasury : secretariat + treasury);

  return (
    <>
      <PageHeader title="À faire" />
      <Text c="dimmed" size="sm" mb="md" mt={-8}>
        {shown === 0
          ? `${data.instanceCount === 0 ? 'Rien à signaler' : 'Tout est à jour'} au ${formatDate(data.today)}.`
          : `${plural(shown, 'point demande', 'points demandent')} votre attention au ${formatDate(data.today)}. Chaque ligne mène à l’endroit où la régler ; elle disparaît une fois réglée.`}
      </Text>
      <SegmentedControl
        mb="md"
        aria-label="Afficher"
        value={view}
        onChange={(v) => setParams(v === 'tout' ? {} : { vue: v }, { replace: true })}
        data={[
          { value: 'tout', label: `Tout (${secretariat + treasury + backupCount})` },
          { value: 'secretariat', label: `Secrétariat (${secretariat + backupCount})` },
          { value: 'tresorerie', label: `Trésorerie (${treasury + backupCount})` },
        ]}
      />
      <Stack gap="md" maw={1100}>
        <BackupTodoSection data={backup} />
        {data.instanceCount === 0 && view !== 'tresorerie' && (
          <Alert color="teal" variant="light" title="Le registre est encore vide">
            <Text size="sm" mb="sm">
              Enregistrez les instances où l’association siège (commission des usagers, conseil territorial de
              santé, CPTS…) et leurs sièges : cet écran signalera ensuite les sièges vacants, les mandats qui
              arrivent à échéance, les formations et les chartes à faire signer.
            </Text>
            <Button component={Link} to="/instances/nouvelle" size="xs">
              Ajouter une instance
            </Button>
          </Alert>
        )}
        <Section
          hidden={view === 'tresorerie'}
          testId="a-faire-echeances"
          title={`Mandats qui se terminent dans les ${data.expiryWarningDays} jours`}
          count={data.expiring.count}
          page={pageOf('expiring')}
          empty="Aucun mandat n’arrive à échéance prochainement."
        >
          {data.expiring.lines.map((e) => (
            <Table.Tr key={e.mandateId}>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {e.representativeName}
                </Text>
                <Text size="xs" c="dimmed">
                  {e.roleLabel} — {e.instanceName} ({e.organisationName})
                </Text>
              </Table.Td>
              <Table.Td w={270}>
                <Text size="sm">Fin le {formatDate(e.endDate)}</Text>
                <Text size="xs" c={e.daysLeft <= 30 ? 'red' : 'dimmed'}>
                  {inDays(e.daysLeft)}
                  {e.endedInAdvance ? ' — fin anticipée' : ''}
                </Text>
              </Table.Td>
              {e.endedInAdvance ? (
                <Fix
                  to={`/instances/${e.instanceId}`}
                  label={`Préparer la succession de ${e.representativeName} — ${e.instanceName}`}
                >
                  Préparer la succession
                </Fix>
              ) : (
                <Fix
                  to={`/instances/${e.instanceId}?renouveler=${e.mandateId}`}
                  label={`Renouveler le mandat de ${e.representativeName}`}
                >
                  Renouveler
                </Fix>
              )}
            </Table.Tr>
          ))}
        </Section>

        <Section
          hidden={view === 'tresorerie'}
          testId="a-faire-vacants"
          title="Sièges vacants"
          count={data.vacancies.count}
          page={pageOf('vacancies')}
          empty="Tous les sièges sont pourvus."
        >
          {data.vacancies.lines.map((v) => (
            <Table.Tr key={`${v.instanceId}-${v.role}`}>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {v.instanceName}
                </Text>
                <Text size="xs" c="dimmed">
                  {v.organisationName}
                </Text>
              </Table.Td>
              <Table.Td w={270}>
                <Text size="sm">
                  {plural(v.vacant, 'siège', 'sièges')} de {seatRoleLabel(v.role)} sur {v.seats}
                </Text>
              </Table.Td>
              <Fix
                to={`/instances/${v.instanceId}?pourvoir=${v.role}`}
                label={`Pourvoir un siège de ${seatRoleLabel(v.role)} — ${v.instanceName}`}
              >
                Pourvoir
              </Fix>
            </Table.Tr>
          ))}
        </Section>

        <Section
          hidden={view === 'tresorerie'}
          testId="a-faire-objectif"
          title="Instances sous leur objectif de représentants"
          count={data.belowTarget.count}
          page={pageOf('belowTarget')}
          empty="Chaque instance compte au moins le nombre de représentants souhaité."
        >
          {data.belowTarget.lines.map((b) => (
            <Table.Tr key={b.instanceId}>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {b.instanceName}
                </Text>
                <Text size="xs" c="dimmed">
                  {b.organisationName}
                </Text>
              </Table.Td>
              <Table.Td w={270}>
                <Text size="sm">
                  {plural(b.activePeople, 'représentant', 'représentants')} sur {b.targetMin}{' '}
                  {b.targetMin > 1 ? 'souhaités' : 'souhaité'}
                </Text>
              </Table.Td>
              <Fix
                to={`/instances/${b.instanceId}?pourvoir=auto`}
                label={`Ajouter un mandat — ${b.instanceName}`}
              >
                Ajouter un mandat
              </Fix>
            </Table.Tr>
          ))}
        </Section>

        <Section
          hidden={view === 'tresorerie'}
          testId="a-faire-formations"
          title="Formations de base à suivre"
          count={data.trainings.count}
          page={pageOf('trainings')}
          empty="Aucune formation de base en retard ou à prévoir prochainement."
        >
          {data.trainings.lines.map((t) => (
            <Table.Tr key={t.representativeId}>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {t.representativeName}
                </Text>
                <Text size="xs" c="dimmed">
                  Premier mandat le {formatDate(t.firstMandateStart)}
                </Text>
              </Table.Td>
              <Table.Td w={270}>
                <Text size="sm" c={t.overdue ? 'red' : undefined}>
                  {t.overdue ? 'En retard depuis le ' : 'À suivre avant le '}
                  {formatDate(t.dueDate)}
                </Text>
                {t.plannedOn !== null && (
                  <Text size="xs" c="dimmed">
                    Prévue le {formatDate(t.plannedOn)}
                  </Text>
                )}
              </Table.Td>
              <Fix
                to={`/representants/${t.representativeId}`}
                label={`Ouvrir la fiche de ${t.representativeName}`}
              >
                Ouvrir la fiche
              </Fix>
            </Table.Tr>
          ))}
        </Section>

        <Section
          hidden={view === 'tresorerie'}
          testId="a-faire-chartes"
          title="Chartes d’engagement à signer"
          count={data.charters.count}
          page={pageOf('charters')}
          empty={
            data.charterPublished
              ? 'Toutes les chartes sont signées et à jour.'
              : 'Aucune charte d’engagement n’est encore publiée.'
          }
          note="Seules les personnes qui détiennent un mandat en cours ou à venir sont listées ici ; la page Chartes montre tous les représentants actifs."
        >
          {data.charters.lines.map((c) => (
            <Table.Tr key={c.representativeId}>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {c.representativeName}
                </Text>
              </Table.Td>
              <Table.Td w={270}>
                <Badge color={c.status === 'jamais_signee' ? 'red' : 'orange'} variant="light">
                  {c.status === 'jamais_signee' ? 'Jamais signée' : 'À re-signer'}
                </Badge>
                {c.lastSignedOn && (
                  <Text size="xs" c="dimmed">
                    Dernière signature le {formatDate(c.lastSignedOn)}
                  </Text>
                )}
              </Table.Td>
              <Fix
                to={`/representants/${c.representativeId}`}
                label={`Ouvrir la fiche de ${c.representativeName}`}
              >
                Ouvrir la fiche
              </Fix>
            </Table.Tr>
          ))}
        </Section>

        <Section
          hidden={view === 'tresorerie'}
          testId="a-faire-conge"
          title="Congé de représentation presque épuisé ou dépassé"
          count={conge?.length ?? 0}
          pending={conge ? undefined : 'Calcul des congés de représentation de l’année…'}
          empty="Aucun salarié n’approche de sa limite annuelle de congé de représentation."
        >
          {(conge ?? []).map((c) => (
            <Table.Tr key={c.representativeId}>
              <Table.Td>
                <Text size="sm">{c.message}</Text>
              </Table.Td>
              <Table.Td w={270}>
                <Badge color={c.level === 'depasse' ? 'red' : 'orange'} variant="light">
                  {c.level === 'depasse' ? 'Dépassé' : 'Presque épuisé'}
                </Badge>
              </Table.Td>
              <Fix to={c.link} label={`Ouvrir la fiche de ${c.name}`}>
                Ouvrir la fiche
              </Fix>
            </Table.Tr>
          ))}
        </Section>
        <ReportsTodoSections data={reports} reload={reloadReports} hidden={view === 'tresorerie'} />
        <SurveysTodoSection data={surveys} hidden={view === 'tresorerie'} />
        <RetentionTodoSection hidden={view === 'tresorerie'} />
        {view !== 'secretariat' && <TodoTreasurySections treasury={data.treasury} onChanged={reload} />}
      </Stack>
    </>
  );
}

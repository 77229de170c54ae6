/** « Questionnaires à analyser » in « À faire »: loads on its own, so the page's own query stays as it is. */
import { call } from '../api';
import { formatDate } from '../format';
import { useLoad } from '../hooks';
import { Section, TodoLine } from '../todo/TodoSection';
import { plural } from '../../shared/rules/plural';

export function SurveysTodoSection(props: { hidden?: boolean }) {
  const { data } = useLoad(() => call('surveys:todo', {}), []);
  return (
    <Section
      title="Questionnaires à analyser"
      count={data?.total ?? 0}
      empty="Aucun questionnaire n’attend son analyse."
      testId="questionnaires-a-analyser"
      note="Diffusés, avec des réponses : lisez les résultats puis marquez-les comme analysés."
      hidden={props.hidden}
      pending={data === null ? 'Recherche des questionnaires…' : undefined}
      more={{ to: '/questionnaires?statut=diffuse', label: 'Voir tous les questionnaires diffusés' }}
    >
      {(data?.lines ?? []).map((l) => (
        <TodoLine
          key={l.surveyId}
          title={l.title}
          subtitle={l.attachmentLabel}
          value={plural(l.responseCount, 'réponse', 'réponses')}
          detail={`dernière le ${formatDate(l.lastReceivedOn)}`}
          fix={{
            to: `/questionnaires/${l.surveyId}/resultats`,
            label: `Voir les résultats de « ${l.title} »`,
            text: 'Voir les résultats',
          }}
        />
      ))}
    </Section>
  );
}

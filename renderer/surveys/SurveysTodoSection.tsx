/** « Questionnaires à analyser » in « À faire », from `surveys:todo` (its own query, beside the page's). */
import type { SurveysTodo } from '../../shared/surveys/types';
import { formatDate } from '../format';
import { Section, TodoLine } from '../todo/TodoSection';
import { plural } from '../../shared/rules/plural';

export function SurveysTodoSection(props: { data: SurveysTodo | null; hidden?: boolean }) {
  const { data } = props;
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

import { Alert, Button, Card, Group, Loader, Radio, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useRef, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { checkAnswers, valueLabels } from '../../shared/surveys/answers';
import type { AnswerValue } from '../../shared/surveys/schemas';
import type { SurveyQuestion } from '../../shared/surveys/types';
import { answeringError } from '../../shared/surveys/workflow';
import { localTodayIso } from '../../shared/rules/dates';
import { ApiCallError, call, notifyError } from '../api';
import { DateField } from '../components/DateField';
import { PageHeader } from '../components/PageHeader';
import { focusFirstError, notifyIncomplete } from '../forms';
import { useLoad } from '../hooks';

type Answers = Record<number, AnswerValue>;

function QuestionField(props: {
  question: SurveyQuestion;
  index: number;
  value: AnswerValue;
  error?: string;
  onChange: (value: AnswerValue) => void;
}) {
  const { question: q } = props;
  const label = `${props.index + 1}. ${q.label}`;
  if (q.kind === 'texte') {
    return (
      <Textarea
        label={label}
        withAsterisk={q.required}
        autosize
        minRows={2}
        value={typeof props.value === 'string' ? props.value : ''}
        onChange={(e) => props.onChange(e.currentTarget.value)}
        error={props.error}
      />
    );
  }
  const choices = valueLabels(q);
  return (
    <Radio.Group
      label={label}
      withAsterisk={q.required}
      value={typeof props.value === 'number' ? String(props.value) : null}
      onChange={(v) => props.onChange(Number(v))}
      error={props.error}
    >
      <Group gap="lg" mt={6} align="center">
        {q.kind === 'echelle' && (
          <Text size="xs" c="dimmed">
            Pas du tout
          </Text>
        )}
        {choices.map((c) => (
          <Radio key={c.value} value={String(c.value)} label={c.label} />
        ))}
        {q.kind === 'echelle' && (
          <Text size="xs" c="dimmed">
            Tout à fait
          </Text>
        )}
        {!q.required && typeof props.value === 'number' && (
          <Button variant="subtle" size="compact-xs" onClick={() => props.onChange(null)}>
            Effacer la réponse
          </Button>
        )}
      </Group>
    </Radio.Group>
  );
}

/**
 * One filled form typed in: the answers question by question, checked by the same rule as the
 * service; after saving, the form empties for the next one (a pile of paper forms).
 */
export function ResponseFormPage() {
  const id = Number(useParams().id);
  const navigate = useNavigate();
  const { data: survey, failed } = useLoad(() => call('surveys:get', { id }), [id]);
  const [answers, setAnswers] = useState<Answers>({});
  const [receivedOn, setReceivedOn] = useState(() => localTodayIso(new Date()));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);

  if (failed) return <Alert color="red">Ce questionnaire n’a pas pu être chargé.</Alert>;
  if (!survey) return <Loader aria-label="Chargement" />;
  const back = `/questionnaires/${id}`;
  const refusal = answeringError(survey.status);
  const list = () => survey.questions.map((q) => ({ questionId: q.id, value: answers[q.id] ?? null }));

  const submit = async () => {
    const local = checkAnswers(survey.questions, list()).errors;
    const found: Record<string, string> = Object.fromEntries(
      Object.entries(local).map(([k, m]) => [`answers.${k}`, m]),
    );
    if (receivedOn === '') found.receivedOn = 'Indiquez la date de réception';
    setErrors(found);
    if (Object.keys(found).length > 0) {
      notifyIncomplete();
      requestAnimationFrame(() => focusFirstError(formRef.current));
      return;
    }
    setSaving(true);
    try {
      await call('surveys:addResponse', { surveyId: id, receivedOn, answers: list() });
      setSaved((n) => n + 1);
      setAnswers({});
      notifications.show({
        color: 'teal',
        title: 'Réponse enregistrée',
        message: 'Le formulaire est prêt pour la réponse suivante.',
      });
      window.scrollTo({ top: 0 });
    } catch (error) {
      if (error instanceof ApiCallError) setErrors(error.fieldErrors);
      notifyError(error, 'La réponse n’a pas été enregistrée');
    } finally {
      setSaving(false);
    }
  };

  return (
    <>
      <PageHeader title="Saisir une réponse" back={{ to: back, label: survey.title }} />
      {refusal !== null ? (
        <Alert color="orange">{refusal}</Alert>
      ) : (
        <form
          ref={formRef}
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
          onKeyDown={(e) => {
            if (e.key === 'Escape') navigate(back);
          }}
        >
          <Card withBorder maw={820}>
            <Stack gap="lg">
              <Text size="sm" c="dimmed">
                Recopiez un formulaire rempli. Les réponses sont anonymes : n’ajoutez pas le nom de la
                personne dans les textes libres.
                {saved > 0 &&
                  ` ${saved === 1 ? 'Une réponse saisie' : `${saved} réponses saisies`} depuis l’ouverture de cette page.`}
              </Text>
              <DateField
                label="Reçue le"
                withAsterisk
                w={180}
                value={receivedOn}
                onChange={setReceivedOn}
                maxDate={localTodayIso(new Date())}
                error={errors.receivedOn}
              />
              {survey.questions.map((q, i) => (
                <QuestionField
                  key={q.id}
                  question={q}
                  index={i}
                  value={answers[q.id] ?? null}
                  error={errors[`answers.${q.id}`]}
                  onChange={(value) => {
                    setAnswers((a) => ({ ...a, [q.id]: value }));
                    setErrors(({ [`answers.${q.id}`]: _, ...rest }) => rest);
                  }}
                />
              ))}
              <Group justify="flex-end">
                <Button variant="default" onClick={() => navigate(back)}>
                  {saved > 0 ? 'Terminer' : 'Annuler'}
                </Button>
                <Button type="submit" loading={saving}>
                  Enregistrer la réponse
                </Button>
              </Group>
            </Stack>
          </Card>
        </form>
      )}
    </>
  );
}

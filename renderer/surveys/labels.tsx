/** How questionnaires show in lists and headers. */
import { Badge } from '@mantine/core';
import { surveyStatusLabels, type SurveyStatus } from '../../shared/surveys/schemas';

const statusColors: Record<SurveyStatus, string> = { brouillon: 'gray', diffuse: 'blue', analyse: 'teal' };

export function SurveyStatusBadge(props: { status: SurveyStatus }) {
  return (
    <Badge color={statusColors[props.status]} variant="light">
      {surveyStatusLabels[props.status]}
    </Badge>
  );
}

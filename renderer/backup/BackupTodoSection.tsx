/** « Sauvegarde » in « À faire », from `backup:todo`: the last backup too old, failed, or the folder out of reach. */
import type { BackupTodo } from '../../shared/backup/types';
import { formatDateTime } from '../format';
import { Section, TodoLine } from '../todo/TodoSection';

const titles: Record<BackupTodo['problem'], string> = {
  jamais: 'Aucune sauvegarde',
  ancienne: 'Sauvegarde trop ancienne',
  dossier: 'Dossier de sauvegarde inaccessible',
  echec: 'Sauvegarde échouée',
};

export function BackupTodoSection(props: { data: { todo: BackupTodo | null } | null }) {
  const todo = props.data?.todo ?? null;
  return (
    <Section
      title="Sauvegarde"
      count={todo ? 1 : 0}
      empty="Les données sont sauvegardées."
      testId="sauvegarde-a-faire"
      pending={props.data === null ? 'Vérification des sauvegardes…' : undefined}
    >
      {todo
        ? [
            <TodoLine
              key="sauvegarde"
              title={titles[todo.problem]}
              subtitle={todo.message}
              value=""
              detail={todo.lastSuccessAt ? `dernière le ${formatDateTime(todo.lastSuccessAt)}` : ''}
              fix={{
                to: '/parametres?onglet=application',
                label: 'Régler les sauvegardes',
                text: 'Sauvegarder',
              }}
            />,
          ]
        : []}
    </Section>
  );
}

import { Button } from '@mantine/core';
import { IconArchive, IconArrowBackUp, IconEdit, IconTrash } from '@tabler/icons-react';

/**
 * The actions of a record's page, the same everywhere: archive or restore (history stays),
 * delete only when nothing refers to it, edit as the primary action.
 */
export function RecordActions(props: {
  archived: boolean;
  deletable: boolean;
  onArchive: () => void;
  onRestore: () => void;
  onDelete: () => void;
  onEdit: () => void;
}) {
  return (
    <>
      {props.archived ? (
        <Button variant="default" leftSection={<IconArrowBackUp size={16} />} onClick={props.onRestore}>
          Restaurer
        </Button>
      ) : (
        <Button variant="default" leftSection={<IconArchive size={16} />} onClick={props.onArchive}>
          Archiver
        </Button>
      )}
      {props.deletable && (
        <Button variant="subtle" color="red" leftSection={<IconTrash size={16} />} onClick={props.onDelete}>
          Supprimer
        </Button>
      )}
      <Button leftSection={<IconEdit size={16} />} onClick={props.onEdit}>
        Modifier
      </Button>
    </>
  );
}

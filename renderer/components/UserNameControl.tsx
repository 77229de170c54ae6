import { Button, Group, Modal, Text, TextInput, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconUser, IconUserQuestion } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { ApiCallError, notifyError } from '../api';
import { saveUserName, useUserName } from '../user-name';

/** Set when the user answered « Plus tard »: not asked again until the app is restarted. */
const LATER_KEY = 'porte-voix:nom-plus-tard';

function UserNameForm(props: {
  initial: string;
  firstRun: boolean;
  onDone: () => void;
  onLater: () => void;
}) {
  const [name, setName] = useState(props.initial);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const submit = async () => {
    if (name.trim() === '') {
      setError('Indiquez votre nom');
      return;
    }
    setSaving(true);
    try {
      const saved = await saveUserName(name);
      notifications.show({
        color: 'teal',
        title: 'Enregistré',
        message: `Les actions seront enregistrées au nom de ${saved}.`,
      });
      props.onDone();
    } catch (e) {
      if (e instanceof ApiCallError) setError(e.fieldErrors.userName ?? null);
      notifyError(e, 'Le nom n’a pas été enregistré');
    } finally {
      setSaving(false);
    }
  };
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Text size="sm" mb="sm">
        Porte-voix enregistre qui valide les notes de frais, les paiements et les reçus, et le fait figurer
        dans les historiques. Vous pourrez changer ce nom à tout moment en cliquant dessus, en haut à droite.
      </Text>
      <TextInput
        label="Votre nom"
        placeholder="Par exemple : Bernard Hamon, trésorier"
        required
        data-autofocus
        value={name}
        error={error}
        onChange={(e) => {
          setName(e.currentTarget.value);
          setError(null);
        }}
      />
      <Group justify="flex-end" mt="lg">
        <Button variant="default" onClick={props.onLater}>
          {props.firstRun ? 'Plus tard' : 'Annuler'}
        </Button>
        <Button type="submit" loading={saving}>
          Enregistrer
        </Button>
      </Group>
    </form>
  );
}

/**
 * The name of the person using the computer, in the header: asked at first start (before any
 * action is recorded), changed by a click. Without a name, histories say so instead of
 * inventing an author.
 */
export function UserNameControl() {
  const user = useUserName();
  const [editing, setEditing] = useState(false);
  const [firstRun, setFirstRun] = useState(false);

  useEffect(() => {
    if (user.loaded && user.name === '' && sessionStorage.getItem(LATER_KEY) === null) {
      setFirstRun(true);
      setEditing(true);
    }
  }, [user.loaded, user.name]);

  if (!user.loaded) return null;
  const close = () => {
    setEditing(false);
    setFirstRun(false);
  };
  return (
    <>
      <Tooltip label="Qui utilise cet ordinateur (auteur des actions enregistrées) : cliquer pour changer">
        <Button
          variant="subtle"
          color={user.name ? 'gray' : 'orange'}
          size="compact-sm"
          leftSection={user.name ? <IconUser size={16} /> : <IconUserQuestion size={16} />}
          onClick={() => setEditing(true)}
          aria-label={user.name ? `Utilisateur : ${user.name}, changer` : 'Indiquer votre nom'}
          maw={260}
        >
          <Text span size="sm" truncate="end">
            {user.name || 'Qui êtes-vous ?'}
          </Text>
        </Button>
      </Tooltip>
      <Modal
        opened={editing}
        onClose={close}
        title={firstRun ? 'Qui utilise Porte-voix sur cet ordinateur ?' : 'Changer d’utilisateur'}
        closeOnClickOutside={!firstRun}
        closeOnEscape={!firstRun}
        withCloseButton={!firstRun}
        centered
      >
        <UserNameForm
          initial={user.name}
          firstRun={firstRun}
          onDone={close}
          onLater={() => {
            if (firstRun) sessionStorage.setItem(LATER_KEY, '1');
            close();
          }}
        />
      </Modal>
    </>
  );
}

/** The three dialogs of the encryption card: encrypt, change the passphrase, print the recovery sheet. */
import { Alert, Button, Checkbox, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { passphraseProblem } from '../../shared/cipher/passphrase';
import type { EncryptionResult } from '../../shared/cipher/types';
import { ApiCallError, call, notifyError } from '../api';
import { offerFile } from '../files';
import { PassphraseStrengthMeter } from './PassphraseStrength';

type Errors = Record<string, string>;

function useSubmit<T>(run: () => Promise<T>, onDone: (value: T) => void) {
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<Errors>({});
  const submit = async () => {
    setBusy(true);
    try {
      onDone(await run());
      setErrors({});
    } catch (e) {
      if (e instanceof ApiCallError && Object.keys(e.fieldErrors).length > 0) setErrors(e.fieldErrors);
      notifyError(e, 'Rien n’a été modifié');
    } finally {
      setBusy(false);
    }
  };
  return { busy, errors, setErrors, submit };
}

function FormModal(props: {
  opened: boolean;
  title: string;
  busy: boolean;
  onClose: () => void;
  onSubmit: () => void;
  submitLabel: string;
  disabled?: boolean;
  children: ReactNode;
}) {
  return (
    <Modal opened={props.opened} onClose={() => !props.busy && props.onClose()} title={props.title} size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          props.onSubmit();
        }}
      >
        <Stack>
          {props.children}
          <Group justify="flex-end">
            <Button variant="default" onClick={props.onClose} disabled={props.busy}>
              Annuler
            </Button>
            <Button type="submit" loading={props.busy} disabled={props.disabled}>
              {props.submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** New passphrase typed twice, with its strength said while typing. */
function NewPassphraseFields(props: {
  passphrase: string;
  confirmation: string;
  onChange: (field: 'passphrase' | 'confirmation', value: string) => void;
  errors: Errors;
}) {
  const mismatch = props.confirmation !== '' && props.confirmation !== props.passphrase;
  return (
    <>
      <PasswordInput
        label="Nouvelle phrase de passe"
        value={props.passphrase}
        onChange={(e) => props.onChange('passphrase', e.currentTarget.value)}
        error={props.errors.passphrase}
        autoComplete="new-password"
        data-autofocus
      />
      <PassphraseStrengthMeter passphrase={props.passphrase} />
      <PasswordInput
        label="La même, une seconde fois"
        value={props.confirmation}
        onChange={(e) => props.onChange('confirmation', e.currentTarget.value)}
        error={props.errors.confirmation ?? (mismatch ? 'Les deux saisies sont différentes' : null)}
        autoComplete="new-password"
      />
    </>
  );
}

const acceptable = (passphrase: string, confirmation: string) =>
  passphraseProblem(passphrase) === null && passphrase === confirmation;

export function EncryptModal(props: { opened: boolean; onClose: (result: EncryptionResult | null) => void }) {
  const [values, setValues] = useState({ passphrase: '', confirmation: '' });
  const [understood, setUnderstood] = useState(false);
  const { busy, errors, submit } = useSubmit(
    () => call('cipher:encrypt', values),
    (result) => props.onClose(result),
  );
  return (
    <FormModal
      opened={props.opened}
      title="Chiffrer les données"
      busy={busy}
      onClose={() => props.onClose(null)}
      onSubmit={() => void submit()}
      submitLabel="Chiffrer les données"
      disabled={!understood || !acceptable(values.passphrase, values.confirmation)}
    >
      <Text size="sm">
        Porte-voix écrit une copie chiffrée des données, vérifie qu’elle s’ouvre et qu’elle contient tout,
        puis la met à la place de l’original ; les pièces jointes sont chiffrées ensuite. Si quelque chose
        échoue, l’original reste tel quel.
      </Text>
      <NewPassphraseFields
        {...values}
        errors={errors}
        onChange={(field, value) => setValues((v) => ({ ...v, [field]: value }))}
      />
      <Checkbox
        checked={understood}
        onChange={(e) => setUnderstood(e.currentTarget.checked)}
        label="J’ai compris : si la phrase de passe est perdue, les données sont perdues. J’imprimerai la fiche de secours."
      />
    </FormModal>
  );
}

export function ChangePassphraseModal(props: {
  opened: boolean;
  onClose: (result: EncryptionResult | null) => void;
}) {
  const [values, setValues] = useState({ current: '', passphrase: '', confirmation: '' });
  const { busy, errors, submit } = useSubmit(
    () => call('cipher:changePassphrase', values),
    (result) => props.onClose(result),
  );
  return (
    <FormModal
      opened={props.opened}
      title="Changer la phrase de passe"
      busy={busy}
      onClose={() => props.onClose(null)}
      onSubmit={() => void submit()}
      submitLabel="Changer la phrase de passe"
      disabled={values.current === '' || !acceptable(values.passphrase, values.confirmation)}
    >
      <PasswordInput
        label="Phrase de passe actuelle"
        value={values.current}
        onChange={(e) => setValues((v) => ({ ...v, current: e.currentTarget.value }))}
        error={errors.current}
        autoComplete="current-password"
        data-autofocus
      />
      <NewPassphraseFields
        {...values}
        errors={errors}
        onChange={(field, value) => setValues((v) => ({ ...v, [field]: value }))}
      />
      <Alert color="orange" variant="light">
        L’ancienne fiche de secours ne vaudra plus : imprimez-en une nouvelle et détruisez l’ancienne. Les
        sauvegardes faites avant le changement gardent l’ancienne phrase.
      </Alert>
    </FormModal>
  );
}

export function RecoverySheetModal(props: { opened: boolean; onClose: () => void }) {
  const [withPassphrase, setWithPassphrase] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const { busy, errors, submit } = useSubmit(
    () => call('cipher:recoverySheet', withPassphrase ? { printPassphrase: passphrase } : {}),
    (file) => {
      props.onClose();
      offerFile(file, 'Fiche de secours prête');
    },
  );
  return (
    <FormModal
      opened={props.opened}
      title="Fiche de secours"
      busy={busy}
      onClose={props.onClose}
      onSubmit={() => void submit()}
      submitLabel="Préparer la fiche"
      disabled={withPassphrase && passphrase === ''}
    >
      <Text size="sm">
        La fiche dit où sont les données, ce que signifie une phrase de passe perdue, et laisse une place pour
        écrire la phrase à la main. Rangez-la sous clé, loin de l’ordinateur.
      </Text>
      <Checkbox
        checked={withPassphrase}
        onChange={(e) => setWithPassphrase(e.currentTarget.checked)}
        label="Imprimer aussi la phrase de passe (la fiche ouvrira alors les données à elle seule)"
      />
      {withPassphrase && (
        <PasswordInput
          label="Phrase de passe à imprimer"
          description="Elle est vérifiée avant l’impression."
          value={passphrase}
          onChange={(e) => setPassphrase(e.currentTarget.value)}
          error={errors.printPassphrase}
        />
      )}
    </FormModal>
  );
}

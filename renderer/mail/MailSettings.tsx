/** Paramètres › Envoi des documents. */
import { Loader } from '@mantine/core';
import { call } from '../api';
import { useLoad } from '../hooks';
import { MailAccountCard } from './MailAccountCard';
import { MailTemplatesCard } from './MailTemplatesCard';

export function MailSettings() {
  const { data, setData } = useLoad(
    async () => ({ view: await call('mail:settings', {}), association: await call('association:get', {}) }),
    [],
  );
  if (!data) return <Loader aria-label="Chargement" />;
  const onSaved = (view: typeof data.view) => setData({ ...data, view });
  return (
    <>
      <MailAccountCard view={data.view} associationName={data.association?.name ?? ''} onSaved={onSaved} />
      <MailTemplatesCard view={data.view} onSaved={onSaved} />
    </>
  );
}

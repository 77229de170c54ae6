/**
 * After an update, « Quoi de neuf » once: the versions newer than the last one seen on this
 * computer. The version seen is kept by the browser profile (the app's own, in the desktop app):
 * it is about this computer's user, not the association's data.
 */
import { Button, Group, Modal } from '@mantine/core';
import { useEffect, useState } from 'react';
import { call } from '../api';
import { releasesSince, type Release } from '../../shared/help/whats-new';
import { ReleaseNotes } from './HelpPanel';

const SEEN_KEY = 'porte-voix:version-vue';

export function WhatsNewNotice() {
  const [news, setNews] = useState<Release[]>([]);
  const [version, setVersion] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    call('app:info', {})
      .then((info) => {
        if (!live) return;
        const seen = localStorage.getItem(SEEN_KEY);
        const since = releasesSince(seen, info.version);
        // A first start records the version without showing anything: the welcome is elsewhere.
        if (since.length === 0) localStorage.setItem(SEEN_KEY, info.version);
        setVersion(info.version);
        setNews(since);
      })
      .catch(() => {
        // Without the version there is nothing to compare: the news stay in the help panel.
      });
    return () => {
      live = false;
    };
  }, []);
  const close = () => {
    if (version !== null) localStorage.setItem(SEEN_KEY, version);
    setNews([]);
  };
  return (
    <Modal opened={news.length > 0} onClose={close} title="Quoi de neuf dans Porte-voix" size="lg">
      <ReleaseNotes list={news} />
      <Group justify="flex-end" mt="md">
        <Button onClick={close}>J’ai compris</Button>
      </Group>
    </Modal>
  );
}

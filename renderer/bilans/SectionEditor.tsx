import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconHistory } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { Bilan, SectionState, SectionVersion } from '../../shared/bilans/types';
import { formatDate } from '../format';
import { call, notifyError } from '../api';
import { useUnsavedChanges } from '../unsaved-changes';

const savedLine = (s: { version: number; savedAt: string | null; savedBy: string | null }) =>
  s.savedAt
    ? `Version ${s.version}, enregistrée le ${formatDate(s.savedAt.slice(0, 10))}${s.savedBy ? ` par ${s.savedBy}` : ''}`
    : 'Pas encore rédigé';

/** One free-text section of a bilan: each save is a new version; earlier versions stay readable. */
export function SectionEditor(props: {
  bilanId: number;
  section: SectionState;
  onSaved: (b: Bilan) => void;
}) {
  const { section } = props;
  const [body, setBody] = useState(section.body);
  const [saving, setSaving] = useState(false);
  const [versions, setVersions] = useState<SectionVersion[] | null>(null);
  useEffect(() => setBody(section.body), [section.body]);
  useUnsavedChanges(() => body !== section.body);

  const save = async () => {
    setSaving(true);
    try {
      props.onSaved(await call('bilans:saveSection', { bilanId: props.bilanId, section: section.key, body }));
      notifications.show({ color: 'teal', title: 'Texte enregistré', message: section.label });
    } catch (error) {
      notifyError(error, 'Le texte n’a pas été enregistré');
    } finally {
      setSaving(false);
    }
  };
  const showVersions = async () => {
    try {
      setVersions(await call('bilans:sectionVersions', { bilanId: props.bilanId, section: section.key }));
    } catch (error) {
      notifyError(error);
    }
  };

  return (
    <Stack gap={4}>
      <Textarea
        label={section.label}
        description={section.hint}
        autosize
        minRows={3}
        maxRows={16}
        value={body}
        onChange={(e) => setBody(e.currentTarget.value)}
        onKeyDown={(e) => {
          // Ctrl+Entrée saves; Escape drops what was typed since the last save.
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void save();
          if (e.key === 'Escape') setBody(section.body);
        }}
      />
      <Group justify="space-between">
        <Text size="xs" c="dimmed">
          {savedLine(section)}
        </Text>
        <Group gap="xs">
          {section.version > 1 && (
            <Button
              size="compact-xs"
              variant="subtle"
              leftSection={<IconHistory size={12} />}
              onClick={showVersions}
            >
              Versions précédentes
            </Button>
          )}
          <Button size="compact-sm" onClick={save} loading={saving} disabled={body === section.body}>
            Enregistrer
          </Button>
        </Group>
      </Group>
      <Modal
        opened={versions !== null}
        onClose={() => setVersions(null)}
        title={`Versions — ${section.label}`}
        size="lg"
        centered
      >
        <Stack gap="md">
          {(versions ?? []).map((v) => (
            <Stack key={v.version} gap={2}>
              <Text size="xs" c="dimmed">
                {savedLine(v)}
              </Text>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {v.body || '(texte vide)'}
              </Text>
              {v.version !== section.version && (
                <Group>
                  <Button
                    size="compact-xs"
                    variant="light"
                    onClick={() => {
                      setBody(v.body);
                      setVersions(null);
                    }}
                  >
                    Reprendre ce texte
                  </Button>
                </Group>
              )}
            </Stack>
          ))}
        </Stack>
      </Modal>
    </Stack>
  );
}

/**
 * « Aide »: the help of the screen on show, the glossary and « Quoi de neuf », in a side panel
 * opened from the header or with F1, so that a volunteer new to the job learns where they are.
 */
import {
  Badge,
  Button,
  Drawer,
  Group,
  List,
  ScrollArea,
  Stack,
  Tabs,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDisclosure, useHotkeys } from '@mantine/hooks';
import { IconHelp, IconSearch } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useLocation } from 'react-router';
import { glossary, glossaryEntry } from '../../shared/help/glossary';
import { screenHelpFor } from '../../shared/help/screens';
import { releases } from '../../shared/help/whats-new';
import { foldForSearch } from '../../shared/rules/text';
import { plural } from '../../shared/rules/plural';
import { formatDate } from '../format';

type HelpTab = 'ecran' | 'glossaire' | 'nouveautes';

function ScreenTab(props: { pathname: string; onTerm: (term: string) => void }) {
  const help = screenHelpFor(props.pathname);
  if (!help) {
    return <Text size="sm">Pas d’aide particulière pour cet écran : consultez le glossaire.</Text>;
  }
  return (
    <Stack gap="sm">
      <Title order={3} size="h4">
        {help.title}
      </Title>
      <Text size="sm">{help.purpose}</Text>
      <Title order={4} size="h6">
        À savoir
      </Title>
      <List size="sm" spacing={6}>
        {help.points.map((p) => (
          <List.Item key={p}>{p}</List.Item>
        ))}
      </List>
      {help.terms.length > 0 && (
        <>
          <Title order={4} size="h6">
            Les mots de cet écran
          </Title>
          <Group gap={6}>
            {help.terms.map((id) => {
              const entry = glossaryEntry(id);
              if (!entry) return null;
              return (
                <Button key={id} size="compact-sm" variant="light" onClick={() => props.onTerm(entry.term)}>
                  {entry.term}
                </Button>
              );
            })}
          </Group>
        </>
      )}
    </Stack>
  );
}

function GlossaryTab(props: { search: string; onSearch: (value: string) => void }) {
  const matches = useMemo(() => {
    const folded = foldForSearch(props.search.trim());
    if (folded === '') return glossary;
    return glossary.filter((e) =>
      [e.term, ...(e.aliases ?? []), e.definition].some((text) => foldForSearch(text).includes(folded)),
    );
  }, [props.search]);
  const sorted = [...matches].sort((a, b) => a.term.localeCompare(b.term, 'fr'));
  return (
    <Stack gap="sm">
      <TextInput
        label="Chercher un mot"
        placeholder="Par exemple : suppléant, 4681, pain.001"
        leftSection={<IconSearch size={16} />}
        value={props.search}
        onChange={(e) => props.onSearch(e.currentTarget.value)}
        data-autofocus
      />
      <Text size="xs" c="dimmed" aria-live="polite">
        {sorted.length === 0
          ? 'Aucun mot ne correspond.'
          : plural(sorted.length, 'définition', 'définitions')}
      </Text>
      <dl style={{ margin: 0 }}>
        {sorted.map((e) => (
          <div key={e.id} style={{ marginBottom: 12 }}>
            <Text component="dt" fw={700} size="sm">
              {e.term}
            </Text>
            <Text component="dd" size="sm" ml={0}>
              {e.definition}
            </Text>
          </div>
        ))}
      </dl>
    </Stack>
  );
}

export function ReleaseNotes(props: { list?: typeof releases }) {
  return (
    <Stack gap="md">
      {(props.list ?? releases).map((r) => (
        <div key={r.version}>
          <Group gap="xs" mb={4}>
            <Title order={3} size="h5">
              Version {r.version}
            </Title>
            <Badge variant="light" color="gray">
              {formatDate(r.date)}
            </Badge>
          </Group>
          <List size="sm" spacing={4}>
            {r.items.map((item) => (
              <List.Item key={item}>{item}</List.Item>
            ))}
          </List>
        </div>
      ))}
    </Stack>
  );
}

export function HelpButton() {
  const [opened, { open, close }] = useDisclosure(false);
  const [tab, setTab] = useState<HelpTab>('ecran');
  const [search, setSearch] = useState('');
  const location = useLocation();
  const openOnScreen = () => {
    setTab('ecran');
    open();
  };
  // F1 in fields too: it types nothing, and a newcomer looks for help while filling a form.
  useHotkeys([['F1', () => (opened ? close() : openOnScreen())]], []);
  const showTerm = (term: string) => {
    setSearch(term);
    setTab('glossaire');
  };
  return (
    <>
      <Button
        variant="subtle"
        size="compact-md"
        leftSection={<IconHelp size={18} />}
        onClick={openOnScreen}
        aria-keyshortcuts="F1"
        title="Aide (F1)"
      >
        Aide
      </Button>
      <Drawer
        opened={opened}
        onClose={close}
        position="right"
        size="md"
        title="Aide"
        scrollAreaComponent={ScrollArea.Autosize}
      >
        <Tabs value={tab} onChange={(v) => setTab((v as HelpTab | null) ?? 'ecran')} keepMounted={false}>
          <Tabs.List mb="md">
            <Tabs.Tab value="ecran">Cet écran</Tabs.Tab>
            <Tabs.Tab value="glossaire">Glossaire</Tabs.Tab>
            <Tabs.Tab value="nouveautes">Quoi de neuf</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="ecran">
            <ScreenTab pathname={location.pathname} onTerm={showTerm} />
          </Tabs.Panel>
          <Tabs.Panel value="glossaire">
            <GlossaryTab search={search} onSearch={setSearch} />
          </Tabs.Panel>
          <Tabs.Panel value="nouveautes">
            <ReleaseNotes />
          </Tabs.Panel>
        </Tabs>
      </Drawer>
    </>
  );
}

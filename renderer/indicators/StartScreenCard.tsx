import { Card, Title } from '@mantine/core';
import { StartScreenCheckbox } from './start-screen';

/** Paramètres › Application: the screen Porte-voix opens on. */
export function StartScreenCard() {
  return (
    <Card withBorder>
      <Title order={3} size="h5" mb="sm">
        Écran d’ouverture
      </Title>
      <StartScreenCheckbox description="Sinon Porte-voix s’ouvre sur « À faire ». Le menu mène toujours à l’un et à l’autre." />
    </Card>
  );
}

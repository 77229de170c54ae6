import { Progress, Stack, Text } from '@mantine/core';
import {
  PASSPHRASE_ADVICE,
  passphraseStrength,
  passphraseStrengthText,
  type PassphraseStrength,
} from '../../shared/cipher/passphrase';

const look: Record<PassphraseStrength, { value: number; color: string }> = {
  'trop-courte': { value: 10, color: 'red' },
  faible: { value: 35, color: 'orange' },
  correcte: { value: 70, color: 'teal' },
  forte: { value: 100, color: 'green' },
};

/** The strength said in words (the bar only repeats it), with the advice while it is not strong. */
export function PassphraseStrengthMeter({ passphrase }: { passphrase: string }) {
  if (passphrase === '')
    return (
      <Text size="xs" c="dimmed">
        {PASSPHRASE_ADVICE}
      </Text>
    );
  const strength = passphraseStrength(passphrase);
  return (
    <Stack gap={4} aria-live="polite">
      <Progress value={look[strength].value} color={look[strength].color} size="sm" aria-hidden />
      <Text size="sm" c={look[strength].color} data-testid="force-phrase">
        {passphraseStrengthText[strength]}
      </Text>
      {strength !== 'forte' && (
        <Text size="xs" c="dimmed">
          {PASSPHRASE_ADVICE}
        </Text>
      )}
    </Stack>
  );
}

/**
 * The screen Porte-voix opens on (Paramètres › Application): « À faire » by default, or the
 * « Tableau de bord » for whoever answers funders more than they pay claims. Its own settings key,
 * so that saving the user's name never resets it.
 */
import { z } from 'zod';

export const START_SCREEN_KEY = 'startScreen';

export const startScreens = ['a-faire', 'tableau-de-bord'] as const;
export type StartScreen = (typeof startScreens)[number];
export const startScreenPaths: Record<StartScreen, string> = {
  'a-faire': '/',
  'tableau-de-bord': '/tableau-de-bord',
};

export const startScreenSettings = z
  .object({
    firstScreen: z.enum(startScreens, { message: 'Choisissez l’écran d’ouverture' }).default('a-faire'),
  })
  .strict();
export type StartScreenSettings = z.output<typeof startScreenSettings>;

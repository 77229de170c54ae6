/** What the renderer may ask of « À faire »: which page of each section it shows. */
import { z } from 'zod';

const offset = z
  .number()
  .int()
  .min(0, 'Le début de la page ne peut pas être négatif.')
  .max(10_000_000, 'Le début de la page est trop loin.');

export const todoQuery = z
  .object({
    /** First line shown in each section (0 when absent); past the end, the last page is sent. */
    offsets: z
      .object({
        expiring: offset.optional(),
        vacancies: offset.optional(),
        belowTarget: offset.optional(),
        trainings: offset.optional(),
        charters: offset.optional(),
      })
      .strict()
      .optional(),
  })
  .strict()
  .optional();
export type TodoQuery = z.infer<typeof todoQuery>;

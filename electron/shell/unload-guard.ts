/**
 * Closing the window (or reloading it) while a form holds unsaved edits: the page refuses the
 * unload (`beforeunload`, see renderer/unsaved-changes.tsx) and Electron then asks us, through
 * `will-prevent-unload`, whether to close anyway. Without this handler the window would simply
 * stay open without a word.
 */
export interface LeaveDialogOptions {
  type: 'question';
  title: string;
  message: string;
  detail: string;
  buttons: string[];
  defaultId: number;
  cancelId: number;
  noLink: true;
}

const STAY = 0;
const LEAVE = 1;

export const leaveDialogOptions: LeaveDialogOptions = {
  type: 'question',
  title: 'Modifications non enregistrées',
  message: 'Quitter sans enregistrer ?',
  detail: 'Vos modifications seront perdues.',
  buttons: ['Rester', 'Quitter sans enregistrer'],
  defaultId: STAY,
  cancelId: STAY,
  noLink: true,
};

/**
 * Handles `will-prevent-unload`: asks with a native dialog and, if the user chooses to leave,
 * overrides the page's refusal (in Electron, preventDefault on this event lets the unload go on).
 * Returns whether the window leaves.
 */
export function confirmUnload(
  event: { preventDefault: () => void },
  ask: (options: LeaveDialogOptions) => number,
): boolean {
  const leave = ask(leaveDialogOptions) === LEAVE;
  if (leave) event.preventDefault();
  return leave;
}

/** Channels of the register's second part: trainings, charters, import and export. */
export const registerBContract = {} as const;

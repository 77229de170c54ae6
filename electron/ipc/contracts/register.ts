/** Channels of the register domain. */
export const registerContract = {} as const;

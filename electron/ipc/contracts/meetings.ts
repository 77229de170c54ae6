/** Channels of the meetings domain. */
export const meetingsContract = {} as const;

/** Channels of the claims domain. */
export const claimsContract = {} as const;

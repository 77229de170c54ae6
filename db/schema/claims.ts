/** Travel-expense claims, payments, abandon de frais and tax receipts (issue 5 fills this in). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ClaimTables {}

/**
 * Exact integer division with half-up rounding, the single rounding step every
 * money rule in this folder relies on. Working on integers (BigInt when the
 * product would leave the safe range) is what keeps a line's amount identical
 * on every machine and in every recomputation.
 */

export class IntegerRangeError extends RangeError {
  override readonly name = 'IntegerRangeError';
}

/** Throws unless `value` is a safe integer; `what` names it in the French message. */
export function assertSafeInteger(value: number, what: string): void {
  if (!Number.isSafeInteger(value)) {
    throw new IntegerRangeError(`${what} doit être un nombre entier (reçu : ${String(value)})`);
  }
}

/**
 * numerator / denominator rounded half up. Negative quotients round half away
 * from zero so that a refund and the charge it cancels mirror each other.
 */
export function divideRoundHalfUp(numerator: bigint, denominator: bigint): bigint {
  if (denominator <= 0n) throw new IntegerRangeError('le diviseur doit être strictement positif');
  const negative = numerator < 0n;
  const magnitude = negative ? -numerator : numerator;
  const rounded = (magnitude * 2n + denominator) / (denominator * 2n);
  return negative ? -rounded : rounded;
}

/** Converts back to number, refusing results a number cannot hold exactly. */
export function toSafeNumber(value: bigint, what: string): number {
  const asNumber = Number(value);
  if (!Number.isSafeInteger(asNumber)) {
    throw new IntegerRangeError(`${what} dépasse la capacité de calcul exact`);
  }
  return asNumber;
}

/**
 * (a × b) / denominator rounded half up, all integers. Takes the fast path in
 * plain numbers when the product is safe; BigInt only for huge inputs.
 */
export function mulDivRoundHalfUp(a: number, b: number, denominator: number): number {
  const product = a * b;
  if (denominator > 0 && Number.isSafeInteger(denominator * 2)) {
    const doubled = Math.abs(product) * 2 + denominator;
    if (Number.isSafeInteger(product) && Number.isSafeInteger(doubled)) {
      // % is exact on safe integers, and subtracting the remainder leaves an exact
      // multiple, so this quotient carries no floating-point rounding.
      const divisor = denominator * 2;
      const rounded = (doubled - (doubled % divisor)) / divisor;
      return product < 0 ? -rounded : rounded;
    }
  }
  return toSafeNumber(divideRoundHalfUp(BigInt(a) * BigInt(b), BigInt(denominator)), 'le montant');
}

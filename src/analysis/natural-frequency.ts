/** A share written as people grasp it: "about 3 in 10". */
export interface NaturalFrequency {
  /** How many out of `denominator`: 3 in "about 3 in 10". */
  count: number;
  denominator: number;
  /** False when the share was rounded to reach `count`; the text then says "about". */
  exact: boolean;
}

/**
 * Turns a share (0–1) into "count in denominator" for patient pages (STYLE §4: numbers as people
 * grasp them). One fixed denominator, 10 by default, so that two frequencies on a page can be
 * compared at a glance ("about 3 in 10" and "1 in 10"), as risk-communication guidance advises,
 * rather than the closest simple fraction ("about 2 in 7"). Rounds to the nearest count; a share
 * that rounds to 0 is an error, because "0 in 10" would say nobody.
 */
export function naturalFrequency(share: number, denominator = 10): NaturalFrequency {
  if (!Number.isFinite(share) || share < 0 || share > 1)
    throw new RangeError(`naturalFrequency: expected a share from 0 to 1, found ${share}`);
  if (!Number.isInteger(denominator) || denominator < 2)
    throw new RangeError(`naturalFrequency: expected a whole denominator of at least 2, found ${denominator}`);
  const count = Math.round(share * denominator);
  if (count === 0 && share > 0)
    throw new RangeError(`naturalFrequency: ${share} is less than 1 in ${denominator}; use a larger denominator`);
  return { count, denominator, exact: Math.abs(count - share * denominator) < 1e-9 };
}

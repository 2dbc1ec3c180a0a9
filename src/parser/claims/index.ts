/** Claims: a statement paired with the later statement that denies or disputes it. */
export { pairClaims, type ClaimInput } from './pair-claims';

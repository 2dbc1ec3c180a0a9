/** Reported speech: `X said (that) …`, `according to X, …` and the other forms, with or without quoted words inside. */
export { findReported, type Reported } from './find-reported';

/** Abbreviations that keep their full stop: in tokens, and where a full stop does not end a sentence. */
import { words } from './word-list';

export const KEEPS_PERIOD = words(`
  mr mrs ms dr prof rev hon col maj gen lt capt sgt cpl pvt adm cmdr gov sen rep sec supt insp det st jr sr inc
  corp ltd co pres
`);

export const SENTENCE_ABBREVIATIONS = words(`
  mr mrs ms dr prof rev hon col maj gen lt capt sgt cpl pvt adm cmdr gov sen rep sec supt insp det pres st mt
  ft jr sr vs etc inc corp ltd co bros dept est approx fig jan feb mar apr jun jul aug sep sept oct nov dec mon
  tue tues wed thu thurs fri sat sun ave blvd rd atty
`);

/** Words after which a full stop does not end a sentence. */
export const EVENT_SENTENCE_ABBREVIATIONS = words(`
  mr mrs ms dr prof sr jr st gen col lt maj capt cpt sgt cmdr adm gov sen rep rev hon pres supt insp no vs etc
  inc corp ltd co jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
  u.s u.k u.n e.g i.e a.m p.m approx dept est fig ft mt ave blvd
`);

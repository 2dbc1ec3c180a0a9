// @vitest-environment node
/**
 * Hand-written articles (test/fixtures/articles), one pattern of news prose
 * each. Every quote is checked for speaker, kind, cue, the words naming the
 * speaker, and offsets that slice to its text.
 */
import { describe, expect, it } from 'vitest';
import type { Article } from '@/article';
import { parseFixture, quoteStarting, slice } from './helpers';

type Expected = {
  text: string;
  speaker: string | null;
  kind?: 'direct' | 'indirect' | 'mixed';
  cue: string | null;
  source: string | null;
  /** The block and start offset of the first span, when the test pins it. */
  at?: [string, number];
};

function expectQuotes(article: Article, expected: Expected[]): void {
  expect(article.quotes.map((q) => q.text)).toEqual(expected.map((e) => e.text));
  expected.forEach((e) => {
    const quote = quoteStarting(article, e.text);
    expect({
      speaker: quote.speakerId,
      kind: quote.kind,
      cue: quote.cue,
      source: slice(article, quote.sourceSpan),
    }).toEqual({
      speaker: e.speaker,
      kind: e.kind ?? 'direct',
      cue: e.cue,
      source: e.source,
    });
    expect(quote.spans.map((s) => slice(article, s)).join(' ')).toBe(e.text);
    expect(slice(article, quote.cueSpan)).toBe(e.cue);
    if (e.at) expect([quote.spans[0]?.blockId, quote.spans[0]?.start]).toEqual(e.at);
  });
}

const speakerNames = (article: Article) => article.speakers.map((s) => [s.id, s.name, s.kind, s.role]);

describe('quote before the attribution, straight marks (harbour-bridge-repairs)', () => {
  const article = parseFixture('harbour-bridge-repairs');
  it('reads the publication line with its byline', () => {
    expect([article.published, article.byline, article.dateline]).toEqual([
      '2019-03-12T09:15',
      'Tom Ellery',
      'Portsmouth',
    ]);
  });
  it('attributes `"…," X said.` and `"…," said X, role.`', () => {
    expectQuotes(article, [
      {
        text: 'We cannot wait for the next budget round when people cross that bridge every single day',
        speaker: 'gerald-vance',
        cue: 'said',
        source: 'council leader Gerald Vance',
        at: ['b2', 1],
      },
      {
        text: 'The supports are safe for now, but they will not stay safe for long',
        speaker: 'priya-natarajan',
        cue: 'said',
        source: 'Priya Natarajan',
        at: ['b4', 1],
      },
    ]);
    expect(speakerNames(article)).toEqual([
      ['gerald-vance', 'Gerald Vance', 'person', 'council leader'],
      ['priya-natarajan', 'Priya Natarajan', 'person', "council's chief engineer"],
    ]);
  });
});

describe('attribution before the quote, curly marks (school-meals)', () => {
  const article = parseFixture('school-meals');
  it('reads a "By" byline and an agency dateline', () => {
    expect([article.published, article.byline, article.dateline, article.credit]).toEqual([
      null,
      'Hannah Osei',
      'Cardiff',
      'AP',
    ]);
    expect(article.blocks[0]?.text.startsWith('CARDIFF (AP) — Wales')).toBe(true);
  });
  it('attributes `X told Y, “…”`, `X said: “…”`, `CLAUSE, the education minister announced` and `X is expected to …` (no one named)', () => {
    expectQuotes(article, [
      {
        text: 'Wales will extend free school meals to every primary school pupil from September',
        speaker: 'education-minister',
        kind: 'indirect',
        cue: 'announced',
        source: 'the education minister',
        at: ['b1', 15],
      },
      {
        text: 'No child in Wales should sit in a classroom too hungry to learn.',
        speaker: 'lynne-neagle',
        cue: 'told',
        source: 'Education Minister Lynne Neagle',
        at: ['b2', 50],
      },
      {
        text: 'We have seen children arrive without breakfast and leave without lunch. This changes that.',
        speaker: 'owen-pritchard',
        cue: 'said',
        source: 'Headteacher Owen Pritchard',
        at: ['b3', 34],
      },
      { text: 'The scheme to cost £90 million a year', speaker: null, kind: 'indirect', cue: 'expected', source: null },
    ]);
    expect(speakerNames(article)).toEqual([
      ['education-minister', 'Education minister', 'person', 'education minister'],
      ['lynne-neagle', 'Lynne Neagle', 'person', 'Education Minister'],
      ['owen-pritchard', 'Owen Pritchard', 'person', 'Headteacher'],
    ]);
  });
});

describe('nested single quotes (festival-ban)', () => {
  const article = parseFixture('festival-ban');
  it('keeps nested quotes and apostrophes inside the outer quote', () => {
    expectQuotes(article, [
      {
        text: "their decision to cancel this year's event after a row over ticket prices",
        speaker: 'organisers-of-the-vale-music-festival',
        kind: 'indirect',
        cue: 'defended',
        source: 'Organisers of the Vale Music Festival',
        at: ['b1', 65],
      },
      {
        text: "When a fan wrote to us saying 'I can't afford to come any more', we knew something was wrong",
        speaker: 'keith-marlowe',
        cue: 'said',
        source: 'festival director Keith Marlowe',
        at: ['b2', 1],
      },
      {
        text: 'the organisers had received "hundreds of letters saying \'please fix this\'" before they made the call',
        speaker: 'keith-marlowe',
        kind: 'mixed',
        cue: 'said',
        source: 'Marlowe',
        at: ['b3', 13],
      },
      {
        text: 'Some people called it a ‘cowardly retreat’, but I call it listening',
        speaker: 'keith-marlowe',
        cue: 'added',
        source: 'he',
      },
    ]);
    expect(article.speakers.find((s) => s.id === 'keith-marlowe')?.aliases).toEqual(['Marlowe']);
  });
});

describe('a quote over two paragraphs and a pronoun (hospital-waiting)', () => {
  const article = parseFixture('hospital-waiting');
  it('gives the quote one span per paragraph and resolves "she"', () => {
    const quote = quoteStarting(article, 'We have 400 fewer nurses');
    expect(quote.spans.map((s) => [s.blockId, s.start, slice(article, s)])).toEqual([
      ['b3', 1, 'We have 400 fewer nurses than we had two years ago. Every ward feels it, every patient feels it.'],
      ['b4', 1, 'If nothing changes, the queue for a hip operation will pass two years by the spring'],
    ]);
    expectQuotes(article, [
      {
        text: 'waiting lists will keep growing through the winter',
        speaker: 'head-of-the-regions-largest-hospital-trust',
        kind: 'indirect',
        cue: 'warned',
        source: "The head of the region's largest hospital trust",
        at: ['b1', 76],
      },
      {
        text: 'staff shortages were the main cause',
        speaker: 'amara-okafor',
        kind: 'indirect',
        cue: 'told',
        source: 'Dr. Amara Okafor',
        at: ['b2', 88],
      },
      {
        text: 'We have 400 fewer nurses than we had two years ago. Every ward feels it, every patient feels it. If nothing changes, the queue for a hip operation will pass two years by the spring',
        speaker: 'amara-okafor',
        cue: 'said',
        source: 'she',
      },
    ]);
    expect(speakerNames(article)).toEqual([
      [
        'head-of-the-regions-largest-hospital-trust',
        "Head of the region's largest hospital trust",
        'person',
        "head of the region's largest hospital trust",
      ],
      ['amara-okafor', 'Amara Okafor', 'person', 'chief executive of the Northern Care Trust'],
    ]);
  });
});

describe('two speakers with the same surname (same-surname)', () => {
  const article = parseFixture('same-surname');
  it('keeps the Fenwicks apart by first name and by "Ms."', () => {
    expectQuotes(article, [
      {
        text: 'the offer from a national chain was too good to turn down',
        speaker: 'daniel-fenwick',
        kind: 'indirect',
        cue: 'said',
        source: 'Daniel Fenwick',
        at: ['b2', 62],
      },
      {
        text: 'the sale would end a tradition their great-grandfather started in 1921',
        speaker: 'rachel-fenwick',
        kind: 'indirect',
        cue: 'said',
        source: 'Rachel Fenwick',
      },
      {
        text: 'The chain will keep the name and nothing else',
        speaker: 'rachel-fenwick',
        cue: 'said',
        source: 'Rachel',
      },
      {
        text: 'Nobody is closing anything. The ovens stay and the staff stay',
        speaker: 'daniel-fenwick',
        cue: 'said',
        source: 'Daniel',
      },
      {
        text: 'she would ask the other shareholders to vote against the sale',
        speaker: 'rachel-fenwick',
        kind: 'indirect',
        cue: 'said',
        source: 'Ms. Fenwick',
      },
    ]);
    expect(article.speakers.map((s) => [s.id, s.aliases])).toEqual([
      ['daniel-fenwick', ['Daniel']],
      ['rachel-fenwick', ['Rachel', 'Fenwick']],
    ]);
  });
});

describe('"according to" (according-to)', () => {
  const article = parseFixture('according-to');
  it('reads `…, according to X.` and `According to X, …` with organisations and documents as sources', () => {
    expectQuotes(article, [
      {
        text: 'Rail fares in England will rise by 5 percent in January',
        speaker: 'department-for-transport',
        kind: 'indirect',
        cue: 'according to',
        source: 'Department for Transport',
        at: ['b1', 8],
      },
      {
        text: 'commuters on some routes already pay more than a fifth of their income for travel',
        speaker: 'transport-focus',
        kind: 'indirect',
        cue: 'According to',
        source: 'passenger group Transport Focus',
        at: ['b2', 46],
      },
      // A document or data is a source too; the body named behind it speaks for it.
      {
        text: 'The increase is the largest in eleven years',
        speaker: 'office-for-national-statistics',
        kind: 'indirect',
        cue: 'according to',
        source: 'figures from the Office for National Statistics',
        at: ['b3', 0],
      },
    ]);
    expect(speakerNames(article)).toEqual([
      ['department-for-transport', 'Department for Transport', 'organization', null],
      ['transport-focus', 'Transport Focus', 'organization', 'passenger group'],
      ['office-for-national-statistics', 'Office for National Statistics', 'organization', null],
    ]);
  });
});

describe('an organisation speaker (company-statement)', () => {
  const article = parseFixture('company-statement');
  it('resolves "the company" to the carmaker and keeps the agency out of the speakers', () => {
    expect([article.dateline, article.credit]).toEqual(['Detroit', 'Additional reporting by Mark Delaney']);
    expect(article.blocks.at(-1)).toEqual({ id: 'b5', kind: 'credit', text: 'Additional reporting by Mark Delaney' });
    expectQuotes(article, [
      {
        text: 'Halvorsen Motors is recalling about 80,000 sedans because the front airbags may not open in a crash',
        speaker: 'halvorsen-motors',
        kind: 'indirect',
        cue: 'said',
        source: 'the company',
        at: ['b1', 20],
      },
      {
        text: 'The safety of our customers comes first, and we are contacting every owner directly',
        speaker: 'halvorsen-motors',
        cue: 'said',
        source: 'Halvorsen Motors',
      },
      {
        text: 'it had received nine complaints about the airbags',
        speaker: 'national-highway-traffic-safety-administration',
        kind: 'indirect',
        cue: 'said',
        source: 'National Highway Traffic Safety Administration',
      },
      {
        text: 'dealers would replace the faulty sensors free of charge',
        speaker: 'halvorsen-motors',
        kind: 'indirect',
        cue: 'said',
        source: 'The company',
      },
    ]);
    expect(article.speakers.map((s) => [s.id, s.kind])).toEqual([
      ['halvorsen-motors', 'organization'],
      ['national-highway-traffic-safety-administration', 'organization'],
    ]);
  });
});

describe('an article with no quotes (no-quotes)', () => {
  const article = parseFixture('no-quotes');
  it('has blocks and a caption but no quotes, speakers or claims', () => {
    expect(article.blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'paragraph', 'caption', 'paragraph']);
    expect(article.blocks[3]?.text).toBe('Photo: A snowplough near the Simplon Pass');
    expect([article.quotes, article.speakers, article.claims]).toEqual([[], [], []]);
  });
});

describe('a claim and its denials (water-contamination)', () => {
  const article = parseFixture('water-contamination');
  it('pairs the campaign group claim with the company denial and the spokeswoman characterisation', () => {
    expectQuotes(article, [
      {
        text: 'Pennine Water of hiding test results that showed high levels of lead in drinking water in three towns',
        speaker: 'campaign-group',
        kind: 'indirect',
        cue: 'accused',
        source: 'A campaign group',
        at: ['b1', 36],
      },
      {
        text: 'the company had known about the lead readings since March and had told nobody',
        speaker: 'clean-taps-now',
        kind: 'indirect',
        cue: 'claimed',
        source: 'Clean Taps Now',
        at: ['b2', 40],
      },
      { text: 'the accusation', speaker: 'pennine-water', kind: 'indirect', cue: 'rejected', source: 'Pennine Water' },
      {
        text: 'the group\'s allegations "completely false."',
        speaker: 'eleanor-briggs',
        kind: 'mixed',
        cue: 'called',
        source: 'Company spokeswoman Eleanor Briggs',
      },
      {
        text: 'the water was safe to drink and that every test had been published',
        speaker: 'martin-shaw',
        kind: 'indirect',
        cue: 'said',
        source: 'Martin Shaw',
      },
    ]);
    expect(article.claims.map((c) => [c.id, c.stance, c.speakerId, c.respondsTo, c.quoteIds])).toEqual([
      ['c1', 'claim', 'campaign-group', null, ['q1']],
      ['c2', 'claim', 'clean-taps-now', null, ['q2']],
      ['c3', 'denial', 'pennine-water', 'c2', ['q3']],
      ['c4', 'denial', 'eleanor-briggs', 'c2', ['q4']],
    ]);
    expect(article.speakers.find((s) => s.id === 'clean-taps-now')?.aliases).toEqual(['the group']);
  });
});

describe('relative dates (museum-reopening)', () => {
  const article = parseFixture('museum-reopening');
  it('parses, keeps the publication date for the dates module, and attributes the quote', () => {
    expect(article.published).toBe('2024-05-14T08:00');
    expect(article.blocks[0]?.text).toContain('next month');
    expect(article.blocks[0]?.text).toContain('last week');
    expect(article.blocks[1]?.text).toContain('on Tuesday');
    expectQuotes(article, [
      {
        text: 'The National Gallery of Modern Art will reopen next month after a two-year refit',
        speaker: 'its-director',
        kind: 'indirect',
        cue: 'said',
        source: 'its director',
        at: ['b1', 11],
      },
      {
        text: 'We are nearly there. The last crates arrive on Friday',
        speaker: 'isla-cameron',
        cue: 'said',
        source: 'director Isla Cameron',
        at: ['b3', 1],
      },
    ]);
  });
});

describe('pronouns with gender (pronoun-speakers)', () => {
  const article = parseFixture('pronoun-speakers');
  it('gives "she" to the returning officer and "he" to the candidate', () => {
    expectQuotes(article, [
      {
        text: 'the margins in both wards were fewer than ten votes',
        speaker: 'sarah-whitlock',
        kind: 'indirect',
        cue: 'said',
        source: 'Returning officer Sarah Whitlock',
        at: ['b2', 38],
      },
      {
        text: 'We will take as long as it takes to get it right',
        speaker: 'sarah-whitlock',
        cue: 'said',
        source: 'she',
      },
      {
        text: 'the recount',
        speaker: 'peter-osborne',
        kind: 'indirect',
        cue: 'welcomed',
        source: 'Labour candidate Peter Osborne',
        at: ['b4', 81],
      },
      {
        text: 'Every vote deserves to be counted twice when it is this close',
        speaker: 'peter-osborne',
        cue: 'said',
        source: 'he',
      },
      {
        text: 'I expect the final results by midday.',
        speaker: 'sarah-whitlock',
        cue: 'added',
        source: 'She',
        at: ['b6', 12],
      },
    ]);
  });
});

describe('split quotes and follow-on quotes (split-quote)', () => {
  const article = parseFixture('split-quote');
  it('gives both halves of a split quote and the quotes that follow to the one speaker; the pieces of one attribution share its cue', () => {
    expect(article.credit).toBe('With inputs from AFP');
    expectQuotes(article, [
      {
        text: 'It fits on a fingernail',
        speaker: 'lucia-paredes',
        cue: 'said',
        source: 'biologist Lucía Paredes',
        at: ['b2', 1],
      },
      {
        text: 'and it sings louder than birds twice its size.',
        speaker: 'lucia-paredes',
        cue: 'said',
        source: 'biologist Lucía Paredes',
        at: ['b2', 76],
      },
      { text: 'We heard it for two years before we ever saw it.', speaker: 'lucia-paredes', cue: null, source: null },
      {
        text: 'The forest around it is shrinking every year',
        speaker: 'lucia-paredes',
        cue: 'said',
        source: 'Paredes',
      },
      { text: 'If we lose the forest, we lose the frog.', speaker: 'lucia-paredes', cue: 'said', source: 'Paredes' },
    ]);
    expect(speakerNames(article)).toEqual([['lucia-paredes', 'Lucía Paredes', 'person', 'biologist']]);
  });
});

describe('an unclosed quotation mark (unbalanced-marks)', () => {
  const article = parseFixture('unbalanced-marks');
  it('invents no quote from the stray mark and still finds the next one', () => {
    expectQuotes(article, [
      {
        text: 'the dispute was "about safety, not money',
        speaker: 'jan-de-vries',
        kind: 'indirect',
        cue: 'said',
        source: 'Union leader Jan de Vries',
        at: ['b2', 31],
      },
      {
        text: 'We are ready to talk tomorrow',
        speaker: 'anneke-smit',
        cue: 'said',
        source: 'port director Anneke Smit',
        at: ['b4', 1],
      },
    ]);
    expect(article.speakers.map((s) => s.name)).toEqual(['Jan de Vries', 'Anneke Smit']);
  });
});

describe('an adverbial after the cue, she after a silent subject, a bare claim and an anaphoric denial (bike-lanes-vote)', () => {
  const article = parseFixture('bike-lanes-vote');
  it('reads `said after the vote`, `She` as the woman named before, `claimed S` and `denied that, saying S`', () => {
    expectQuotes(article, [
      {
        text: 'This is the safest choice for our streets',
        speaker: 'ted-wheeler',
        kind: 'direct',
        cue: 'said',
        source: 'Mayor Ted Wheeler',
      },
      {
        text: 'the plan would hurt small businesses that depend on parking',
        speaker: 'maria-lopez',
        kind: 'indirect',
        cue: 'said',
        source: 'She',
      },
      {
        text: 'We did not hear from the shop owners',
        speaker: 'maria-lopez',
        kind: 'direct',
        cue: 'said',
        source: 'she',
      },
      { text: 'Not once.', speaker: 'maria-lopez', kind: 'direct', cue: 'said', source: 'she' },
      {
        text: 'the lanes would cost 200 parking spaces',
        speaker: 'portland-business-alliance',
        kind: 'indirect',
        cue: 'claimed',
        source: 'Portland Business Alliance',
      },
      {
        text: 'the plan removes fewer than 50 spaces',
        speaker: 'chris-warner',
        kind: 'indirect',
        cue: 'denied',
        source: 'Transportation director Chris Warner',
      },
      {
        text: 'Construction will begin next month',
        speaker: 'city',
        kind: 'indirect',
        cue: 'according to',
        source: 'the city',
      },
    ]);
    expect(speakerNames(article)).toEqual([
      ['ted-wheeler', 'Ted Wheeler', 'person', 'Mayor'],
      ['maria-lopez', 'Maria Lopez', 'person', 'Council member'],
      ['portland-business-alliance', 'Portland Business Alliance', 'organization', null],
      ['chris-warner', 'Chris Warner', 'person', 'Transportation director'],
      ['city', 'City', 'organization', null],
    ]);
    expect(article.claims.map((c) => [c.speakerId, c.stance, c.quoteIds[0], c.respondsTo])).toEqual([
      ['portland-business-alliance', 'claim', 'q5', null],
      ['chris-warner', 'denial', 'q6', 'c1'],
    ]);
  });
});

describe('a time between cue and clause, an agency with a possessive, a demonstrative denial (drug-recall)', () => {
  const article = parseFixture('drug-recall');
  it('reads `said on Thursday it was …`, the regulator as an organisation, and `rejected that characterisation` as a denial', () => {
    expectQuotes(article, [
      {
        text: 'it was recalling three batches of its blood pressure medication after tests found traces of a possible carcinogen',
        speaker: 'novacor',
        kind: 'indirect',
        cue: 'said',
        source: 'Pharmaceutical company Novacor',
      },
      {
        text: 'no patients had reported harm',
        speaker: 'novacor',
        kind: 'indirect',
        cue: 'said',
        source: 'The company',
      },
      {
        text: 'We are acting out of an abundance of caution',
        speaker: 'helen-marsh',
        kind: 'direct',
        cue: 'told',
        source: 'chief executive Helen Marsh',
      },
      {
        text: 'patients should not stop taking their medicine without speaking to a doctor first',
        speaker: 'medicines-and-healthcare-products-regulatory-agency',
        kind: 'indirect',
        cue: 'said',
        source: "The UK's Medicines and Healthcare products Regulatory Agency",
      },
      {
        text: 'the company expected replacement stock within two weeks',
        speaker: 'helen-marsh',
        kind: 'indirect',
        cue: 'added',
        source: 'Marsh',
      },
      {
        text: 'This is the third recall in a year',
        speaker: 'paul-ekwueme',
        kind: 'direct',
        cue: 'said',
        source: 'Dr. Paul Ekwueme',
      },
      {
        text: 'Something is clearly wrong with their quality control.',
        speaker: 'paul-ekwueme',
        kind: 'direct',
        cue: 'said',
        source: 'Dr. Paul Ekwueme',
      },
      { text: 'that characterisation', speaker: 'novacor', kind: 'indirect', cue: 'rejected', source: 'Novacor' },
      {
        text: 'the recalls were unrelated and that each had been handled “swiftly and transparently”',
        speaker: 'spokesperson',
        kind: 'mixed',
        cue: 'said',
        source: 'A spokesperson',
      },
    ]);
    expect(speakerNames(article)).toEqual([
      ['novacor', 'Novacor', 'organization', 'Pharmaceutical company'],
      ['helen-marsh', 'Helen Marsh', 'person', 'chief executive'],
      [
        'medicines-and-healthcare-products-regulatory-agency',
        'Medicines and Healthcare products Regulatory Agency',
        'organization',
        null,
      ],
      ['paul-ekwueme', 'Paul Ekwueme', 'person', "pharmacologist at King's College London"],
      ['spokesperson', 'Spokesperson', 'person', 'spokesperson'],
    ]);
    expect(article.claims.map((c) => [c.speakerId, c.stance, c.quoteIds[0], c.respondsTo])).toEqual([
      ['paul-ekwueme', 'claim', 'q7', null],
      ['novacor', 'denial', 'q8', 'c1'],
    ]);
  });
});

describe('a participle that takes the subject of its main clause (border-funding-clash)', () => {
  const article = parseFixture('border-funding-clash');
  it('reads `X fired back, calling Y "…"` as a mixed quote by X, and `X on Tuesday accused …`', () => {
    expectQuotes(article, [
      {
        text: 'Democrats of playing politics with national security',
        speaker: 'mitch-mcconnell',
        kind: 'indirect',
        cue: 'accused',
        source: 'Senate Majority Leader Mitch McConnell',
      },
      {
        text: 'The American people expect us to keep the government open and the border secure',
        speaker: 'mitch-mcconnell',
        kind: 'direct',
        cue: 'said',
        source: 'McConnell',
      },
      {
        text: 'the president\'s demand for $5.7 billion "a temper tantrum."',
        speaker: 'chuck-schumer',
        kind: 'mixed',
        cue: 'calling',
        source: 'Senate Minority Leader Chuck Schumer',
      },
      { text: 'We will not be held hostage', speaker: 'chuck-schumer', kind: 'direct', cue: 'told', source: 'Schumer' },
      {
        text: 'Democrats had offered $1.3 billion for border security last year',
        speaker: 'chuck-schumer',
        kind: 'indirect',
        cue: 'said',
        source: 'He',
      },
      {
        text: 'the shutdown has already cost the economy $3 billion',
        speaker: 'congressional-budget-office',
        kind: 'indirect',
        cue: 'According to',
        source: 'Congressional Budget Office',
      },
      {
        text: 'the president was willing to negotiate but would not sign a bill without wall funding',
        speaker: 'sarah-sanders',
        kind: 'indirect',
        cue: 'said',
        source: 'White House spokeswoman Sarah Sanders',
      },
      {
        text: 'he would travel to the border on Thursday',
        speaker: 'sarah-sanders',
        kind: 'indirect',
        cue: 'added',
        source: 'She',
      },
      {
        text: "I may do it. If this doesn't work out, probably I will do it.",
        speaker: 'president',
        kind: 'direct',
        cue: 'said',
        source: 'the president',
      },
    ]);
    expect(speakerNames(article)).toEqual([
      ['mitch-mcconnell', 'Mitch McConnell', 'person', 'Senate Majority Leader'],
      ['chuck-schumer', 'Chuck Schumer', 'person', 'Senate Minority Leader'],
      ['congressional-budget-office', 'Congressional Budget Office', 'organization', null],
      ['sarah-sanders', 'Sarah Sanders', 'person', 'White House spokeswoman'],
      ['president', 'President', 'person', 'president'],
    ]);
    expect(article.claims.map((c) => [c.speakerId, c.stance, c.quoteIds[0], c.respondsTo])).toEqual([
      ['mitch-mcconnell', 'claim', 'q1', null],
    ]);
  });
});

describe('a person with where they are from, a place in an aside, a dash aside, `the Journal` (senate-water-bill)', () => {
  const article = parseFixture('senate-water-bill');
  it('reads the byline, date and agency dateline', () => {
    expect([article.published, article.byline, article.dateline, article.credit]).toEqual([
      '2025-03-12',
      'Priya Natarajan',
      'Washington',
      'AP',
    ]);
  });
  it('gives each statement to the person, not to the state, city or paper around the name', () => {
    expectQuotes(article, [
      {
        text: 'a procedural fight that has little to do with water',
        speaker: 'its-sponsors',
        kind: 'indirect',
        cue: 'blamed',
        source: 'its sponsors',
      },
      {
        text: 'Families in Flint and in a hundred towns nobody has heard of are still drinking from lead pipes',
        speaker: 'tom-carper',
        cue: 'said',
        source: 'Sen. Tom Carper of Delaware',
      },
      { text: 'We can fix that this year.', speaker: 'tom-carper', cue: 'said', source: 'Sen. Tom Carper of Delaware' },
      {
        text: 'the delay would push construction into next summer',
        speaker: 'maria-lopez',
        kind: 'indirect',
        cue: 'said',
        source: 'Maria Lopez of the Sierra Club',
      },
      {
        text: 'her town had waited long enough',
        speaker: 'dana-hill',
        kind: 'indirect',
        cue: 'said',
        source: 'Dana Hill',
      },
      {
        text: 'she no longer trusted either party',
        speaker: 'dana-hill',
        kind: 'indirect',
        cue: 'told',
        source: 'Hill',
      },
      {
        text: 'the cost is small next to the damage lead does to children',
        speaker: 'supporters-of-the-bill',
        kind: 'indirect',
        cue: 'argue',
        source: 'Supporters of the bill',
      },
      {
        text: 'two senators had asked for changes to the funding formula',
        speaker: 'wall-street-journal',
        kind: 'indirect',
        cue: 'reported',
        source: 'Wall Street Journal',
      },
      {
        text: 'the talks would resume on Friday',
        speaker: 'wall-street-journal',
        kind: 'indirect',
        cue: 'said',
        source: 'Journal',
      },
      {
        text: 'the delay "a failure of nerve."',
        speaker: 'paul-tan',
        kind: 'mixed',
        cue: 'called',
        source: 'Billionaire investor Paul Tan',
      },
    ]);
    expect(speakerNames(article)).toEqual([
      ['its-sponsors', 'Its sponsors', 'group', null],
      ['tom-carper', 'Tom Carper', 'person', "Sen., of Delaware, bill's lead sponsor"],
      ['maria-lopez', 'Maria Lopez', 'person', 'of the Sierra Club'],
      ['dana-hill', 'Dana Hill', 'person', null],
      ['supporters-of-the-bill', 'Supporters of the bill', 'group', null],
      ['wall-street-journal', 'Wall Street Journal', 'organization', null],
      ['paul-tan', 'Paul Tan', 'person', 'Billionaire investor'],
    ]);
  });
});

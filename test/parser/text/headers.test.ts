// @vitest-environment node
/**
 * Plain-text headers: the byline and date lines under a headline, and wire
 * datelines, in the shapes news sites and wires print them. One table per shape.
 */
import { describe, expect, it } from 'vitest';
import { readDateline, readStructure } from '@/parser/text/structure';

const BODY = '\n\nThe council met on Monday to vote on the budget.\n';
const header = (lines: string) => readStructure(`Council passes budget\n${lines}${BODY}`);

describe('bylines followed by a desk or section name', () => {
  it.each([
    ['By Jane Doe, Politics Desk', 'Jane Doe'],
    ['By Jane Doe | Washington Bureau', 'Jane Doe'],
    ['By Jane Doe, Business reporter', 'Jane Doe'],
    ['By JANE DOE, Associated Press', 'JANE DOE'],
    ['By Jane Doe\nPolitics correspondent', 'Jane Doe'],
    ['By Jane Doe\nBusiness desk', 'Jane Doe'],
  ])('%j gives the byline %j and no body block for the desk', (lines, byline) => {
    const structure = header(lines);
    expect(structure.byline).toBe(byline);
    expect(structure.blocks.map((b) => b.text)).toEqual(['The council met on Monday to vote on the budget.']);
  });
});

describe('several authors', () => {
  it.each([
    ['By Jane Doe and John Roe', 'Jane Doe and John Roe'],
    ['By Jane Doe, John Roe and Ann Lee', 'Jane Doe, John Roe and Ann Lee'],
    ['By Jane Doe and John Roe, Reuters', 'Jane Doe and John Roe'],
    ['Jane Doe and John Roe\n2024-03-05', 'Jane Doe and John Roe'],
  ])('%j gives the byline %j', (lines, byline) => {
    expect(header(lines).byline).toBe(byline);
  });
});

describe('date lines that open with a word', () => {
  it.each([
    ['Published 5 March 2024', '2024-03-05'],
    ['Published: March 5, 2024 at 9:30 a.m. ET', '2024-03-05T09:30'],
    ['Updated 3:45 PM EST, March 5, 2024', '2024-03-05T15:45'],
    ['Published March 5, 2024 | Updated March 6, 2024', '2024-03-05'],
    ['Updated March 6, 2024\nPublished March 5, 2024', '2024-03-05'],
    ['Posted on 05/03/2024 14:05', '2024-03-05T14:05'],
  ])('%j is published %j', (lines, published) => {
    const structure = header(lines);
    expect(structure.published).toBe(published);
    expect(structure.blocks).toHaveLength(1);
  });
});

describe('dates in ISO, US and UK forms, with times and zones', () => {
  it.each([
    ['2024-03-05T14:05:00Z', '2024-03-05T14:05:00Z'],
    ['2024-03-05 14:05 +0100', '2024-03-05T14:05+01:00'],
    ['March 5, 2024 2:05 p.m. ET', '2024-03-05T14:05'],
    ['03/25/2024 09:15 GMT', '2024-03-25T09:15Z'],
    ['Tuesday 5 March 2024 14:05 GMT', '2024-03-05T14:05Z'],
    ['5th March 2024, 14:05 BST', '2024-03-05T14:05'],
    ['Tue, Mar 5, 2024, 9:30 AM UTC+5:30', '2024-03-05T09:30+05:30'],
  ])('%j is published %j', (line, published) => {
    expect(header(line).published).toBe(published);
  });
});

describe('wire datelines', () => {
  it.each([
    ['WASHINGTON (AP) — The Senate voted.', 'Washington', 'AP'],
    ['LONDON, March 5 (Reuters) - Shares fell.', 'London', 'Reuters'],
    ['NEW DELHI (PTI): The court ruled.', 'New Delhi', 'PTI'],
    ['PARIS — The strike went on.', 'Paris', null],
    ['Kyiv, Ukraine (AP) — Sirens sounded.', 'Kyiv', 'AP'],
  ])('%j is filed from %j by %j', (text, place, agency) => {
    const dateline = readDateline(text);
    expect(dateline?.place).toBe(place);
    expect(dateline?.agency).toBe(agency);
  });
});

import { describe, expect, it } from 'vitest';

import { initials } from '../../src/shared/speaker-palette';

describe('initials on a speaker chip', () => {
  it('takes the first and last capitalised words of a name', () => {
    expect(initials('Sean Spicer')).toBe('SS');
    expect(initials('Col. John Dorrian')).toBe('JD');
    expect(initials('Department of Defense')).toBe('DD');
  });

  it('keeps a one-word organisation to one letter', () => {
    expect(initials('Pentagon')).toBe('P');
  });

  it('tells a group apart from the organisation it belongs to', () => {
    expect(initials('Pentagon officials')).toBe('PO');
    expect(initials("Project's annual report")).toBe('PR');
    expect(initials('Pentagon')).not.toBe(initials('Pentagon officials'));
  });

  it('reads a lower-case description and a missing name', () => {
    expect(initials('officials')).toBe('O');
    expect(initials('senior officials')).toBe('SO');
    expect(initials(null)).toBe('?');
  });
});

import { describe, expect, it } from 'vitest';
import { expandQuery, namesMatching, suggestion } from './search-query.ts';
import type { SearchTerm } from '../schemas/search-terms.ts';

const terms: SearchTerm[] = [
  { terms: ['MLA'], means: 'mutual legal assistance' },
  { terms: ['e-evidence'], means: 'electronic evidence' },
  { terms: ['forfeiture', 'asset forfeiture'], means: 'confiscation' },
  { terms: ['entraide'], means: 'entraide judiciaire' },
];
const names = ['European Judicial Network', 'EJN', 'Eurojust', 'Eurojust National Coordination System', 'Réseau judiciaire européen'];

describe('names in a query', () => {
  it('finds the entries a query names, whatever its case, accents, punctuation or leading article', () => {
    expect(namesMatching('eurojust', names).exact).toEqual(['Eurojust']);
    expect(namesMatching('  european judicial network ', names).exact).toEqual(['European Judicial Network']);
    expect(namesMatching('reseau judiciaire europeen', names).exact).toEqual(['Réseau judiciaire européen']);
    expect(namesMatching('The EJN', names).exact).toEqual(['EJN']);
    expect(namesMatching('judicial network', names)).toEqual({ exact: [], start: [] });
  });

  it('finds names a query of two words or more begins, after the exact ones', () => {
    expect(namesMatching('Eurojust national', names)).toEqual({ exact: [], start: ['Eurojust National Coordination System'] });
    // One word that begins a name is not taken as naming it: "Eurojust" is Eurojust, not its coordination system.
    expect(namesMatching('Eurojust', names)).toEqual({ exact: ['Eurojust'], start: [] });
  });
});

describe('query expansion', () => {
  it('spells out abbreviations as whole words, longest first', () => {
    expect(expandQuery('MLA', terms)).toEqual({ query: 'mutual legal assistance', means: ['mutual legal assistance'] });
    expect(expandQuery('MLA Albania', terms)?.query).toBe('mutual legal assistance albania');
    expect(expandQuery('E-Evidence', terms)).toEqual({ query: 'electronic evidence', means: ['electronic evidence'] });
    expect(expandQuery('asset forfeiture', terms)?.query).toBe('confiscation');
    expect(expandQuery('MLA e-evidence', terms)?.means).toEqual(['electronic evidence', 'mutual legal assistance']);
  });

  it('leaves queries without a known abbreviation, or already spelt out, alone', () => {
    expect(expandQuery('Albania', terms)).toBeUndefined();
    expect(expandQuery('mlat', terms)).toBeUndefined();
    expect(expandQuery('entraide judiciaire', terms)).toBeUndefined();
  });
});

describe('did you mean', () => {
  const words = ['Extradition and surrender', 'Money laundering and asset recovery', 'Albania'];

  it('offers the nearest name for a misspelt name', () => {
    expect(suggestion('eurojsut', names, words)).toBe('Eurojust');
    expect(suggestion('Europen Judicial Netwrk', names, words)).toBe('European Judicial Network');
  });

  it('corrects unknown words from the catalogue’s words', () => {
    expect(suggestion('extradtion', names, words)).toBe('extradition');
    expect(suggestion('money laundring albania', names, words)).toBe('money laundering albania');
    expect(suggestion('surrendr', names, words)).toBe('surrender');
  });

  it('suggests nothing for names, known words, their endings, or words with no near neighbour', () => {
    expect(suggestion('Eurojust', names, words)).toBeUndefined();
    expect(suggestion('extradition', names, words)).toBeUndefined();
    expect(suggestion('laundered', names, words)).toBeUndefined();
    expect(suggestion('zzzzzzzz', names, words)).toBeUndefined();
    expect(suggestion('x'.repeat(200), names, words)).toBeUndefined();
  });
});

/**
 * The abbreviations and other words practitioners search with, and the words the catalogue
 * writes instead, per language: a search for "MLA" also searches "mutual legal assistance",
 * "e-evidence" "electronic evidence", « ECE » « équipe commune d’enquête ». Kept beside the
 * vocabularies (vocabularies.ts) because they name the same things; the search page expands
 * queries with them (src/client/search-query.ts), and a content test checks that every expansion
 * finds entries. Add a line when readers search for a word the catalogue does not use.
 */
import type { Locale } from '../i18n/locales.ts';

export interface SearchTerm {
  /** What readers type, matched as a whole word, ignoring case and accents. @example ["MLA"] */
  terms: string[];
  /** What the catalogue writes: searched as well. @example "mutual legal assistance" */
  means: string;
}

/** Per language; a language without a list gets no expansion. */
export const SEARCH_TERMS: { en: SearchTerm[] } & Partial<Record<Locale, SearchTerm[]>> = {
  en: [
    { terms: ['MLA', 'MLAT', 'MLATs'], means: 'mutual legal assistance' },
    { terms: ['JIT', 'JITs'], means: 'joint investigation teams' },
    { terms: ['e-evidence', 'eevidence', 'digital evidence'], means: 'electronic evidence' },
    { terms: ['Lusophone', 'Portuguese speaking'], means: 'Portuguese-speaking' },
    { terms: ['FIU', 'FIUs'], means: 'financial intelligence units' },
    { terms: ['ARO', 'AROs'], means: 'asset recovery offices' },
    { terms: ['THB', 'human trafficking', 'trafficking in persons'], means: 'trafficking in human beings' },
    { terms: ['AML', 'anti-money laundering'], means: 'money laundering' },
    { terms: ['organized crime', 'OCG', 'OCGs'], means: 'organised crime' },
    { terms: ['UNTOC', 'Palermo Convention'], means: 'Convention against Transnational Organized Crime' },
    { terms: ['Budapest Convention'], means: 'Convention on Cybercrime' },
    { terms: ['UNCAC'], means: 'Convention against Corruption' },
    { terms: ['forfeiture', 'asset forfeiture'], means: 'confiscation' },
    { terms: ['Iberoamerican', 'Latin America', 'Latin American'], means: 'Ibero-American' },
  ],
  fr: [
    { terms: ['ECE', 'ECEs', 'équipe commune d’enquête'], means: 'équipes communes d’enquête' },
    { terms: ['CRF', 'cellule de renseignement financier'], means: 'cellules de renseignement financier' },
    { terms: ['BRA', 'bureau de recouvrement des avoirs'], means: 'bureaux de recouvrement des avoirs' },
    { terms: ['preuve numérique', 'preuves numériques', 'e-preuve', 'preuves électroniques'], means: 'preuve électronique' },
    { terms: ['lusophone', 'lusophones'], means: 'langue portugaise' },
    { terms: ['TEH', 'traite des personnes', 'traite d’êtres humains'], means: 'traite des êtres humains' },
    { terms: ['LBC', 'LCB-FT', 'LBC-FT', 'anti-blanchiment'], means: 'blanchiment' },
    { terms: ['crime organisé', 'grand banditisme'], means: 'criminalité organisée' },
    { terms: ['cybercrime', 'cyberdélinquance'], means: 'cybercriminalité' },
    { terms: ['entraide pénale', 'entraide', 'MLA'], means: 'entraide judiciaire' },
    { terms: ['saisie des avoirs', 'confiscation des avoirs', 'avoirs criminels'], means: 'recouvrement des avoirs' },
  ],
};

/**
 * What every open-data description says of the dataset, written once: its version (the major
 * number is in the path of the tidy tables, data/v1/), licence, title, description and keywords
 * in English and French (the Council of Europe's two official languages).
 */
export const DATA_VERSION = '1.0.0';

export const LICENCE = {
  spdx: 'CC-BY-4.0',
  title: 'Creative Commons Attribution 4.0 International',
  url: 'https://creativecommons.org/licenses/by/4.0/',
  /** The EU Publications Office's authority table entry, which DCAT-AP asks for. */
  authority: 'http://publications.europa.eu/resource/authority/licence/CC_BY_4_0',
};

export function datasetText() {
  return {
    title: {
      en: 'Catalogue of international judicial cooperation networks',
      fr: 'Catalogue des réseaux internationaux de coopération judiciaire',
    },
    description: {
      en: 'The international networks, programmes and cooperation practices that matter in the fight against transnational organised crime: what each does, which States and organisations take part and in what role, how they relate to one another, and the sources of every fact.',
      fr: 'Les réseaux, programmes et pratiques de coopération internationaux qui comptent dans la lutte contre la criminalité organisée transnationale : ce que fait chacun, quels États et organisations y participent et à quel titre, leurs relations, et les sources de chaque fait.',
    },
    keywords: ['judicial cooperation', 'mutual legal assistance', 'organised crime', 'international networks', 'Council of Europe', 'CDPC'],
  };
}

/**
 * The documents the catalogue is built from (see ../shared/sources/README.md when working
 * from the repository). An entry's `sources[].document` names one of these keys (the about page
 * gives each its full reference), `web` for a web page (then `title` and `url` are required),
 * or `other` for any other document (then `title` is required, `url` where there is one).
 */
import type { Locale } from '../i18n/locales.ts';

/** A text in the catalogue's languages: English always, the others where written (English otherwise). */
export type Localised = { en: string } & Partial<Record<Locale, string>>;

export interface SourceDocument {
  /** As published (the documents are in English). */
  title: string;
  author: string;
  /** ISO date of the document, at its precision. */
  date: string;
  /** Where the date comes from when the document does not print one. */
  dateNote?: Localised | undefined;
  place: string;
  /** What the document gives the catalogue, shown on the about page. */
  gives: Localised;
}

export const SOURCE_DOCUMENTS = new Map<string, SourceDocument>([
  [
    'cdpc-2017-1',
    {
      title:
        'Catalogue of international judicial networks of relevance in the fight against transnational organised crime: preliminary report, CDPC (2017) 1',
      author: 'Council of Europe, European Committee on Crime Problems (CDPC); prepared by Esther George',
      date: '2017-02-23',
      place: 'Strasbourg',
      gives: {
        en: 'The criteria for inclusion, the options for hosting the catalogue, and the catalogue table of European (section 4.1) and non-European (section 4.2) networks with their members.',
        fr: 'Les critères d’inclusion, les options d’hébergement du catalogue et le tableau des réseaux européens (section 4.1) et non européens (section 4.2), avec leurs membres.',
      },
    },
  ],
  [
    'unodc-tip-toolkit-4-10',
    {
      title: 'Toolkit to Combat Trafficking in Persons, Tool 4.10: Promising cooperative practice',
      author: 'United Nations Office on Drugs and Crime (UNODC)',
      date: '2008',
      dateNote: {
        en: 'The tool carries no date: 2008 is the year of the toolkit’s edition it belongs to, and the latest event it reports is of July 2007.',
        fr: 'L’outil n’est pas daté : 2008 est l’année de l’édition de la boîte à outils dont il fait partie, et l’événement le plus récent qu’il mentionne date de juillet 2007.',
      },
      place: 'Vienna',
      gives: {
        en: 'Police and judicial cooperation bodies and regional arrangements, with members, founding dates and web addresses.',
        fr: 'Des organismes de coopération policière et judiciaire et des dispositifs régionaux, avec leurs membres, leurs dates de création et leurs adresses web.',
      },
    },
  ],
  [
    'euromed-national-platforms-2017',
    {
      title:
        'Introductory paper on national platforms of cooperation: a holistic national response to transnational crime (2nd CrimEx session)',
      author: 'EuroMed Justice Programme Management Team (EU-funded)',
      date: '2017-04-18',
      place: 'Maastricht',
      gives: {
        en: 'The elements of a national coordination framework and the models that work in practice: ENCS, FIUs, AROs and ILECUs.',
        fr: 'Les éléments d’un cadre national de coordination et les modèles qui fonctionnent en pratique : ENCS, CRF, BRA et ILECU.',
      },
    },
  ],
  [
    'euromed-informal-cooperation-2018',
    {
      title: 'Ways to enhance informal cooperation: general presentation and agenda (5th CrimEx session, second part)',
      author: 'EuroMed Justice',
      date: '2018-01-24',
      place: 'EuroMed Justice CrimEx',
      gives: {
        en: 'What informal police-to-police and agency-to-agency cooperation is, its channels, and when it must be formalised.',
        fr: 'Ce qu’est la coopération informelle de police à police et d’agence à agence, ses canaux, et quand elle doit être formalisée.',
      },
    },
  ],
  [
    'unodc-see-programme-2009',
    {
      title:
        'Facing the challenges of organized and serious crimes in the Western Balkans: UNODC Regional Programme for South Eastern Europe (2009–2011)',
      author: 'UNODC Regional Programme Office for South Eastern Europe',
      date: '2009-09-28',
      place: 'Belgrade',
      gives: {
        en: 'The UNODC regional programme: target countries, objectives, pillars, partners, activities and steering committee.',
        fr: 'Le programme régional de l’ONUDC : pays cibles, objectifs, piliers, partenaires, activités et comité de pilotage.',
      },
    },
  ],
]);

/** Key for a source that is a web page cited on its own rather than one of the documents above. */
export const WEB_SOURCE = 'web';
/** Key for any other document (a report, a treaty, a journal article), cited by its title. */
export const OTHER_SOURCE = 'other';

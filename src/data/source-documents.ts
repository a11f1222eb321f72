/**
 * The documents the catalogue is built from (see ../shared/sources/README.md when working
 * from the repository). An entry's `sources[].document` names one of these keys (the about page
 * gives each its full reference), `web` for a web page (then `title` and `url` are required),
 * or `other` for any other document (then `title` is required, `url` where there is one).
 */
export interface SourceDocument {
  title: string;
  author: string;
  /** ISO date of the document. */
  date: string;
  place: string;
  /** What the document gives the catalogue, shown on the about page. */
  gives: string;
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
      gives:
        'The criteria for inclusion, the options for hosting the catalogue, and the catalogue table of European (section 4.1) and non-European (section 4.2) networks with their members.',
    },
  ],
  [
    'unodc-tip-toolkit-4-10',
    {
      title: 'Toolkit to Combat Trafficking in Persons, Tool 4.10: Promising cooperative practice',
      author: 'United Nations Office on Drugs and Crime (UNODC)',
      date: '2008',
      place: 'Vienna',
      gives: 'Police and judicial cooperation bodies and regional arrangements, with members, founding dates and web addresses.',
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
      gives: 'The elements of a national coordination framework and the models that work in practice: ENCS, FIUs, AROs and ILECUs.',
    },
  ],
  [
    'euromed-informal-cooperation-2018',
    {
      title: 'Ways to enhance informal cooperation: general presentation and agenda (5th CrimEx session, second part)',
      author: 'EuroMed Justice',
      date: '2018-01-24',
      place: 'EuroMed Justice CrimEx',
      gives: 'What informal police-to-police and agency-to-agency cooperation is, its channels, and when it must be formalised.',
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
      gives: 'The UNODC regional programme: target countries, objectives, pillars, partners, activities and steering committee.',
    },
  ],
]);

/** Key for a source that is a web page cited on its own rather than one of the documents above. */
export const WEB_SOURCE = 'web';
/** Key for any other document (a report, a treaty, a journal article), cited by its title. */
export const OTHER_SOURCE = 'other';

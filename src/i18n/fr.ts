/**
 * Every string of the site chrome in French, with the same keys as the English (src/i18n/en.ts),
 * checked by TypeScript. Values that carry figures, names or dates are functions: they choose
 * singular or plural (0 and 1 take the singular in French) and the preposition a date needs
 * (« le 12 mars 2017 » but « en mars 2017 », « en 2017 »). Country names come without an
 * article, so sentences are built to take a bare name (« Albanie : … »). Typography: a
 * no-break space (U+00A0) before « : ; ? ! », as in the French entries.
 */
import type { Strings } from './ui.ts';

/** True for a date with its day ("12 mars 2017"), false for "mars 2017" or "2017". */
const hasDay = (date: string) => /^\d{1,2} /.test(date);
/** "1er mars 2017", as French writes the first day of a month. */
const day = (date: string) => date.replace(/^1 /, '1er ');
/** "le 12 mars 2017", "en mars 2017", "en 2017". */
const onDate = (date: string) => (hasDay(date) ? `le ${day(date)}` : `en ${date}`);
/** "au 12 mars 2017", "en mars 2017", "en 2017": how up to date something is. */
const asOfDate = (date: string) => (hasDay(date) ? `au ${day(date)}` : `en ${date}`);
/** "1 fiche", "2 fiches"; French puts 0 and 1 in the singular. */
const count = (n: number, one: string, many: string) => `${n} ${n <= 1 ? one : many}`;

export const fr: Strings = {
  'site.name': 'Catalogue des réseaux internationaux de coopération judiciaire',
  'site.shortName': 'Catalogue des réseaux judiciaires',
  'site.tagline': 'Qui sont les réseaux, ce qu’ils font et qui en est membre',
  'site.maintainers': 'les responsables du catalogue',
  // Punctuation between a label and its value, and around a quotation, as each language writes it.
  'punct.colon': ' : ',
  'punct.openQuote': '« ',
  'punct.closeQuote': ' »',
  'skip.link': 'Aller au contenu principal',
  'nav.label': 'Menu principal',
  'nav.home': 'Accueil',
  'nav.networks': 'Réseaux',
  'nav.programmes': 'Programmes',
  'nav.practices': 'Pratiques',
  'nav.countries': 'Pays',
  'nav.search': 'Recherche',
  'nav.about': 'À propos',
  'footer.about': 'À propos du catalogue',
  'footer.data': 'Données ouvertes (JSON, CSV)',
  'footer.licence': 'Contenu sous licence CC BY 4.0 ; code sous licence EUPL-1.2.',
  'footer.contribute': 'Contribuer sur le dépôt du projet',
  'footer.maintainedBy': 'Tenu à jour par',
  'footer.updated': (date: string) => `Dernière mise à jour du catalogue : ${day(date)}.`,
  'footer.reportEmail': (email: string) => `Signaler une erreur : ${email}`,
  'footer.reportForm': 'Signaler une erreur',
  'footer.report': 'Comment signaler une erreur',
  'footer.accessibility': 'Accessibilité',
  'footer.languages': 'Langues',
  'nav.languages': 'Langue',
  'search.label': 'Rechercher dans le catalogue',
  'search.placeholder': 'p. ex. recouvrement des avoirs, Albanie, IberRed',
  'search.submit': 'Rechercher',
  'search.filters': 'Filtres',
  'search.clear': 'Tout effacer',
  'search.noscript':
    'La recherche nécessite JavaScript. À défaut, consultez les listes des réseaux, des programmes, des pratiques et des pays.',
  'search.loading': 'Recherche en cours…',
  'search.prompt': 'Saisissez des mots à rechercher ou choisissez des filtres pour parcourir le catalogue.',
  'search.found.one': 'fiche trouvée.',
  'search.found.many': 'fiches trouvées.',
  'search.failed': 'Impossible de charger la recherche. Consultez plutôt les listes des réseaux, des programmes et des pratiques.',
  'intro.networks':
    'Réseaux internationaux de juges, de procureurs, d’autorités centrales et de praticiens des services répressifs qui jouent un rôle important dans la lutte contre la criminalité transnationale organisée.',
  'intro.programmes':
    'Programmes et projets financés qui mettent en place ou soutiennent la coopération entre autorités judiciaires et services répressifs.',
  'intro.practices':
    'Organes et canaux de coopération, et modèles de coordination nationale, auxquels les praticiens ont recours en complément des réseaux.',
  'search.noResults': 'Aucune fiche ne correspond. Retirez un filtre ou essayez d’autres mots.',
  'search.more': 'Afficher plus de résultats',
  'search.filter.kind': 'Catégorie de fiche',
  'search.filter.region': 'Région',
  'search.filter.crime': 'Domaine de criminalité',
  'search.filter.country': 'Pays membre',
  'search.filter.regionHelp': 'Régions d’activité indiquées pour la fiche et régions où se situent ses pays membres.',
  'filters.title': 'Filtres',
  // Templates filled in the browser: {n}, {label}, {words}, {shown}, {total}. A template cannot
  // choose singular or plural, so these are worded to hold any number (« sélection : 1 »).
  'filters.applied': 'sélection : {n}',
  'filters.noneChosen': 'aucune sélection',
  'filters.chosen': 'Filtres choisis',
  'filters.remove': 'Retirer le filtre : {label}',
  'filters.liveCount': 'résultats : {n}',
  'filters.show': 'Afficher les résultats',
  'filters.skip': 'Aller aux résultats',
  'filters.typeToFilter': 'Saisissez un mot pour réduire la liste',
  'filters.noOption': 'Aucune option ne correspond.',
  'search.didYouMean': 'Vouliez-vous dire {suggestion} ?',
  'search.alsoSearched': 'Recherche étendue à « {words} ».',
  'entry.facts': 'Données clés',
  'entry.type': 'Type',
  'entry.acronym': 'Sigle',
  'entry.alternativeNames': 'Autres dénominations',
  'entry.regions': 'Régions',
  'entry.crimeAreas': 'Domaines de criminalité',
  'entry.instruments': 'Instruments de coopération',
  'entry.status': 'Statut',
  'entry.established': 'Date de création',
  'entry.laterNames': 'Dénominations ultérieures',
  'entry.since': 'depuis',
  'entry.activityStatus': 'État',
  'entry.membersDefinedBy': 'Selon les sources, sont membres les États membres de la ou des organisations suivantes :',
  'entry.host': 'Organisation d’accueil ou secrétariat',
  'entry.seat': 'Siège',
  'entry.website': 'Site web',
  'entry.cdpcSection': 'Dans le rapport CDPC (2017) 1',
  'entry.period': 'Période',
  'entry.funders': 'Financé par',
  'entry.implementers': 'Mis en œuvre par',
  'entry.beneficiaries': 'Bénéficiaires',
  'entry.pillars': 'Piliers',
  'entry.activities': 'Activités',
  'entry.members': 'Membres',
  'entry.memberCount': 'pays',
  'entry.unresolved': 'Membres que la source n’identifie pas clairement',
  'entry.organisations': 'Organisations participantes',
  'entry.relations': 'Fiches liées',
  'entry.sources': 'Sources',
  'entry.caveats': 'Réserves sur ces informations',
  'entry.asOf': 'Date des informations',
  'entry.reviewed': 'Dernière vérification',
  'entry.changed': 'Dernière modification',
  'entry.suggest': 'Proposer une correction',
  'entry.edit': 'Modifier ce fichier',
  'entry.noMembers': 'Les sources ne mentionnent aucun pays membre pour cette fiche.',
  'list.count': 'fiches',
  'home.byRegion': 'Par région',
  'home.byCrime': 'Par domaine de criminalité',
  'home.byCountry': 'Par pays',
  'list.role': 'Rôle d’un pays membre',
  'list.showingOf': 'Affichage de {shown} sur {total} {kind}.',
  'countries.title': 'Pays',
  'countries.intro':
    'Tous les pays qui participent à au moins un réseau, un programme ou une pratique, avec le nombre de fiches correspondantes.',
  'country.entries': 'Fiches concernant le pays',
  'country.role': 'Rôle',
  'finder.title': 'Recherche croisée par pays',
  'finder.intro':
    'Choisissez au moins deux pays pour afficher les réseaux, programmes et pratiques qui les réunissent tous, ainsi que le rôle de chaque pays dans chacun d’eux. Vous pouvez restreindre la liste à certains domaines de criminalité ou instruments de coopération.',
  'finder.countries': 'Pays',
  'finder.country': 'Pays',
  'finder.optional': '(facultatif)',
  'finder.none': '— aucun —',
  'finder.crime': 'Domaines de criminalité (au moins l’un des domaines choisis)',
  'finder.instrument': 'Instruments de coopération (au moins l’un des instruments choisis)',
  'finder.submit': 'Trouver les fiches communes',
  'finder.results': 'Fiches communes',
  'finder.entry': 'Fiche',
  'finder.noscript':
    'La recherche croisée s’exécute dans votre navigateur et nécessite JavaScript. À défaut, ouvrez la page de chaque pays pour voir toutes les fiches auxquelles il participe :',
  'finder.loadError': 'Impossible de charger les données de la recherche croisée. Consultez plutôt les pages des pays.',
  'finder.shareWith': 'Trouver les fiches communes avec un autre pays',
  'finder.otherCountry': 'Autre pays',
  'finder.shareSubmit': 'Trouver les fiches communes',
  'explore.title': 'Explorer',
  'explore.finder': 'trouver les fiches communes à deux pays ou plus',
  'explore.map': 'voir sur une carte du monde le nombre de fiches qui incluent chaque pays',
  'explore.relationships': 'voir comment les fiches sont liées : hébergé par, fait partie de, partenaire de…',
  'explore.overlaps': 'voir quels réseaux se chevauchent le plus, par leurs membres et leurs domaines de criminalité',
  'overlaps.title': 'Chevauchements entre réseaux',
  'similar.title': 'Fiches similaires',
  'similar.intro': 'Les fiches qui ont le plus de pays membres et de domaines de criminalité en commun avec celle-ci. Voir aussi :',
  'similar.withThis': 'avec cette fiche.',
  'relationships.title': 'Relations entre les fiches',
  'map.title': 'Carte des pays membres',
  'notFound.title': 'Page introuvable',
  'notFound.broken': 'Si un lien de ce site vous a conduit ici, merci de nous le signaler.',
  'notFound.body': 'Aucune page ne correspond à cette adresse. Elle a peut-être été déplacée, ou le lien comporte une erreur.',

  // Layout
  'meta.homeDescription':
    'Catalogue consultable des réseaux, programmes et pratiques de coopération judiciaire et policière internationale utiles à la lutte contre la criminalité transnationale organisée : leurs activités et leurs membres.',
  'nav.breadcrumb': 'Fil d’Ariane',
  // Home
  'home.lede':
    'Le catalogue présente les réseaux qui relient procureurs, juges et policiers par-delà les frontières, les activités de chacun d’eux et les pays qui en sont membres. Il donne suite à la recommandation du Comité européen pour les problèmes criminels (CDPC) du Conseil de l’Europe visant à héberger et à tenir à jour un catalogue des réseaux judiciaires internationaux.',
  'home.numbers': 'Le catalogue en chiffres',
  'home.allCountries': (n: number) => (n <= 1 ? 'Voir la liste des pays' : `Voir les ${n} pays`),
  // Lists
  'list.summary': (n: number) => (n === 0 ? 'Aucune fiche.' : n === 1 ? '1 fiche.' : `${n} fiches, classées par ordre alphabétique.`),
  'list.searchThem': 'Rechercher dans leur texte intégral',
  // Entry
  'entry.datesLabel': 'Dates et corrections',
  'entry.statusAsOf': (date: string) => `(${asOfDate(date)})`,
  'entry.ongoing': 'en cours',
  'entry.consulted': (date: string) => `(consulté ${onDate(date)})`,
  'entry.noteOn': (country: string) => `Note : ${country}`,
  'entry.activityDate': 'Date',
  'entry.activityTitle': 'Activité',
  'entry.activityPlace': 'Lieu',
  'entry.noteMarker': '*',
  'entry.reach': 'Comment prendre contact',
  'entry.reachHost': 'Par son organisation d’accueil ou son secrétariat :',
  'entry.reachNone': 'Les sources n’indiquent ni site web ni moyen de contact.',
  'entry.report': 'Signaler une erreur par courriel',
  'entry.unofficialRendering': 'Traduction non officielle du nom :',
  'entry.notice.missing': 'Cette fiche n’a pas encore été traduite : son texte est affiché en anglais.',
  'entry.notice.outdated':
    'Le texte anglais de cette fiche a été modifié après sa traduction : il est affiché en anglais jusqu’à la mise à jour de la traduction.',
  'status.ended': (end: string) => `Terminé (période achevée ${onDate(end)})`,
  'status.asListed': (status: string, year: string) => `${status}, selon la liste de ${year}`,
  'entry.asOfShort': (date: string) => `Informations à jour ${asOfDate(date)}`,
  'entry.asOfListed': (date: string) => asOfDate(date),
  // Similar entries and overlaps
  'overlap.shares': (o: { sharedCountries: number; memberCountries: number; sharedCrimeAreas: number }) => {
    const parts = [
      o.sharedCountries > 0 &&
        (o.sharedCountries === o.memberCountries && o.memberCountries > 1
          ? `l’ensemble de ses ${o.memberCountries} pays membres`
          : o.memberCountries === 1
            ? 'son seul pays membre'
            : `${o.sharedCountries} de ses ${o.memberCountries} pays membres`),
      o.sharedCrimeAreas > 0 && count(o.sharedCrimeAreas, 'domaine de criminalité', 'domaines de criminalité'),
    ].filter(Boolean);
    return parts.length > 0 ? `partage ${parts.join(' et ')}` : 'ne partage aucun pays membre ni aucun domaine de criminalité';
  },
  'overlaps.description': 'Les paires de réseaux du catalogue qui ont le plus de pays membres et de domaines de criminalité en commun.',
  'overlaps.ledeQuote':
    'Le rapport du CDPC de 2017 a relevé des chevauchements entre certains des réseaux qu’il recensait et a averti que, dans un monde où les ressources et les effectifs sont limités, le travail en vase clos n’est pas efficace et que les réseaux doivent travailler ensemble',
  'overlaps.ledeSection': 'section 2',
  'overlaps.ledePairs': (pairs: number) =>
    pairs === 0
      ? 'Aucune paire de réseaux n’a de pays membre ni de domaine de criminalité en commun.'
      : pairs === 1
        ? 'Voici la paire de réseaux qui a le plus en commun.'
        : `Voici les ${pairs} paires de réseaux qui ont le plus en commun.`,
  'overlaps.method':
    'Chaque paire reçoit un indice qui rapporte les pays membres et les domaines de criminalité communs aux deux réseaux à l’ensemble des pays et des domaines de criminalité de l’un ou de l’autre (un indice de 1 signifierait les mêmes pays pour les mêmes formes de criminalité). Un pays est pris en compte quel que soit son rôle. La page de chaque fiche indique les fiches qui lui ressemblent le plus.',
  'overlaps.caption': 'Paires de réseaux, par ordre décroissant de chevauchement',
  'overlaps.pair': 'Paire',
  'overlaps.sharedMembers': 'Membres communs',
  'overlaps.sharedCrimeAreas': 'Domaines de criminalité communs',
  'overlaps.overlap': 'Chevauchement',
  'overlaps.and': 'et',
  'overlaps.with': 'avec',
  'overlaps.none': 'aucun',
  'overlaps.score': (score: string) => `(indice ${score.replace('.', ',')})`,
  // Countries
  'countries.caption': 'Pays et nombre de fiches concernant chacun d’eux',
  'countries.country': 'Pays',
  'countries.code': 'Code',
  'countries.entries': 'Fiches',
  'country.title': (name: string) => `${name} : réseaux, programmes et pratiques`,
  'country.description': (name: string, n: number) =>
    n === 0
      ? `${name} : aucune participation aux fiches du catalogue.`
      : n === 1
        ? `${name} : participation à 1 fiche du catalogue et rôle dans celle-ci.`
        : `${name} : participation à ${n} fiches du catalogue et rôle dans chacune d’elles.`,
  // Follows the country's name (« Albanie (AL) : participe à 12 fiches du catalogue. »): French
  // needs an article before a country that is a subject, so the sentence starts after a colon.
  'country.takesPart': (n: number) =>
    n === 0 ? ': ne participe à aucune fiche du catalogue.' : `: participe à ${count(n, 'fiche', 'fiches')} du catalogue.`,
  // The page's heading names the country; French needs no article here.
  'country.mayConcern': () => 'Autres fiches susceptibles de concerner ce pays',
  'country.mayConcernIntro': () =>
    'Les sources de ces fiches ne donnent aucune liste de membres : le catalogue ne peut donc pas dire si ce pays y participe. Chacune couvre une région dont il fait partie.',
  'country.regions': 'Régions',
  'country.kind': 'Catégorie',
  'country.asOf': 'Date des informations',
  'country.download': 'Télécharger ces fiches (CSV, pour tableur)',
  'country.searchWithin': 'Rechercher dans ces fiches',
  'country.and': 'et…',
  'locator.caption': (name: string) => `${name} et pays voisins.`,
  'locator.worldMap': 'Carte mondiale du catalogue',
  // Map
  'map.description':
    'Carte du monde des pays qui participent aux réseaux, programmes et pratiques du catalogue, dont la teinte varie selon le nombre de fiches.',
  'map.lede': (n: number) =>
    `${n === 0 ? 'Aucun pays ne participe' : n === 1 ? '1 pays participe' : `${n} pays participent`} à au moins une fiche. Plus un pays est foncé, plus les fiches qui l’incluent sont nombreuses ; sélectionnez un pays pour ouvrir sa page. Le tableau présente les mêmes chiffres.`,
  'map.legend': 'Nombre de fiches qui incluent le pays :',
  'map.none': 'aucune',
  'map.tooSmall': 'Pays trop petits pour être représentés à cette échelle :',
  'map.outlines':
    'Contours des pays : Natural Earth, via world-atlas (domaine public) ; ils n’expriment aucune position sur le tracé des frontières.',
  'map.tableHeading': 'Pays par nombre de fiches',
  'map.caption': 'Pays et nombre de fiches qui incluent chacun d’eux, par ordre décroissant',
  'map.countryEntries': (name: string, n: number) => `${name} : ${n === 0 ? 'aucune fiche' : count(n, 'fiche', 'fiches')}`,
  // Relationships
  'relationships.description':
    'Les liens entre les réseaux, programmes et pratiques du catalogue : hébergé par, fait partie de, partenaire de, succède à, bénéficie du soutien de.',
  'relationships.lede': (relations: number, related: number, entries: number) =>
    relations === 0
      ? `Aucune relation ne relie les ${entries} fiches du catalogue.`
      : relations === 1
        ? `1 relation relie ${related} des ${entries} fiches du catalogue. Elle est indiquée une seule fois, dans l’une des fiches, et apparaît sur la page de chacune des deux.`
        : `${relations} relations relient ${related} des ${entries} fiches du catalogue. Chacune est indiquée une seule fois, dans l’une des fiches, et apparaît sur la page de chacune des deux.`,
  'relationships.figure': (kinds: string) =>
    `Fiches disposées en cercle et regroupées par catégorie (${kinds}, dans le sens des aiguilles d’une montre à partir du haut) ; les traits représentent les relations.`,
  'relationships.then': ', puis ',
  'relationships.asTable': 'Les mêmes relations sous forme de tableau',
  'relationships.tableHeading': 'Toutes les relations',
  'relationships.caption': 'Relations entre les fiches, une ligne par relation',
  'relationships.entry': 'Fiche',
  'relationships.relation': 'Relation',
  'relationships.related': 'Fiche liée',
  'relationships.note': 'Note',
  // Search and finder
  'search.description':
    'Rechercher parmi tous les réseaux, programmes et pratiques du catalogue, avec des filtres par catégorie, région, domaine de criminalité et pays membre.',
  'search.results': 'Résultats',
  'finder.description':
    'Trouver les réseaux, programmes et pratiques communs à deux pays ou plus, et le rôle de chaque pays dans chacun d’eux.',
  // Modèles remplis dans le navigateur (src/client/finder-state.ts) : {n}, {count}, {names}, {filtered}.
  'finder.msg.caption': 'Fiches communes aux pays suivants, avec le rôle de chacun : {names}',
  'finder.msg.need': 'Choisissez au moins {n} pays pour voir les fiches qui leur sont communes.',
  'finder.msg.none': 'Aucune fiche ne réunit{filtered} les pays suivants : {names}. Retirez un pays ou un filtre.',
  'finder.msg.one': '1 fiche réunit{filtered} les pays suivants : {names}.',
  'finder.msg.many': '{count} fiches réunissent{filtered} les pays suivants : {names}.',
  'finder.msg.filtered': ', pour les domaines de criminalité ou les instruments choisis,',
  'finder.unlisted': (n: number) =>
    `La recherche croisée s’appuie sur les listes de membres des fiches. ${n <= 1 ? `${n} fiche ne donne aucune liste de membres et ne peut donc pas apparaître ici` : `${n} fiches ne donnent aucune liste de membres et ne peuvent donc pas apparaître ici`} ; la page de chaque pays indique celles dont la région le couvre.`,
  'finder.also': 'Autres fiches susceptibles de concerner ces pays',
  'finder.alsoIntro': 'Leurs sources ne donnent aucune liste de membres ; chacune couvre une région qui comprend tous les pays choisis.',
  'prose.notTranslated': 'Cette page n’a pas encore été traduite : elle est affichée en anglais.',
  'accessibility.title': 'Déclaration d’accessibilité',
  'accessibility.description':
    'Le niveau d’accessibilité de ce site, la manière dont il a été vérifié et la façon de signaler un obstacle.',
  'languages.title': 'Langues',
  'languages.description': 'Le catalogue en anglais et en français : ce qui existe dans chaque langue et le nombre de fiches traduites.',
  'about.title': 'À propos du catalogue',
  'about.sourcesCaption': 'Documents sources',
  'about.document': 'Document',
  'about.date': 'Date',
  'about.gives': 'Apport au catalogue',
  'about.citing': 'Fiches qui le citent',
  'about.description':
    'Présentation du catalogue des réseaux internationaux de coopération judiciaire : critères d’inclusion, sources et dates de celles-ci, hébergement et modalités de contribution.',
  // Feed
  'feed.title': 'Catalogue des réseaux internationaux de coopération judiciaire',
  // Page « Données »
  'data.title': 'Données ouvertes',
  'data.description':
    'L’ensemble du catalogue en données ouvertes sous licence CC BY 4.0 : tableaux CSV normalisés avec un Data Package, JSON, Popolo, une description DCAT-AP pour les portails de données et des données schema.org sur chaque page.',
  'data.noMemberList': 'Pas de liste de membres dans les sources',
  'data.lede':
    'Tout le contenu du catalogue peut être téléchargé et réutilisé, dans les formats que lisent déjà les portails de données, les moteurs de recherche et les outils des analystes.',
  'data.filesHeading': 'Les fichiers',
  'data.file': 'Fichier',
  'data.holds': 'Contenu',
  'data.format': 'Format et norme',
  'data.size': 'Taille',
  'data.bytes': (bytes: number) =>
    bytes < 1024 ? `${bytes} octets` : `${(bytes / 1024).toFixed(bytes < 10240 ? 1 : 0).replace('.', ',')} Ko`,
  'data.licenceHeading': 'Licence',
  'data.exampleHeading': 'Exemple : à quels réseaux le Kenya appartient-il ?',
  'data.versionsHeading': 'Adresses stables et versions',
  'data.historyHeading': 'Modifications des données',
  'data.historyLede': 'Les fiches ajoutées ou modifiées, jour par jour, d’après l’historique du dépôt (les plus récentes en premier).',
  'data.noHistory':
    'Cette version du site a été construite sans l’historique du dépôt : elle ne peut donc pas en donner les modifications.',
  'data.added': 'Ajoutées :',
  'data.changed': 'Modifiées :',
};

import { describe, expect, it } from 'vitest';
import { fixtureCatalogue } from '../../../tests/helpers/fixture-catalogue.ts';
import { expand, schemaOrgProblems } from '../../../tests/helpers/json-ld.ts';
import { absolute } from '../urls.ts';
import { countryJsonLd, entryJsonLd } from './schema-org.ts';

const catalogue = fixtureCatalogue();
const apn = catalogue.byId.get('atlantic-prosecutors-network')!;
const site = absolute('');
const plain = (data: unknown) => JSON.parse(JSON.stringify(data)) as unknown;

describe('schema.org JSON-LD', () => {
  it('describes an entry exactly: names, page, website, founding date, members with their roles', () => {
    expect(plain(entryJsonLd(apn, catalogue, 'en'))).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Organization',
      '@id': `${site}networks/atlantic-prosecutors-network/#organization`,
      name: 'Atlantic Prosecutors Network',
      alternateName: ['APN', 'Réseau atlantique des procureurs', 'Atlantic and Baltic Prosecutors Network'],
      description:
        'A fixture network of prosecutors that helps its members trace, freeze and confiscate criminal assets across the Atlantic coast.',
      url: `${site}networks/atlantic-prosecutors-network/`,
      sameAs: 'https://apn.example.org/',
      foundingDate: '2004',
      areaServed: [
        { '@type': 'Country', name: 'Albania', identifier: 'AL' },
        { '@type': 'Country', name: 'Serbia', identifier: 'RS' },
        { '@type': 'Country', name: 'France', identifier: 'FR' },
        { '@type': 'Country', name: 'United Kingdom', identifier: 'GB' },
        { '@type': 'Country', name: 'Kenya', identifier: 'KE' },
      ],
      member: [
        ...[
          ['AL', 'Albania', 'Member'],
          ['RS', 'Serbia', 'Member'],
          ['FR', 'France', 'Observer'],
        ].map(([code, name, roleName]) => ({
          '@type': 'OrganizationRole',
          roleName,
          member: {
            '@type': 'GovernmentOrganization',
            '@id': `${site}countries/${code!.toLowerCase()}/#state`,
            name,
            url: `${site}countries/${code!.toLowerCase()}/`,
            areaServed: { '@type': 'Country', name, identifier: code },
          },
        })),
        {
          '@type': 'OrganizationRole',
          roleName: 'Member',
          member: {
            '@type': 'GovernmentOrganization',
            '@id': `${site}countries/gb/#jurisdiction-scotland`,
            name: 'Scotland',
            parentOrganization: {
              '@type': 'GovernmentOrganization',
              '@id': `${site}countries/gb/#state`,
              name: 'United Kingdom',
              url: `${site}countries/gb/`,
              areaServed: { '@type': 'Country', name: 'United Kingdom', identifier: 'GB' },
            },
          },
        },
        {
          '@type': 'OrganizationRole',
          roleName: 'Partner',
          member: {
            '@type': 'GovernmentOrganization',
            '@id': `${site}countries/ke/#state`,
            name: 'Kenya',
            url: `${site}countries/ke/`,
            areaServed: { '@type': 'Country', name: 'Kenya', identifier: 'KE' },
          },
        },
        {
          '@type': 'OrganizationRole',
          roleName: 'Observer organisation',
          member: { '@type': 'Organization', name: 'Example Union', alternateName: 'EXU', sameAs: 'https://union.example.org/' },
        },
      ],
      mainEntityOfPage: {
        '@type': 'WebPage',
        '@id': `${site}networks/atlantic-prosecutors-network/`,
        url: `${site}networks/atlantic-prosecutors-network/`,
        inLanguage: 'en',
      },
    });
  });

  it('gives the page in another language its own address and language', () => {
    const fr = entryJsonLd(apn, catalogue, 'fr');
    expect(fr.url).toBe(`${site}fr/networks/atlantic-prosecutors-network/`);
    expect(fr['@id']).toBe(`${site}networks/atlantic-prosecutors-network/#organization`);
    expect(fr.mainEntityOfPage).toMatchObject({ inLanguage: 'fr' });
  });

  it('names and describes the entry in the page’s language only from a current translation', () => {
    const translation = {
      translationOf: 'en-0000000000',
      name: 'Réseau atlantique des procureurs',
      summary: 'Un réseau de procureurs qui aide ses membres à dépister, geler et confisquer les avoirs criminels.',
      caveats: [],
      memberNotes: {},
      unresolvedNotes: {},
      organisationNotes: {},
      membersDefinedByNotes: {},
      relationNotes: {},
      laterNameNotes: {},
      beneficiaries: [],
      pillars: [],
      activities: [],
    };
    const current = entryJsonLd({ ...apn, translations: { fr: { ...translation, current: true } } }, catalogue, 'fr');
    expect([current.name, current.description]).toEqual([translation.name, translation.summary]);
    expect(current.alternateName).toContain('Atlantic Prosecutors Network');
    const stale = entryJsonLd({ ...apn, translations: { fr: { ...translation, current: false } } }, catalogue, 'fr');
    expect([stale.name, stale.description]).toEqual([apn.name, apn.summary]);
  });

  it('links an entry to the entry it is a member of, and a State to its entries', () => {
    const police = catalogue.byId.get('eastern-police-chiefs')!;
    const office = catalogue.organisations.get('example-police-office')!;
    const entries = catalogue.entries.map((e) =>
      e.id === 'coastal-cybercrime-network' ? { ...e, memberOrganisations: [{ organisation: office, role: 'member' as const }] } : e,
    );
    expect(plain(entryJsonLd(police, { ...catalogue, entries }, 'en'))).toMatchObject({
      memberOf: [
        {
          '@type': 'OrganizationRole',
          roleName: 'Member organisation',
          memberOf: { '@id': `${site}networks/coastal-cybercrime-network/#organization`, name: 'Coastal Cybercrime Network' },
        },
      ],
    });
    const kenya = catalogue.countries.find((c) => c.code === 'KE')!;
    const json = plain(countryJsonLd(kenya, catalogue, 'en')) as { memberOf: Array<{ memberOf: { '@id': string } }> };
    expect(json.memberOf.map((m) => m.memberOf['@id'])).toContain(`${site}networks/atlantic-prosecutors-network/#organization`);
  });

  it('is valid JSON-LD in schema.org terms, for every entry and country in both languages', async () => {
    for (const lang of ['en', 'fr'] as const) {
      for (const data of [
        ...catalogue.entries.map((e) => entryJsonLd(e, catalogue, lang)),
        ...catalogue.countries.map((c) => countryJsonLd(c, catalogue, lang)),
      ]) {
        expect(schemaOrgProblems(await expand(plain(data) as object))).toEqual([]);
      }
    }
  });

  it('reports what schema.org does not define', async () => {
    const bad = { '@context': 'https://schema.org', '@type': 'Organization', inLanguage: 'en', roleName: 'x' };
    expect(schemaOrgProblems(await expand(bad))).toEqual([
      'http://schema.org/inLanguage does not apply to http://schema.org/Organization',
      'http://schema.org/roleName does not apply to http://schema.org/Organization',
    ]);
  });
});

// A small framework-programme extract in the import format, as a real registry export looks:
// countries in a group, registry ids instead of names, EUR and CNY, Chinese ids, repeated rows.
// Shared by the import and API tests of the international model.

/** CSV text from rows. */
export const lines = (...rows: string[]) => `${rows.join('\n')}\n`;

/** A framework-programme extract: two countries in a group, one Chinese enterprise, EUR and CNY. */
export const INTL = {
  'sources.jsonl': '{"id":"src:fp","title":"Framework programme registry extract","date":"2024"}\n',
  'regions.csv': lines(
    'id,name,level,country,source',
    'region:eu,European Union,COUNTRY_GROUP,,src:fp',
    'region:de,Germany,COUNTRY,DE,src:fp',
    'region:fr,France,COUNTRY,FR,src:fp',
    'region:cn,China,COUNTRY,CN,src:fp',
  ),
  'industries.csv': lines('id,name,nameZh,source', 'ind:顺丁橡胶,Butadiene rubber,顺丁橡胶,src:fp'),
  // org:p2 has only a PIC (54 % of such a registry); org:p3 repeats its row verbatim.
  'organizations.csv': lines(
    'id,kind,name,nameZh,externalIds,country,source',
    'org:p1,UNIVERSITY,Technische Hochschule Nord,,PIC:999993953|ROR:https://ror.org/02mhbdp94,DE,src:fp',
    'org:p2,OTHER,,,PIC:999880001,FR,src:fp',
    'org:p3,ENTERPRISE,Société Lumière,,PIC:999880002,FR,src:fp',
    'org:p3,ENTERPRISE,Société Lumière,,PIC:999880002,FR,src:fp',
    'org:中国石化（天津）,ENTERPRISE,,中国石化（天津）有限公司,USCC:91330100716105852F,CN,src:fp',
  ),
  'projects.csv': lines(
    'id,name,externalIds,level,startYear,endYear,funding,currency,source',
    'proj:h1,Cold-chain sensors,GRANT:101000001,INTERNATIONAL,2022,2025,2500000,EUR,src:fp',
    'proj:c1,顺丁橡胶 pilot line,,NATIONAL,2021,2023,8000000,CNY,src:fp',
  ),
  'platforms.csv': lines('id,kind,name,level,source', 'plat:sensor-lab,KEY_LABORATORY,Cold-chain Sensor Laboratory,INTERNATIONAL,src:fp'),
  'hosted_by.csv': lines('from,to,source', 'plat:sensor-lab,org:p1,src:fp'),
  'funds.csv': lines('from,to,amount,currency,year,source', 'org:中国石化（天津）,proj:c1,3000000,CNY,2021,src:fp'),
  'programmes.csv': lines('id,name,level,source', 'prog:fp,Framework Programme,INTERNATIONAL,src:fp'),
  'part_of.csv': lines('from,to,source', 'region:de,region:eu,src:fp', 'region:fr,region:eu,src:fp'),
  'located_in.csv': lines('from,to', 'org:p1,region:de', 'org:p2,region:fr', 'org:p3,region:fr', 'org:p3,region:fr', 'org:中国石化（天津）,region:cn'),
  'in_industry.csv': lines('from,to', 'org:中国石化（天津）,ind:顺丁橡胶', 'proj:c1,ind:顺丁橡胶'),
  'undertakes.csv': lines(
    'from,to,role,contribution,currency,source',
    'org:p1,proj:h1,COORDINATOR,1200000,EUR,src:fp',
    'org:p2,proj:h1,PARTICIPANT,800000,EUR,src:fp',
    'org:p3,proj:h1,THIRD_PARTY,,,src:fp',
    'org:p3,proj:h1,THIRD_PARTY,,,src:fp',
    'org:中国石化（天津）,proj:c1,LEAD,8000000,CNY,src:fp',
  ),
  'participates_in.csv': lines('from,to,role,contribution,currency', 'org:p1,prog:fp,COORDINATOR,1200000,EUR', 'org:p3,prog:fp,ASSOCIATED,,'),
  'indicators.jsonl':
    '{"id":"fig:fp-budget","about":"prog:fp","metric":"budget","label":"EUR 95.5 billion","value":95500000000,"unit":"MONEY","currency":"EUR","source":"src:fp"}\n',
};

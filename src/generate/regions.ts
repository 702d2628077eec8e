// The region tree: China > provinces > cities > counties. The number of cities and counties
// grows with the dataset (about 60 cities at 10^3 organizations, the real ~340 from 10^5 on)
// so that regions stay populated; organizations are spread over them with heavy-tailed weights.
import { PLACE_SYLLABLES, PROVINCES } from './catalog.js';
import type { Dataset } from './dataset.js';
import { Rng, WeightedTable } from './random.js';

type RegionLevel = 'COUNTRY' | 'PROVINCE' | 'CITY' | 'COUNTY';

export interface RegionTree {
  ids: string[];
  /** Name without the level suffix, used inside organization names: "Anlin" for Anlin County. */
  bases: string[];
  basesZh: string[];
  levels: RegionLevel[];
  parent: Int32Array;
  /** Province number (index into PROVINCES) of each region; -1 for the country. */
  province: Int32Array;
  /** Region index of each province. */
  provinceRegion: number[];
  /** Where organizations are placed: cities (their urban districts) and counties, by weight. */
  placement: WeightedTable;
  placementRegion: number[];
}

const pad2 = (n: number) => String(n).padStart(2, '0');

function placeName(rng: Rng): [string, string] {
  const [a, aZh] = rng.pick(PLACE_SYLLABLES);
  let [b, bZh] = rng.pick(PLACE_SYLLABLES);
  while (b === a) [b, bZh] = rng.pick(PLACE_SYLLABLES);
  return [a.charAt(0).toUpperCase() + a.slice(1) + b, aZh + bZh];
}

export function buildRegions(orgs: number, seed: number): RegionTree {
  const rng = new Rng(seed, 'regions');
  const ids: string[] = [];
  const bases: string[] = [];
  const basesZh: string[] = [];
  const levels: RegionLevel[] = [];
  const parents: number[] = [];
  const provinces: number[] = [];
  const provinceRegion: number[] = [];
  const placementRegion: number[] = [];
  const placementWeight: number[] = [];
  const add = (id: string, base: string, baseZh: string, level: RegionLevel, parent: number, province: number) => {
    ids.push(id);
    bases.push(base);
    basesZh.push(baseZh);
    levels.push(level);
    parents.push(parent);
    provinces.push(province);
    return ids.length - 1;
  };
  const place = (region: number, weight: number) => {
    placementRegion.push(region);
    placementWeight.push(weight);
  };

  const country = add('region:g-cn', 'China', '中国', 'COUNTRY', -1, -1);
  const cityTotal = Math.min(340, Math.max(60, Math.round(orgs / 300)));
  const countiesPerCity = Math.min(9, Math.max(1, Math.round(orgs / (cityTotal * 120))));
  const sqrtSum = PROVINCES.reduce((sum, p) => sum + Math.sqrt(p.weight), 0);

  PROVINCES.forEach((prov, p) => {
    const provId = `g-p${pad2(p + 1)}`;
    const provRegion = add(`region:${provId}`, prov.name, prov.nameZh, 'PROVINCE', country, p);
    provinceRegion.push(provRegion);
    // Bigger provinces have more cities, but sub-linearly, as in reality.
    const cities = prov.municipality ? 1 : Math.max(2, Math.round((cityTotal * Math.sqrt(prov.weight)) / sqrtSum));
    for (let c = 1; c <= cities; c++) {
      const [base, baseZh] = prov.municipality ? [prov.name, prov.nameZh.slice(0, -1)] : placeName(rng);
      const city = add(`region:${provId}-c${pad2(c)}`, base, baseZh, 'CITY', provRegion, p);
      // Within a province the capital dominates (Zipf by city rank); jitter breaks the regularity.
      const cityWeight = (prov.weight / c) * (0.5 + rng.float());
      const counties = prov.municipality ? rng.int(2 * countiesPerCity, 3 * countiesPerCity) : rng.int(1, 2 * countiesPerCity - 1);
      // The urban core takes a large share; counties split the rest, again by rank.
      const coreShare = prov.municipality ? 0.15 : 0.4;
      place(city, cityWeight * coreShare);
      let rankSum = 0;
      for (let d = 1; d <= counties; d++) rankSum += d ** -0.8;
      for (let d = 1; d <= counties; d++) {
        const [countyBase, countyBaseZh] = placeName(rng);
        const county = add(`region:${provId}-c${pad2(c)}-d${pad2(d)}`, countyBase, countyBaseZh, 'COUNTY', city, p);
        place(county, (cityWeight * (1 - coreShare) * d ** -0.8 * (0.5 + rng.float())) / rankSum);
      }
    }
  });

  return {
    ids,
    bases,
    basesZh,
    levels,
    parent: Int32Array.from(parents),
    province: Int32Array.from(provinces),
    provinceRegion,
    placement: new WeightedTable(placementWeight),
    placementRegion,
  };
}

function regionName(tree: RegionTree, r: number): [string, string] {
  const base = tree.bases[r]!;
  const baseZh = tree.basesZh[r]!;
  switch (tree.levels[r]) {
    case 'CITY':
      return [base, `${baseZh}市`];
    case 'COUNTY':
      // The counties of the four municipalities are urban districts.
      return PROVINCES[tree.province[r]!]!.municipality ? [`${base} District`, `${baseZh}区`] : [`${base} County`, `${baseZh}县`];
    default:
      return [base, baseZh];
  }
}

export function writeRegions(tree: RegionTree, ds: Dataset): void {
  for (let r = 0; r < tree.ids.length; r++) {
    const [name, nameZh] = regionName(tree, r);
    // The one country of the default profile is China; its code marks it as a country.
    ds.out.regions.row({ id: tree.ids[r], name, nameZh, level: tree.levels[r], country: tree.levels[r] === 'COUNTRY' ? 'CN' : undefined });
    const parent = tree.parent[r]!;
    if (parent >= 0) ds.out.part_of.row({ from: tree.ids[r], to: tree.ids[parent] });
  }
}

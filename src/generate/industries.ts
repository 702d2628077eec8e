// The industry tree: ten sectors, each with the sub-industries of its value chain, linked by
// UPSTREAM_OF with the product that flows along each link. Organizations belong to
// sub-industries ("leaves"); the links decide who can supply whom.
import type { CHAIN_POSITIONS } from '../model/enums.js';
import { CHAIN_LINKS, SECTORS } from './catalog.js';
import type { Dataset } from './dataset.js';
import { Rng, WeightedTable } from './random.js';

export type ChainPosition = (typeof CHAIN_POSITIONS)[number];

export interface Downstream {
  leaf: number;
  product: string;
}

export interface IndustryTree {
  sectorIds: string[];
  leafIds: string[];
  leafNames: string[];
  leafNamesZh: string[];
  leafSector: Uint8Array;
  leafPosition: ChainPosition[];
  sectorLeaves: number[][];
  /** Outgoing UPSTREAM_OF links of each leaf. */
  downstream: Downstream[][];
  /** Leaves linked to a leaf in either direction within its sector: where a firm's second line of business usually lies. */
  neighbours: number[][];
  /** How many organizations each leaf attracts: sector weight times a random factor, so industry sizes vary. */
  popularity: WeightedTable;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

export function buildIndustries(seed: number): IndustryTree {
  const rng = new Rng(seed, 'industries');
  const sectorIds: string[] = [];
  const leafIds: string[] = [];
  const leafNames: string[] = [];
  const leafNamesZh: string[] = [];
  const leafSector: number[] = [];
  const leafPosition: ChainPosition[] = [];
  const sectorLeaves: number[][] = [];
  const weights: number[] = [];
  const leafByName = new Map<string, number>();
  SECTORS.forEach((sector, s) => {
    sectorIds.push(`ind:g-s${pad2(s + 1)}`);
    const leaves: number[] = [];
    const lastStage = Math.max(...sector.industries.map((i) => i.stage));
    sector.industries.forEach((industry, i) => {
      const leaf = leafIds.length;
      leafIds.push(`ind:g-s${pad2(s + 1)}-i${pad2(i + 1)}`);
      leafNames.push(industry.name);
      leafNamesZh.push(industry.nameZh);
      leafSector.push(s);
      leafPosition.push(industry.stage === 0 ? 'UPSTREAM' : industry.stage === lastStage ? 'DOWNSTREAM' : 'MIDSTREAM');
      weights.push(sector.weight * (0.3 + 1.4 * rng.float()));
      leafByName.set(industry.name, leaf);
      leaves.push(leaf);
    });
    sectorLeaves.push(leaves);
  });

  const downstream: Downstream[][] = leafIds.map(() => []);
  const neighbours: number[][] = leafIds.map(() => []);
  for (const [from, to, product] of CHAIN_LINKS) {
    const a = leafByName.get(from);
    const b = leafByName.get(to);
    if (a === undefined || b === undefined) throw new Error(`chain link ${from} -> ${to} names an unknown industry`);
    downstream[a]?.push({ leaf: b, product });
    if (leafSector[a] === leafSector[b]) {
      neighbours[a]?.push(b);
      neighbours[b]?.push(a);
    }
  }
  return {
    sectorIds,
    leafIds,
    leafNames,
    leafNamesZh,
    leafSector: Uint8Array.from(leafSector),
    leafPosition,
    sectorLeaves,
    downstream,
    neighbours,
    popularity: new WeightedTable(weights),
  };
}

export function writeIndustries(tree: IndustryTree, ds: Dataset): void {
  SECTORS.forEach((sector, s) => {
    ds.out.industries.row({ id: tree.sectorIds[s], name: sector.name, nameZh: sector.nameZh });
  });
  tree.leafIds.forEach((id, leaf) => {
    ds.out.industries.row({ id, name: tree.leafNames[leaf], nameZh: tree.leafNamesZh[leaf] });
    ds.out.subindustry_of.row({ from: id, to: tree.sectorIds[tree.leafSector[leaf]!] });
    for (const d of tree.downstream[leaf] ?? []) ds.out.upstream_of.row({ from: id, to: tree.leafIds[d.leaf], product: d.product });
  });
}

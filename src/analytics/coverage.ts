// Coverage: how much of a reported population the graph holds. A figure counted in the graph is
// only a finding when the graph holds most of what a source counted; otherwise it describes the
// sample the sources happened to name. Every analytics answer that sets a reported figure beside
// a computed one says which it is (schema/analytics.graphql, type Coverage).
import type { GraphNode } from '../graph/loaders.js';

export type CoverageLevel = 'COMPLETE' | 'PARTIAL' | 'THIN' | 'ABSENT';

export interface Coverage {
  indicator: GraphNode;
  inGraph: number;
  reported: number;
  percent: number | null;
  level: CoverageLevel;
  note: string;
}

/** The thresholds Query docs state: ≥ 95 % complete, ≥ 50 % partial, above 0 thin. */
export function coverageLevel(inGraph: number, reported: number): CoverageLevel {
  if (reported <= 0) return inGraph > 0 ? 'COMPLETE' : 'ABSENT';
  const share = inGraph / reported;
  if (share >= 0.95) return 'COMPLETE';
  if (share >= 0.5) return 'PARTIAL';
  return inGraph > 0 ? 'THIN' : 'ABSENT';
}

const MEANING: Record<CoverageLevel, string> = {
  COMPLETE: 'the graph holds the reported population',
  PARTIAL: 'figures computed here cover part of it',
  THIN: 'figures computed here describe a small sample, not the whole',
  ABSENT: 'the graph holds none of them',
};

const fmt = (n: number) => n.toLocaleString('en', { maximumFractionDigits: 2 });

/** "1 of the 65 provincial-level platforms reported are in the graph (1.5 %): ..." */
export function coverage(indicator: GraphNode, inGraph: number, what: string): Coverage {
  const reported = Number(indicator.value);
  const percent = reported > 0 ? Math.round((1000 * inGraph) / reported) / 10 : null;
  const level = coverageLevel(inGraph, reported);
  const pct = percent === null ? '' : ` (${fmt(percent)} %)`;
  const note = `${fmt(inGraph)} of the ${fmt(reported)} ${what} reported are in the graph${pct}: ${MEANING[level]}.`;
  return { indicator, inGraph, reported, percent, level, note };
}

/** KEY_LABORATORY → "key laboratories". */
export function kindPlural(kind: string): string {
  const words = kind.toLowerCase().split('_');
  const last = words.pop()!;
  const plural = last.endsWith('y')
    ? `${last.slice(0, -1)}ies`
    : last.endsWith('ium')
      ? `${last.slice(0, -2)}a`
      : /(x|s)$/.test(last)
        ? `${last}es`
        : `${last}s`;
  return [...words, plural].join(' ');
}

/** "provincial-level key laboratories", "platforms". */
export function platformPopulation(kind: string | null, level: string | null): string {
  const noun = kind ? kindPlural(kind) : 'platforms';
  return level ? `${level.toLowerCase()}-level ${noun}` : noun;
}

export interface KindLevelCount {
  kind: string;
  level: string | null;
  count: number;
}

/** Platform metrics whose value is a standing count the graph can hold (new_platform_count counts set-ups in a year). */
const STANDING_PLATFORM_METRICS = new Set(['platform_count', 'provincial_platform_count']);

/**
 * Coverage of each reported standing platform count about the region itself, against the
 * platforms the graph counts there of the same kind and level (either unset means any).
 */
export function platformCoverage(regionId: string, reported: GraphNode[], counted: KindLevelCount[]): Coverage[] {
  return reported
    .filter((i) => i.unit === 'COUNT' && STANDING_PLATFORM_METRICS.has(String(i.metric)) && aboutId(i) === regionId)
    .map((i) => {
      const kind = (i.platformKind as string | undefined) ?? null;
      const level = (i.level as string | undefined) ?? null;
      const inGraph = counted.filter((g) => (kind === null || g.kind === kind) && (level === null || g.level === level)).reduce((t, g) => t + g.count, 0);
      return coverage(i, inGraph, platformPopulation(kind, level));
    });
}

/** The id an indicator is ABOUT (cypher/analytics/region-indicators.cypher returns it). */
function aboutId(i: GraphNode): string | null {
  return (i.aboutId as string | undefined) ?? null;
}

export interface RankCoverage {
  siblingsInGraph: number;
  siblingsWithData: number;
  comparable: boolean;
  level: CoverageLevel;
  note: string;
  value: Coverage[];
}

/**
 * Whether a computed rank says anything: it does not when the graph holds no sibling with a
 * value to compare (Jinzhou "rank 1 of 1"), and it is thin when the region's own value covers
 * little of what sources count.
 */
export function rankCoverage(
  regionName: string,
  rank: number,
  siblings: { id: string; value: number }[],
  regionId: string,
  reportedRanks: GraphNode[],
  value: Coverage[],
): RankCoverage {
  const others = siblings.filter((s) => s.id !== regionId);
  const withData = others.filter((s) => s.value > 0).length;
  const selfValue = siblings.find((s) => s.id === regionId)?.value ?? 0;
  const comparable = withData > 0 || (others.length > 0 && selfValue > 0);
  const reported = reportedRanks.length ? `; sources report ${reportedRanks.map((r) => `rank ${fmt(Number(r.value))} (${r.label ?? r.id})`).join(', ')}` : '';
  const worstValue = value.map((c) => c.level).sort((a, b) => ORDER.indexOf(b) - ORDER.indexOf(a))[0];
  let level: CoverageLevel;
  let note: string;
  if (others.length === 0) {
    level = 'ABSENT';
    note = `No sibling of ${regionName} is in the graph, so rank ${rank} of 1 is no finding${reported}.`;
  } else if (!comparable) {
    level = 'ABSENT';
    note = `None of the ${others.length} siblings of ${regionName} in the graph has anything counted for this measure, so rank ${rank} of ${siblings.length} is no finding${reported}.`;
  } else {
    level =
      worstValue === 'THIN' || worstValue === 'ABSENT' ? 'THIN' : worstValue === 'PARTIAL' ? 'PARTIAL' : withData === others.length ? 'COMPLETE' : 'PARTIAL';
    const thin = level === 'THIN' ? ` ${value.find((c) => c.level === 'THIN' || c.level === 'ABSENT')!.note}` : '';
    note = `Ranked among ${siblings.length} regions in the graph, ${withData} of its ${others.length} siblings with a value${reported}.${thin}`;
  }
  return { siblingsInGraph: others.length, siblingsWithData: withData, comparable, level, note, value };
}

const ORDER: CoverageLevel[] = ['COMPLETE', 'PARTIAL', 'THIN', 'ABSENT'];

// Labels each node file writes, and the way back from a stored node's labels to its file kind.
import { ORG_KINDS, type OrgKind } from './enums.js';
import type { NodeFile } from './records.js';

export const PRIMARY_LABEL: Record<NodeFile, string> = {
  sources: 'Source',
  regions: 'Region',
  industries: 'Industry',
  organizations: 'Organization',
  platforms: 'Platform',
  projects: 'Project',
  programmes: 'Programme',
  people: 'Person',
  events: 'Event',
  indicators: 'Indicator',
};

/** Labels for a validated row; organizations add their kind's label (Enterprise, University, ...). */
export function labelsFor(file: NodeFile, row: Record<string, unknown>): string[] {
  const labels = [PRIMARY_LABEL[file]];
  if (file === 'organizations') labels.push(ORG_KINDS[row.kind as OrgKind]);
  return labels;
}

const FILE_BY_LABEL = new Map(Object.entries(PRIMARY_LABEL).map(([file, label]) => [label, file as NodeFile]));

export function fileForLabels(labels: string[]): NodeFile | undefined {
  for (const l of labels) {
    const f = FILE_BY_LABEL.get(l);
    if (f) return f;
  }
  return undefined;
}

/**
 * GraphQL EntityKind (ORGANIZATION, ...) -> primary label (Organization, ...). The GraphQL
 * object type of a node has its primary label's name.
 */
export const LABEL_BY_ENTITY_KIND: Record<string, string> = Object.fromEntries(Object.values(PRIMARY_LABEL).map((l) => [l.toUpperCase(), l]));

const PRIMARY_LABELS = new Set(Object.values(PRIMARY_LABEL));

/** The primary label (= GraphQL type name) among a stored node's labels. */
export function primaryLabel(labels: string[]): string | undefined {
  return labels.find((l) => PRIMARY_LABELS.has(l));
}

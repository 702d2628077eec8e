// Labels each node file writes, and the way back from a stored node's labels to its file kind.
import { ORG_KINDS, type OrgKind } from '../model/enums.js';
import type { NodeFile } from '../model/records.js';

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

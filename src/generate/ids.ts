// Node ids of the synthetic dataset. The "g" marks generated ids, so they can never collide
// with the hand-written ids of the seed graph (org:shengong-semiconductor and the like).
const pad6 = (n: number) => String(n).padStart(6, '0');

export const sourceId = (seed: number) => `src:synthetic-${seed}`;
export const orgId = (i: number) => `org:g${pad6(i)}`;
export const platformId = (i: number) => `plat:g${pad6(i)}`;
export const projectId = (i: number) => `proj:g${pad6(i)}`;

/** A PIC-shaped external id (9 digits) per organization index, for profiles that carry registry ids. */
export const picId = (i: number) => `PIC:${900_000_000 + i}`;

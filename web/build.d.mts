/** Builds web/dist when missing or stale (or always with force); true when it built. */
export function buildWeb(opts?: { force?: boolean; quiet?: boolean }): Promise<boolean>;

// Under a package manager (`npm start`, `npm run neo4j`, `npx kg ...`) the service's lifetime is
// the package manager's: if npm goes away without passing a signal on (killed outright, or a
// version that exits on SIGTERM without waiting for its script), this process would be
// orphaned and keep the ports. So when started by one, we stop once our parent has changed.
// Started directly (`node bin/kg.mjs serve &`, nohup, a service manager) nothing is watched:
// surviving the shell that started it is then what the user asked for.

/** How often the parent is checked: a stop this much late is harmless, a busy poll is not. */
const POLL_MS = 500;

export function onParentExit(stop: (why: string) => void, env: NodeJS.ProcessEnv = process.env): void {
  if (!env.npm_lifecycle_event) return;
  const parent = process.ppid;
  const timer = setInterval(() => {
    if (process.ppid === parent) return;
    clearInterval(timer);
    stop(`the parent process (${env.npm_lifecycle_event === 'npx' ? 'npx' : `npm run ${env.npm_lifecycle_event}`}, pid ${parent}) has gone`);
  }, POLL_MS);
  timer.unref();
}

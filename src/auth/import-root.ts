// The admin-only importDataset mutation reads files on the server, so it is confined to one
// directory, KG_IMPORT_ROOT (unset: API imports are off). A path is resolved against the root
// and refused when it names `..`, is absolute outside the root, or leads outside through a
// symlink (the directory itself or any entry in it). Messages quote the path as given, never the
// root's location on the server.
import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { echo, userError } from '../errors.js';
import { forbidden } from './roles.js';

const inside = (child: string, parent: string) => {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
};

const realpath = (p: string): string | undefined => {
  try {
    return realpathSync(p);
  } catch {
    return undefined;
  }
};

/** The real path of the dataset directory `given` names under `root`; throws FORBIDDEN or BAD_USER_INPUT. */
export function datasetDirUnder(root: string | undefined, given: string): string {
  if (!root) throw forbidden('imports through the API are disabled; set KG_IMPORT_ROOT');
  const configured = path.resolve(root);
  const base = realpath(configured);
  if (!base || !statSync(base).isDirectory()) throw forbidden('imports through the API are unavailable: the import root (KG_IMPORT_ROOT) is not a directory');

  const bad = (why: string) => userError(`path ${echo(given)} ${why}`, { argument: 'path' });
  if (given.trim() === '' || given.includes('\0')) throw bad('is not a directory name');
  if (given.split(/[\\/]+/).includes('..')) throw bad("must not contain '..'; give a directory under the import root");
  if (path.isAbsolute(given) && !inside(path.resolve(given), configured) && !inside(path.resolve(given), base)) {
    throw bad('is outside the import root; give a path relative to it');
  }
  const resolved = path.isAbsolute(given) ? path.resolve(given) : path.resolve(base, given);
  const real = realpath(resolved);
  if (!real) throw bad('does not exist under the import root');
  if (!inside(real, base)) throw bad('leads outside the import root (through a symlink)');
  if (!statSync(real).isDirectory()) throw bad('is not a directory');
  for (const name of readdirSync(real)) {
    if (!lstatSync(path.join(real, name)).isSymbolicLink()) continue;
    const target = realpath(path.join(real, name));
    if (!target || !inside(target, base)) throw bad(`holds ${name}, a symlink leading outside the import root`);
  }
  return real;
}

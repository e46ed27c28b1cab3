// The pieces of the VS Code API the fake (test/unit/fakes) does not provide, for the export commands' tests:
// workspace.fs on a real temp folder, findFiles, dialogs, progress with a Cancel after N reports, clipboard.
import { lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as fake from './fakes/vscode';

const w = fake.window as any;
const ws = fake.workspace as any;
const env = fake.env as any;
const mod = fake as any;

export interface Stubs {
  saveDialog: any[];
  saveAnswer: fake.Uri | undefined;
  openAnswer: fake.Uri | undefined;
  warningAnswer: string | undefined;
  warnings: { message: string; modal: boolean }[];
  clipboard: string;
  progress: { options: any; reports: any[] }[];
  cancelAfter: number;
  workspaceRoot: string;
}

export function walk(root: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(root)) {
    const p = join(root, name);
    if (statSync(p).isDirectory()) out.push(...walk(p));
    else out.push(p);
  }
  return out;
}

export function install(s: Stubs): () => void {
  const saved = {
    fs: ws.fs, findFiles: ws.findFiles, workspaceFolders: ws.workspaceFolders, asRelativePath: ws.asRelativePath, getWorkspaceFolder: ws.getWorkspaceFolder,
    showSaveDialog: w.showSaveDialog, showOpenDialog: w.showOpenDialog, withProgress: w.withProgress, showWarningMessage: w.showWarningMessage,
    clipboard: env.clipboard, openExternal: env.openExternal, ProgressLocation: mod.ProgressLocation, RelativePattern: mod.RelativePattern,
  };
  ws.fs = {
    readFile: async (u: fake.Uri) => new Uint8Array(readFileSync(u.fsPath)),
    writeFile: async (u: fake.Uri, data: Uint8Array) => { mkdirSync(join(u.fsPath, '..'), { recursive: true }); writeFileSync(u.fsPath, data); },
    stat: async (u: fake.Uri) => {
      const st = statSync(u.fsPath);
      const link = lstatSync(u.fsPath).isSymbolicLink() ? 64 : 0;
      return { type: (st.isDirectory() ? 2 : st.isFile() ? 1 : 0) | link, size: st.size, ctime: 0, mtime: 0 };
    },
    rename: async (a: fake.Uri, b: fake.Uri) => { renameSync(a.fsPath, b.fsPath); },
    delete: async (u: fake.Uri) => { unlinkSync(u.fsPath); },
  };
  mod.RelativePattern = class { constructor(readonly base: fake.Uri, readonly pattern: string) {} };
  ws.findFiles = async (include: any) => {
    const base = typeof include === 'string' ? s.workspaceRoot : include.base.fsPath;
    return walk(base).filter((p) => /\.(txt|seed)$/.test(p) && !/[\\/](node_modules|\.git)[\\/]/.test(p)).map((p) => fake.Uri.file(p));
  };
  ws.workspaceFolders = [{ uri: fake.Uri.file(s.workspaceRoot), name: 'ws', index: 0 }];
  ws.asRelativePath = (u: fake.Uri) => relative(s.workspaceRoot, u.fsPath);
  ws.getWorkspaceFolder = (u: fake.Uri) => (u.fsPath.startsWith(s.workspaceRoot) ? ws.workspaceFolders[0] : undefined);
  w.showSaveDialog = async (options: any) => { s.saveDialog.push(options); return s.saveAnswer; };
  w.showOpenDialog = async () => (s.openAnswer ? [s.openAnswer] : undefined);
  w.showWarningMessage = async (message: string, ...rest: any[]) => {
    const modal = !!(rest[0] && typeof rest[0] === 'object' && rest[0].modal);
    s.warnings.push({ message, modal });
    return modal ? s.warningAnswer : undefined;
  };
  mod.ProgressLocation = { SourceControl: 1, Window: 10, Notification: 15 };
  w.withProgress = async (options: any, task: any) => {
    const rec = { options, reports: [] as any[] };
    s.progress.push(rec);
    const token = { get isCancellationRequested() { return rec.reports.length > s.cancelAfter; }, onCancellationRequested: () => ({ dispose() {} }) };
    return task({ report: (r: any) => rec.reports.push(r) }, token);
  };
  env.clipboard = { writeText: async (t: string) => { s.clipboard = t; }, readText: async () => s.clipboard };
  env.openExternal = async () => true;
  return () => {
    ws.fs = saved.fs; ws.findFiles = saved.findFiles; ws.workspaceFolders = saved.workspaceFolders; ws.asRelativePath = saved.asRelativePath;
    ws.getWorkspaceFolder = saved.getWorkspaceFolder; w.showSaveDialog = saved.showSaveDialog; w.showOpenDialog = saved.showOpenDialog;
    w.withProgress = saved.withProgress; w.showWarningMessage = saved.showWarningMessage; env.clipboard = saved.clipboard;
    env.openExternal = saved.openExternal; mod.ProgressLocation = saved.ProgressLocation; mod.RelativePattern = saved.RelativePattern;
    for (const k of Object.keys(saved) as (keyof typeof saved)[]) if (saved[k] === undefined) {
      if (k in ws) delete ws[k]; if (k in w) delete w[k]; if (k in env) delete env[k]; if (k in mod) delete mod[k];
    }
  };
}


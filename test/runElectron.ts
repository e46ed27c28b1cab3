// `npm run test:electron`: runs the in-extension-host suite (test/suite/) in a desktop VS Code
// through @vscode/test-electron, for machines that have a display and either internet access
// (test-electron downloads VS Code into .vscode-test/) or a local VS Code named by
// $VSCODE_EXECUTABLE (e.g. /usr/share/code/code). Not part of CI here: `npm run test:e2e` runs the
// same suite inside code-server instead.
import * as path from 'path';
import { runTests } from '@vscode/test-electron';

async function main(): Promise<void> {
  const root = path.resolve(__dirname, '..', '..');
  const extensionDevelopmentPath = root;
  const extensionTestsPath = path.resolve(__dirname, 'suite', 'index');
  const workspace = path.join(root, 'seeds');
  const vscodeExecutablePath = process.env.VSCODE_EXECUTABLE || undefined;
  const version = process.env.VSCODE_VERSION || undefined; // e.g. "1.100.3", "stable", "insiders"
  try {
    const code = await runTests({
      extensionDevelopmentPath,
      extensionTestsPath,
      vscodeExecutablePath,
      version,
      launchArgs: [
        workspace,
        '--disable-extensions', // only Seed Reader (the development extension) runs
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
        `--user-data-dir=${path.join(root, '.vscode-test', 'electron-user-data')}`,
      ],
    });
    process.exitCode = code;
  } catch (err) {
    console.error('test:electron failed:', err instanceof Error ? err.message : err);
    process.exitCode = 1;
  }
}

void main();

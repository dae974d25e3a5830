// End-to-end test in a real VS Code (code-server 4.96.4 = VS Code 1.96) driven by Chromium through
// playwright-core: installs the packaged .vsix, opens a sample draft, waits for the findings,
// checks the Problems panel and the status bar, applies a quick fix with Ctrl+., runs the fix-all
// and lint-workspace commands, and saves screenshots under test-output/e2e/.
//
//   usage: node test/e2e/run.mjs --code-server DIR [--vsix FILE] [--update-screenshot]
// DIR is the folder given to /work/shared/tools/install-code-server.sh (code-server, playwright-core).
// Everything listens on 127.0.0.1 only.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync, createWriteStream } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');
const args = process.argv.slice(2);
const option = name => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const codeServerDir = resolve(option('--code-server') ?? process.env.CODE_SERVER_DIR ?? join(process.env.HOME ?? '/root', '.cache', 'reportlint-code-server'));
const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
const vsix = resolve(option('--vsix') ?? join(root, `reportlint-${version}.vsix`));
const entry = join(codeServerDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const { chromium } = createRequire(join(codeServerDir, 'package.json'))('playwright-core');

const out = join(root, 'test-output', 'e2e');
rmSync(out, { recursive: true, force: true });
const workspace = join(out, 'workspace');
const userData = join(out, 'user-data');
const extensions = join(out, 'extensions');
for (const dir of [workspace, join(userData, 'User'), extensions, join(out, 'xdg')]) {
  mkdirSync(dir, { recursive: true });
}
const draft = join(workspace, 'du-thao.txt');
copyFileSync(join(here, 'fixtures', 'du-thao.txt'), draft);
copyFileSync(join(here, 'fixtures', 'ghi-chu.md'), join(workspace, 'ghi-chu.md'));
writeFileSync(
  join(userData, 'User', 'settings.json'),
  JSON.stringify(
    {
      'security.workspace.trust.enabled': false,
      'workbench.startupEditor': 'none',
      'workbench.tips.enabled': false,
      'workbench.welcomePage.walkthroughs.openOnInstall': false,
      'telemetry.telemetryLevel': 'off',
      'extensions.autoCheckUpdates': false,
      'extensions.autoUpdate': false,
      'extensions.ignoreRecommendations': true,
      'editor.minimap.enabled': false,
      'editor.fontSize': 15,
      // Drafts are prose: a proportional font with complete Vietnamese glyphs reads better.
      'editor.fontFamily': "'DejaVu Sans', 'Liberation Sans', sans-serif",
      'git.enabled': false,
      'git.openRepositoryInParentFolders': 'never',
      'files.autoSave': 'off',
      'window.commandCenter': false,
      // Vietnamese messages in an English UI: the setting reaches the server.
      'reportlint.language': 'vi',
      'reportlint.trace.server': 'messages',
    },
    null,
    2,
  ),
);

// Loopback only: the extension gallery points at a closed local port, and Chromium resolves no other host.
const env = {
  ...process.env,
  XDG_CONFIG_HOME: join(out, 'xdg'),
  XDG_DATA_HOME: join(out, 'xdg'),
  XDG_CACHE_HOME: join(out, 'xdg'),
  EXTENSIONS_GALLERY: JSON.stringify({ serviceUrl: 'http://127.0.0.1:9/gallery', itemUrl: 'http://127.0.0.1:9/item' }),
};
const results = [];
let browser;
let server;
let page;

function log(message) {
  console.log(`[e2e ${new Date().toISOString().slice(11, 19)}] ${message}`);
}

async function step(name, fn) {
  if (results.some(r => !r.ok)) {
    results.push({ name, ok: false, skipped: true });
    console.log(`  - ${name} (skipped after a failure)`);
    return;
  }
  const started = Date.now();
  try {
    await fn();
    results.push({ name, ok: true });
    console.log(`  ✓ ${name} (${Date.now() - started} ms)`);
  } catch (error) {
    results.push({ name, ok: false });
    console.log(`  ✗ ${name}: ${error?.stack ?? error}`);
    if (page) {
      await page.screenshot({ path: join(out, 'failure.png') }).catch(() => {});
    }
  }
}

function freePort() {
  return new Promise((resolvePort, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolvePort(port));
    });
  });
}

async function waitFor(what, predicate, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  let last;
  while (Date.now() < deadline) {
    try {
      const value = await predicate();
      if (value) {
        return value;
      }
    } catch (error) {
      last = error;
    }
    await new Promise(r => setTimeout(r, 250));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? ` (${last.message})` : ''}`);
}

const fileText = () => readFileSync(draft, 'utf8');
const original = fileText();

async function runCommand(title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible', timeout: 15000 });
  await input.fill(`>${title}`);
  const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first();
  await row.waitFor({ state: 'visible', timeout: 15000 });
  await page.keyboard.press('Enter');
}

/** Processes of this test's server: `dotnet …/test-output/e2e/extensions/…/reportlint-ls.dll`. */
function serverPids() {
  const ps = spawnSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' }).stdout;
  return ps
    .split('\n')
    .filter(line => line.includes(extensions) && line.includes('reportlint-ls.dll'))
    .map(line => Number.parseInt(line.trim(), 10));
}

async function problemsText() {
  return (await page.locator('.markers-panel').first().innerText()).replace(/\u00a0/g, ' ');
}

async function saveAndRead(expectedChange) {
  await page.keyboard.press('Control+S');
  return waitFor('the saved file', () => {
    const text = fileText();
    return expectedChange(text) ? text : undefined;
  }, 15000);
}

try {
  await step('install the .vsix into code-server', async () => {
    if (!existsSync(vsix)) {
      throw new Error(`${vsix} not found: run scripts/package.sh first`);
    }
    const r = spawnSync(process.execPath, [entry, '--install-extension', vsix, '--extensions-dir', extensions, '--user-data-dir', userData], {
      env,
      encoding: 'utf8',
      timeout: 120000,
    });
    writeFileSync(join(out, 'install.log'), `${r.stdout}\n${r.stderr}`);
    if (r.status !== 0 || !/successfully installed/i.test(r.stdout + r.stderr)) {
      throw new Error(`install failed (${r.status}): ${r.stdout}${r.stderr}`);
    }
  });

  await step('start code-server on 127.0.0.1 and load the workbench', async () => {
    const port = await freePort();
    const logFile = createWriteStream(join(out, 'code-server.log'));
    server = spawn(
      process.execPath,
      [entry, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry', '--disable-update-check',
        '--disable-workspace-trust', '--disable-getting-started-override', '--extensions-dir', extensions, '--user-data-dir', userData, workspace],
      { env, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    server.stdout.pipe(logFile);
    server.stderr.pipe(logFile);
    await waitFor('code-server to listen', async () => (await fetch(`http://127.0.0.1:${port}/healthz`)).ok, 60000);
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
        '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
    });
    const context = await browser.newContext({ viewport: { width: 1400, height: 860 } });
    page = await context.newPage();
    page.setDefaultTimeout(30000);
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`);
    await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 90000 });
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'du-thao.txt' }).waitFor({ timeout: 90000 });
  });

  await step('open the sample draft', async () => {
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'du-thao.txt' }).click();
    await page.locator('.monaco-editor .view-lines', { hasText: 'Hội nghị đã thảo luận' }).waitFor({ timeout: 30000 });
  });

  await step('the findings appear as squiggles (RL4001, RL4004)', async () => {
    await waitFor('two squiggles', async () => (await page.locator('.monaco-editor .squiggly-warning').count()) >= 2, 120000);
  });

  await step('the Problems panel lists them with code and Vietnamese message', async () => {
    await runCommand('View: Focus Problems');
    const text = await waitFor('RL4001 and RL4004 in the Problems panel', async () => {
      const t = await problemsText();
      return t.includes('RL4001') && t.includes('RL4004') ? t : undefined;
    }, 30000);
    for (const expected of ['Thừa khoảng trắng trước dấu “,”', '2 khoảng trắng liền nhau giữa hai từ; chỉ dùng một', 'reportlint']) {
      if (!text.includes(expected)) {
        throw new Error(`Problems panel lacks "${expected}":\n${text}`);
      }
    }
    writeFileSync(join(out, 'problems.txt'), text);
  });

  await step('the status bar counts the findings of the active document', async () => {
    await waitFor('status bar "ReportLint: 2"', async () => {
      const texts = await page.locator('.statusbar-item').allInnerTexts();
      return texts.some(t => t.includes('ReportLint: 2'));
    }, 15000);
  });

  await step('hover on a finding shows the message', async () => {
    const squiggle = page.locator('.monaco-editor .squiggly-warning').last();
    await squiggle.hover({ force: true });
    await page.locator('.monaco-hover', { hasText: 'RL4004' }).first().waitFor({ state: 'visible', timeout: 15000 });
  });

  await step('screenshot of the findings', async () => {
    await page.screenshot({ path: join(out, 'screenshot.png') });
    if (args.includes('--update-screenshot')) {
      copyFileSync(join(out, 'screenshot.png'), join(root, 'media', 'screenshot.png'));
    }
    await page.keyboard.press('Escape');
  });

  await step('Ctrl+. on the double space offers the safe fix, which edits the text', async () => {
    await page.locator('.monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+G');
    const input = page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor({ state: 'visible' });
    await input.fill(':4:17');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+.');
    // The server marks the first fix isPreferred, so it is the focused entry: Enter applies it.
    const fix = page.locator('.action-widget .monaco-list-row.focused', { hasText: 'Thay bằng một khoảng trắng' }).first();
    await fix.waitFor({ state: 'visible', timeout: 20000 });
    await page.screenshot({ path: join(out, 'quick-fix.png') });
    await page.keyboard.press('Enter');
    const text = await saveAndRead(t => t !== original);
    const expected = original.replace('thời kỳ  mới', 'thời kỳ mới');
    if (text !== expected) {
      throw new Error(`after the quick fix:\n${text}\nexpected:\n${expected}`);
    }
    await waitFor('RL4004 to go from the Problems panel', async () => !(await problemsText()).includes('RL4004'), 30000);
  });

  await step('"ReportLint: Fix all in document" fixes the remaining safe finding', async () => {
    await page.locator('.monaco-editor .view-lines').first().click();
    await runCommand('ReportLint: Fix all in document');
    await page.locator('.monaco-editor .view-lines', { hasText: 'luận, thống' }).waitFor({ timeout: 30000 });
    await page.locator('.monaco-editor .view-lines').first().click();
    const text = await saveAndRead(t => !t.includes('luận ,'));
    const expected = original.replace('thời kỳ  mới', 'thời kỳ mới').replace('thảo luận , thống', 'thảo luận, thống');
    if (text !== expected) {
      throw new Error(`after fix-all:\n${text}\nexpected:\n${expected}`);
    }
    await waitFor('the status bar to show no findings', async () =>
      (await page.locator('.statusbar-item').allInnerTexts()).some(t => t.trim() === 'ReportLint'), 30000);
  });

  await step('"ReportLint: Lint the whole workspace" lists findings of unopened files', async () => {
    await runCommand('ReportLint: Lint the whole workspace');
    await waitFor('ghi-chu.md in the Problems panel', async () => {
      const t = await problemsText();
      return t.includes('ghi-chu.md') && t.includes('RL4001');
    }, 60000);
    await page.screenshot({ path: join(out, 'workspace-lint.png') });
  });

  await step('a crashed server is restarted and lints again', async () => {
    const [first] = await waitFor('the server process', () => serverPids().length === 1 && serverPids(), 10000);
    process.kill(first, 'SIGKILL'); // the test's own server process, found by its path under test-output
    const [second] = await waitFor('a new server process', () => {
      const pids = serverPids();
      return pids.length === 1 && pids[0] !== first && pids;
    }, 30000);
    log(`server ${first} killed, restarted as ${second}`);
    await page.locator('.monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('Hết  hạn.');
    await waitFor('a squiggle from the restarted server', async () => (await page.locator('.monaco-editor .squiggly-warning').count()) >= 1, 60000);
  });

  await step('"ReportLint: Restart server" starts a new server', async () => {
    const before = serverPids();
    await runCommand('ReportLint: Restart server');
    await waitFor('a new server process', () => {
      const pids = serverPids();
      return pids.length === 1 && !before.includes(pids[0]);
    }, 30000);
    await waitFor('the squiggle again', async () => (await page.locator('.monaco-editor .squiggly-warning').count()) >= 1, 60000);
  });

  await step('changed reportlint.* settings reach the running server (language, rule severity)', async () => {
    // Workspace settings override the user's `"reportlint.language": "vi"`.
    mkdirSync(join(workspace, '.vscode'), { recursive: true });
    writeFileSync(join(workspace, '.vscode', 'settings.json'), JSON.stringify({ 'reportlint.language': 'en', 'reportlint.rules': { RL4004: 'error' } }));
    await waitFor('the English message in the Problems panel', async () =>
      (await problemsText()).includes('2 spaces in a row between words; use one'), 30000);
    await waitFor('an error squiggle', async () => (await page.locator('.monaco-editor .squiggly-error').count()) >= 1, 30000);
    await waitFor('status bar "$(error) ReportLint: 1"', async () =>
      (await page.locator('.statusbar-item', { hasText: 'ReportLint: 1' }).locator('.codicon-error').count()) >= 1, 15000);
  });

  await step('a missing .NET runtime gets a clear message', async () => {
    // dotnetPath is machine-scoped: in code-server (a remote window) it lives in the Machine settings.
    mkdirSync(join(userData, 'Machine'), { recursive: true });
    writeFileSync(join(userData, 'Machine', 'settings.json'), JSON.stringify({ 'reportlint.dotnetPath': join(out, 'no-dotnet-here', 'dotnet') }));
    const toast = page.locator('.notification-toast', { hasText: 'ReportLint needs the .NET 10 runtime' }).first();
    await toast.waitFor({ state: 'visible', timeout: 30000 });
    const text = await toast.innerText();
    for (const expected of ['was not found', 'Download .NET']) {
      if (!text.includes(expected)) {
        throw new Error(`the message lacks "${expected}": ${text}`);
      }
    }
    await waitFor('no server process', () => serverPids().length === 0, 15000);
    const others = await page.locator('.notification-toast').allInnerTexts();
    if (others.some(t => /failed/i.test(t))) {
      throw new Error(`unexpected error notifications: ${others.join(' | ')}`);
    }
    await page.screenshot({ path: join(out, 'missing-runtime.png') });
  });

  await step('.reportlint.json is validated by the contributed JSON schema', async () => {
    // Last: the server is stopped by now, so only the editor's JSON validation reads this file.
    writeFileSync(join(workspace, '.reportlint.json'), '{\n  // comments are allowed\n  "rules": { "RL4004": "loud" },\n  "wordz": []\n}\n');
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: '.reportlint.json' }).click();
    await waitFor('schema problems for .reportlint.json', async () => {
      const t = await problemsText();
      return t.includes('.reportlint.json') && t.includes('wordz') && /Value is not accepted|loud/.test(t);
    }, 60000);
    const text = await problemsText();
    if (/comment/i.test(text.split('.reportlint.json')[1] ?? '')) {
      throw new Error(`comments were reported (the file should be JSON with comments):\n${text}`);
    }
    await page.screenshot({ path: join(out, 'schema.png') });
  });
} finally {
  await browser?.close().catch(() => {});
  if (server && server.exitCode === null) {
    server.kill('SIGTERM');
  }
  // The extension host's own log, for diagnosing failures.
  const logs = join(userData, 'logs');
  if (existsSync(logs)) {
    cpSync(logs, join(out, 'vscode-logs'), { recursive: true });
  }
}

const passed = results.filter(r => r.ok).length;
const failed = results.length - passed;
console.log(`e2e: ${passed} passed, ${failed} failed (output in ${out})`);
process.exit(failed === 0 ? 0 : 1);

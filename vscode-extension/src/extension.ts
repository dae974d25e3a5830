// ReportLint for VS Code: starts the bundled language server (reportlint-ls over stdio) for plain
// text and Markdown drafts, and adds commands, a status-bar count and workspace linting.
import { execFile } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as vscode from 'vscode';
import {
  CloseAction,
  DidChangeConfigurationNotification,
  DidCloseTextDocumentNotification,
  ErrorAction,
  LanguageClient,
  LanguageClientOptions,
  ServerOptions,
  State,
  TransportKind,
} from 'vscode-languageclient/node';
import { RestartLimiter } from './restartLimiter';
import { DOTNET_DOWNLOAD_URL, resolveServerLaunch, runtimeProblem, ServerLaunch } from './serverLaunch';
import {
  answerConfiguration,
  documentSelector,
  lintedLanguages,
  matchesSelector,
  MessageLanguage,
  RawSettings,
  resolveMessageLanguage,
  toServerSettings,
} from './settings';
import { countFindings, ServerState, statusText } from './statusText';
import { planScan, progressStep, SCAN_EXCLUDE, SCAN_GLOB } from './workspaceScan';

const SECTION = 'reportlint';
const FIX_ALL_KIND = 'source.fixAll.reportlint';
const DIAGNOSTIC_SOURCE = 'reportlint';
/** Settings that change how the server is started (the others are pulled by the running server). */
const RESTART_SETTINGS = ['languages', 'serverPath', 'dotnetPath'].map(k => `${SECTION}.${k}`);

let controller: Controller | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  controller = new Controller(context);
  context.subscriptions.push(controller);
  await controller.startWhenNeeded();
}

export async function deactivate(): Promise<void> {
  await controller?.stop();
}

function readSettings(): RawSettings & { serverPath?: string; dotnetPath?: string } {
  const c = vscode.workspace.getConfiguration(SECTION);
  return {
    enable: c.get('enable'),
    languages: c.get('languages'),
    rules: c.get('rules'),
    toneStyle: c.get('toneStyle'),
    language: c.get('language'),
    words: c.get('words'),
    serverPath: c.get<string>('serverPath'),
    dotnetPath: c.get<string>('dotnetPath'),
  };
}

function uiLanguage(): MessageLanguage {
  return resolveMessageLanguage(vscode.workspace.getConfiguration(SECTION).get('language'), vscode.env.language);
}

function t(vi: string, en: string): string {
  return uiLanguage() === 'vi' ? vi : en;
}

class Controller implements vscode.Disposable {
  private client: LanguageClient | undefined;
  private starting: Promise<void> | undefined;
  private state: ServerState = 'stopped';
  private languages: string[] = lintedLanguages(readSettings().languages);
  private readonly limiter = new RestartLimiter();
  private readonly output = vscode.window.createOutputChannel('ReportLint');
  private readonly status = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Left, 100);
  /** Documents opened by "Lint the whole workspace": kept open on the server so findings stay listed. */
  private readonly scanned = new Set<string>();
  private readonly disposables: vscode.Disposable[] = [];
  /** Off after a failed start, so each newly opened draft does not repeat the same error. */
  private autoStart = true;

  constructor(private readonly context: vscode.ExtensionContext) {
    this.status.name = 'ReportLint';
    this.disposables.push(
      this.output,
      this.status,
      vscode.commands.registerCommand('reportlint.restartServer', () => this.restart()),
      vscode.commands.registerCommand('reportlint.fixAll', () => this.fixAll()),
      vscode.commands.registerCommand('reportlint.lintWorkspace', () => this.lintWorkspace()),
      vscode.commands.registerCommand('reportlint.showOutput', () => this.output.show(true)),
      vscode.languages.onDidChangeDiagnostics(e => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (active && e.uris.some(u => u.toString() === active)) {
          this.updateStatus();
        }
      }),
      vscode.window.onDidChangeActiveTextEditor(() => this.updateStatus()),
      vscode.workspace.onDidOpenTextDocument(d => {
        if (!this.client && this.autoStart && this.matches(d)) {
          void this.start();
        }
      }),
      vscode.workspace.onDidChangeConfiguration(e => this.configurationChanged(e)),
    );
    // A scanned file edited outside the editor: its kept findings are stale, so let the server drop them.
    const watcher = vscode.workspace.createFileSystemWatcher(SCAN_GLOB);
    this.disposables.push(watcher, watcher.onDidChange(uri => this.releaseScanned(uri.toString())));
  }

  dispose(): void {
    for (const d of this.disposables) {
      d.dispose();
    }
  }

  private matches(document: vscode.TextDocument): boolean {
    return matchesSelector(this.languages, document.languageId, document.uri.scheme);
  }

  /** Starts the server only once a draft is open: the extension also activates on start-up. */
  async startWhenNeeded(): Promise<void> {
    if (vscode.workspace.textDocuments.some(d => this.matches(d))) {
      await this.start();
    } else {
      this.updateStatus();
    }
  }

  async start(): Promise<void> {
    if (this.client) {
      return;
    }
    this.starting ??= this.doStart().finally(() => (this.starting = undefined));
    return this.starting;
  }

  private async doStart(): Promise<void> {
    this.setState('starting');
    const settings = readSettings();
    this.languages = lintedLanguages(settings.languages);
    const launch = resolveServerLaunch({
      extensionPath: this.context.extensionPath,
      serverPath: settings.serverPath,
      dotnetPath: settings.dotnetPath,
      workspaceFolder: vscode.workspace.workspaceFolders?.[0]?.uri.fsPath,
      homeDir: os.homedir(),
      env: process.env,
      exists: file => fs.existsSync(file),
      platform: process.platform,
    });
    if (!(await this.checkLaunch(launch))) {
      this.autoStart = false;
      this.setState('stopped');
      return;
    }
    this.output.appendLine(`Starting ${launch.command} ${launch.args.join(' ')}`);
    const executable = { command: launch.command, args: launch.args, transport: TransportKind.stdio } as const;
    const serverOptions: ServerOptions = { run: executable, debug: executable };
    const clientOptions: LanguageClientOptions = {
      documentSelector: documentSelector(this.languages),
      outputChannel: this.output,
      initializationOptions: this.serverSettings(),
      // No `synchronize`: configurationChanged notifies the server itself, and not while restarting it.
      diagnosticCollectionName: DIAGNOSTIC_SOURCE,
      errorHandler: {
        error: (_error, _message, count) => ({ action: (count ?? 0) <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown }),
        closed: () => this.serverClosed(),
      },
      middleware: {
        workspace: {
          // The server asks for section `reportlint`; it gets the normalized form (language resolved, words NFC…).
          configuration: async (params, token, next) => {
            const result = await next(params, token);
            if (!Array.isArray(result)) {
              return result;
            }
            return answerConfiguration(params.items, result, SECTION, this.serverSettings());
          },
        },
        didOpen: async (document, next) => {
          if (this.scanned.delete(document.uri.toString())) {
            // Still open on the server from a workspace scan: close it there first, then open afresh.
            await this.client?.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: document.uri.toString() } });
          }
          return next(document);
        },
        didClose: async (document, next) => {
          if (this.scanned.has(document.uri.toString())) {
            return; // VS Code let go of a scanned file: keep its findings in the Problems panel.
          }
          return next(document);
        },
      },
    };
    const client = new LanguageClient('reportlint', 'ReportLint', serverOptions, clientOptions);
    this.client = client;
    client.onDidChangeState(e => {
      if (e.newState === State.Running) {
        this.setState(readSettings().enable === false ? 'disabled' : 'running');
      } else if (e.newState === State.Stopped && this.client === client) {
        this.setState('stopped');
      }
    });
    try {
      await client.start();
    } catch (error) {
      this.output.appendLine(`The server did not start: ${String(error)}`);
      this.client = undefined;
      this.autoStart = false;
      this.setState('stopped');
      void this.showError(t(`Không khởi động được máy chủ ReportLint: ${String(error)}`, `The ReportLint server did not start: ${String(error)}`));
    }
  }

  private serverSettings() {
    return toServerSettings(readSettings(), vscode.env.language);
  }

  /** A missing server file or .NET runtime gets a message that says what to install, not a stack trace. */
  private async checkLaunch(launch: ServerLaunch): Promise<boolean> {
    if (!fs.existsSync(launch.serverFile)) {
      void this.showError(t(`Không tìm thấy máy chủ ReportLint: ${launch.serverFile}`, `The ReportLint server was not found: ${launch.serverFile}`), 'settings');
      return false;
    }
    if (!launch.usesDotnet) {
      return true;
    }
    const result = await new Promise<{ error?: { code?: string; message: string }; stdout: string }>(resolve =>
      execFile(launch.command, ['--list-runtimes'], { timeout: 15000 }, (error, stdout) =>
        resolve({ error: error ? { code: (error as NodeJS.ErrnoException).code?.toString(), message: error.message } : undefined, stdout: String(stdout) }),
      ),
    );
    const check = runtimeProblem(launch.command, result, uiLanguage());
    if (check.ok) {
      return true;
    }
    this.output.appendLine(check.message);
    void this.showError(check.message, 'dotnet');
    return false;
  }

  private async showError(message: string, help?: 'dotnet' | 'settings'): Promise<void> {
    const download = t('Tải .NET', 'Download .NET');
    const settings = t('Mở cài đặt', 'Open settings');
    const output = t('Xem nhật ký', 'Show output');
    const buttons = help === 'dotnet' ? [download, settings] : help === 'settings' ? [settings, output] : [output];
    const choice = await vscode.window.showErrorMessage(message, ...buttons);
    if (choice === download) {
      await vscode.env.openExternal(vscode.Uri.parse(DOTNET_DOWNLOAD_URL));
    } else if (choice === settings) {
      await vscode.commands.executeCommand('workbench.action.openSettings', SECTION);
    } else if (choice === output) {
      this.output.show(true);
    }
  }

  private serverClosed() {
    if (this.limiter.recordCrash()) {
      this.output.appendLine(`The server stopped unexpectedly; restarting (${this.limiter.recentCrashes}/${this.limiter.maxRestarts}).`);
      return { action: CloseAction.Restart, handled: true };
    }
    const restart = t('Khởi động lại', 'Restart server');
    const message = t(
      `Máy chủ ReportLint dừng đột ngột ${this.limiter.recentCrashes} lần trong ${this.limiter.windowMs / 60000} phút nên không được khởi động lại nữa. Xem kênh đầu ra "ReportLint".`,
      `The ReportLint server crashed ${this.limiter.recentCrashes} times in ${this.limiter.windowMs / 60000} minutes and will not be restarted. See the "ReportLint" output channel.`,
    );
    void vscode.window.showErrorMessage(message, restart).then(choice => {
      if (choice === restart) {
        void this.restart();
      }
    });
    this.setState('stopped');
    return { action: CloseAction.DoNotRestart, handled: true };
  }

  async stop(): Promise<void> {
    await this.starting;
    const client = this.client;
    this.client = undefined;
    this.scanned.clear();
    if (client) {
      try {
        await client.stop(5000);
      } catch (error) {
        this.output.appendLine(`Stopping the server: ${String(error)}`);
      }
    }
    this.setState('stopped');
  }

  async restart(): Promise<void> {
    this.limiter.reset();
    this.autoStart = true;
    await this.stop();
    await this.start();
  }

  private configurationChanged(e: vscode.ConfigurationChangeEvent): void {
    if (RESTART_SETTINGS.some(s => e.affectsConfiguration(s))) {
      this.languages = lintedLanguages(readSettings().languages);
      this.autoStart = true;
      if (this.client) {
        void this.restart();
      } else {
        void this.startWhenNeeded();
      }
    } else if (e.affectsConfiguration(SECTION) && this.client?.isRunning()) {
      // The server answers by pulling `workspace/configuration` (the push carries the same settings).
      void this.client
        .sendNotification(DidChangeConfigurationNotification.type, { settings: { [SECTION]: this.serverSettings() } })
        .catch(error => this.output.appendLine(`didChangeConfiguration: ${String(error)}`));
      this.setState(readSettings().enable === false ? 'disabled' : 'running');
    }
  }

  private releaseScanned(uri: string): void {
    // Still held by VS Code: the model follows the disk and didChange re-lints it; nothing to do.
    if (vscode.workspace.textDocuments.some(d => d.uri.toString() === uri) || !this.scanned.delete(uri)) {
      return;
    }
    void this.client?.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  private async fixAll(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !this.matches(editor.document)) {
      void vscode.window.showInformationMessage(t('Hãy mở một bản thảo (văn bản hoặc Markdown) trước.', 'Open a draft (plain text or Markdown) first.'));
      return;
    }
    await this.start();
    const document = editor.document;
    const range = document.validateRange(new vscode.Range(0, 0, document.lineCount, 0));
    const actions =
      (await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', document.uri, range, FIX_ALL_KIND)) ?? [];
    const fixAll = actions.find((a): a is vscode.CodeAction => 'kind' in a && a.kind?.value === FIX_ALL_KIND);
    if (!fixAll || (!fixAll.edit && !fixAll.command)) {
      void vscode.window.showInformationMessage(t('ReportLint: không có lỗi nào sửa tự động được.', 'ReportLint: nothing to fix automatically.'));
      return;
    }
    if (fixAll.edit) {
      await vscode.workspace.applyEdit(fixAll.edit);
    }
    if (fixAll.command) {
      await vscode.commands.executeCommand(fixAll.command.command, ...(fixAll.command.arguments ?? []));
    }
  }

  private async lintWorkspace(): Promise<void> {
    if (!vscode.workspace.workspaceFolders?.length) {
      void vscode.window.showInformationMessage(t('Hãy mở một thư mục trước.', 'Open a folder first.'));
      return;
    }
    await this.start();
    if (!this.client) {
      return;
    }
    const uris = await vscode.workspace.findFiles(SCAN_GLOB, SCAN_EXCLUDE);
    const byPath = new Map(uris.map(u => [u.fsPath, u]));
    const plan = planScan([...byPath.keys()]);
    let opened = 0;
    await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: t('ReportLint: đang kiểm tra thư mục', 'ReportLint: linting the workspace'), cancellable: true },
      async (progress, token) => {
        for (const [index, file] of plan.files.entries()) {
          if (token.isCancellationRequested) {
            break;
          }
          const uri = byPath.get(file)!;
          progress.report(progressStep(index, plan.files.length, vscode.workspace.asRelativePath(uri)));
          const alreadyOpen = vscode.workspace.textDocuments.some(d => d.uri.toString() === uri.toString());
          try {
            const document = await vscode.workspace.openTextDocument(uri);
            if (!alreadyOpen && this.matches(document)) {
              this.scanned.add(document.uri.toString());
            }
            opened++;
          } catch (error) {
            this.output.appendLine(`Could not open ${uri.fsPath}: ${String(error)}`);
          }
        }
      },
    );
    const skipped = plan.skipped > 0 ? t(` (bỏ qua ${plan.skipped} tệp vượt giới hạn)`, ` (${plan.skipped} more files skipped)`) : '';
    void vscode.window.showInformationMessage(
      t(`ReportLint: đã kiểm tra ${opened} tệp${skipped}; kết quả ở bảng Problems.`, `ReportLint: linted ${opened} files${skipped}; see the Problems panel.`),
    );
    await vscode.commands.executeCommand('workbench.actions.view.problems');
  }

  private setState(state: ServerState): void {
    this.state = state;
    this.updateStatus();
  }

  private updateStatus(): void {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !this.matches(document)) {
      this.status.hide();
      return;
    }
    const severities = vscode.languages
      .getDiagnostics(document.uri)
      .filter(d => d.source === DIAGNOSTIC_SOURCE)
      .map(d => d.severity as number);
    const { text, tooltip } = statusText(countFindings(severities), this.state, uiLanguage());
    this.status.text = text;
    this.status.tooltip = tooltip;
    this.status.command = this.state === 'stopped' ? 'reportlint.showOutput' : 'workbench.actions.view.problems';
    this.status.show();
  }
}

// Where the server is and how to run it, and whether the .NET runtime it needs is installed.
// Pure functions; the caller supplies file-system checks and the output of `dotnet --list-runtimes`.
import * as path from 'path';

export const REQUIRED_DOTNET_MAJOR = 10;
export const BUNDLED_SERVER = path.join('server', 'reportlint-ls.dll');

export interface ServerLaunch {
  /** The program to start: `dotnet` (or `reportlint.dotnetPath`) for a `.dll`, else the executable. */
  command: string;
  args: string[];
  /** The server file, for messages. */
  serverFile: string;
  /** True when the command is the dotnet host, so the runtime must be checked first. */
  usesDotnet: boolean;
}

export interface LaunchInput {
  extensionPath: string;
  serverPath: string | undefined;
  dotnetPath: string | undefined;
  workspaceFolder: string | undefined;
  homeDir: string;
  env: Record<string, string | undefined>;
  exists: (file: string) => boolean;
  platform: NodeJS.Platform;
}

/** `~` and paths relative to the first workspace folder, as users write them in settings. */
export function expandPath(value: string, homeDir: string, workspaceFolder: string | undefined): string {
  let result = value.trim();
  if (result === '~' || result.startsWith('~/') || result.startsWith('~\\')) {
    result = path.join(homeDir, result.slice(1));
  }
  if (!path.isAbsolute(result) && workspaceFolder) {
    result = path.join(workspaceFolder, result);
  }
  return path.normalize(result);
}

/** `reportlint.dotnetPath`, else `dotnet` on PATH, else `$DOTNET_ROOT/dotnet` when that exists. */
export function resolveDotnet(input: LaunchInput): string {
  if (input.dotnetPath && input.dotnetPath.trim() !== '') {
    return expandPath(input.dotnetPath, input.homeDir, input.workspaceFolder);
  }
  const exe = input.platform === 'win32' ? 'dotnet.exe' : 'dotnet';
  for (const dir of (input.env.PATH ?? input.env.Path ?? '').split(path.delimiter)) {
    if (dir !== '' && input.exists(path.join(dir, exe))) {
      return path.join(dir, exe);
    }
  }
  const root = input.env.DOTNET_ROOT;
  if (root && input.exists(path.join(root, exe))) {
    return path.join(root, exe);
  }
  return 'dotnet';
}

export function resolveServerLaunch(input: LaunchInput): ServerLaunch {
  const custom = input.serverPath?.trim();
  const serverFile = custom
    ? expandPath(custom, input.homeDir, input.workspaceFolder)
    : path.join(input.extensionPath, BUNDLED_SERVER);
  if (serverFile.toLowerCase().endsWith('.dll')) {
    return { command: resolveDotnet(input), args: [serverFile, '--stdio'], serverFile, usesDotnet: true };
  }
  return { command: serverFile, args: ['--stdio'], serverFile, usesDotnet: false };
}

/** Versions of `Microsoft.NETCore.App` in `dotnet --list-runtimes` output. */
export function parseNetCoreRuntimes(listRuntimesOutput: string): string[] {
  const versions: string[] = [];
  for (const line of listRuntimesOutput.split(/\r?\n/)) {
    const match = /^\s*Microsoft\.NETCore\.App\s+(\d+\.\d+\.\d+\S*)/.exec(line);
    if (match) {
      versions.push(match[1]);
    }
  }
  return versions;
}

/**
 * A framework-dependent app rolls forward to a newer patch (and, by default, minor) of its major
 * version only; previews of that major count, since the server is built against them.
 */
export function hasRequiredRuntime(versions: readonly string[], major = REQUIRED_DOTNET_MAJOR): boolean {
  return versions.some(v => Number.parseInt(v.split('.')[0], 10) === major);
}

export type RuntimeCheck =
  | { ok: true }
  | { ok: false; reason: 'dotnet-missing'; message: string }
  | { ok: false; reason: 'runtime-missing'; message: string; found: string[] };

export function runtimeProblem(
  dotnet: string,
  result: { error?: { code?: string; message: string }; stdout: string },
  language: 'vi' | 'en',
): RuntimeCheck {
  const vi = language === 'vi';
  if (result.error) {
    const notFound = result.error.code === 'ENOENT';
    return {
      ok: false,
      reason: 'dotnet-missing',
      message: vi
        ? `ReportLint cần .NET ${REQUIRED_DOTNET_MAJOR} Runtime nhưng ${notFound ? `không tìm thấy "${dotnet}"` : `không chạy được "${dotnet}" (${result.error.message})`}. Hãy cài .NET ${REQUIRED_DOTNET_MAJOR} Runtime hoặc đặt reportlint.dotnetPath.`
        : `ReportLint needs the .NET ${REQUIRED_DOTNET_MAJOR} runtime, but ${notFound ? `"${dotnet}" was not found` : `"${dotnet}" could not run (${result.error.message})`}. Install the .NET ${REQUIRED_DOTNET_MAJOR} runtime or set reportlint.dotnetPath.`,
    };
  }
  const found = parseNetCoreRuntimes(result.stdout);
  if (hasRequiredRuntime(found)) {
    return { ok: true };
  }
  const list = found.length > 0 ? found.join(', ') : vi ? 'không có' : 'none';
  return {
    ok: false,
    reason: 'runtime-missing',
    found,
    message: vi
      ? `ReportLint cần .NET ${REQUIRED_DOTNET_MAJOR} Runtime (Microsoft.NETCore.App ${REQUIRED_DOTNET_MAJOR}.x); "${dotnet}" chỉ có: ${list}.`
      : `ReportLint needs the .NET ${REQUIRED_DOTNET_MAJOR} runtime (Microsoft.NETCore.App ${REQUIRED_DOTNET_MAJOR}.x); "${dotnet}" has: ${list}.`,
  };
}

export const DOTNET_DOWNLOAD_URL = `https://dotnet.microsoft.com/download/dotnet/${REQUIRED_DOTNET_MAJOR}.0`;

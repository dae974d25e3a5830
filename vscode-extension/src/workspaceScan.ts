// Which files "Lint the whole workspace" opens, in what order.

export const SCAN_GLOB = '**/*.{txt,md,markdown}';
/** Folders that hold tools and build output, never drafts (on top of VS Code's files.exclude). */
export const SCAN_EXCLUDE = '**/{node_modules,.git,bin,obj,out,dist,.vscode-test}/**';
export const MAX_SCANNED_FILES = 2000;

/** Stable order (by path, case-insensitively) and a cap, so a huge folder cannot exhaust memory. */
export function planScan(paths: readonly string[], max = MAX_SCANNED_FILES): { files: string[]; skipped: number } {
  const unique = [...new Set(paths)].sort((a, b) => a.localeCompare(b, undefined, { sensitivity: 'base' }) || a.localeCompare(b));
  return { files: unique.slice(0, max), skipped: Math.max(0, unique.length - max) };
}

/** The progress message and the increment (percent) for file `index` (0-based) of `total`. */
export function progressStep(index: number, total: number, name: string): { message: string; increment: number } {
  return { message: `${index + 1}/${total}: ${name}`, increment: total === 0 ? 100 : 100 / total };
}

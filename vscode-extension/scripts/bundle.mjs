// Bundles the extension with its npm dependencies into dist/extension.js (the .vsix then needs no
// node_modules) and copies the repository's .reportlint.json schema next to it.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
mkdirSync(join(root, 'schemas'), { recursive: true });
copyFileSync(join(root, '..', 'schema', 'reportlint.schema.json'), join(root, 'schemas', 'reportlint.schema.json'));
await build({
  entryPoints: [join(root, 'src', 'extension.ts')],
  outfile: join(root, 'dist', 'extension.js'),
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  external: ['vscode'],
  minify: true,
  sourcemap: false,
  logLevel: 'warning',
});

// ESLint flat config. The engine and the workbook reader must stay pure: no DOM, Office, React
// or Node imports (docs/ARCHITECTURE.md). The rule below enforces it.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

const nodeBuiltins = [
  'fs', 'path', 'os', 'child_process', 'crypto', 'stream', 'util', 'buffer', 'events', 'http',
  'https', 'net', 'url', 'zlib', 'worker_threads', 'process', 'readline', 'perf_hooks',
];
const forbiddenInPure = [
  ...nodeBuiltins.flatMap((m) => [m, `node:${m}`, `${m}/*`, `node:${m}/*`]),
  'react', 'react-dom', 'react/*', 'react-dom/*', '@fluentui/*', '@microsoft/office-js',
  'office-js', 'exceljs', 'docx',
];

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'build/', 'dist-tsc/', 'out/', 'bench/out/', 'test-results/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable', __dirname: 'readonly', __filename: 'readonly', process: 'readonly', console: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.mjs'],
    languageOptions: { sourceType: 'module', globals: { process: 'readonly', console: 'readonly' } },
  },
  {
    files: ['src/engine/**/*.ts', 'src/workbook/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: forbiddenInPure, message: 'src/engine dan src/workbook harus murni: tanpa DOM, Office, React atau Node.' },
            { group: ['**/hosts/**', '**/cli/**', '**/taskpane/**', '**/commands/**'], message: 'Arah impor: engine ← workbook ← hosts ← taskpane/commands/cli.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'fetch', 'Office', 'Excel', 'process', 'Buffer', 'require', '__dirname'],
    },
  },
  {
    // Code that runs in the browser (the pane, the ribbon, the in-memory Excel, the Word draft,
    // the xlsx core used by the browser page): no Node APIs.
    files: ['src/hosts/xlsx/core.ts', 'src/hosts/preview/**/*.ts', 'src/hosts/excel/**/*.ts', 'src/taskpane/**/*.{ts,tsx}', 'src/commands/**/*.ts', 'src/report/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: nodeBuiltins.flatMap((m) => [m, `node:${m}`, `${m}/*`, `node:${m}/*`]), message: 'Kode ini berjalan di peramban: tanpa API Node.' }] },
      ],
      'no-restricted-globals': ['error', 'process', 'Buffer', 'require', '__dirname'],
    },
  },
  {
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: forbiddenInPure, message: 'src/engine harus murni: tanpa DOM, Office, React atau Node.' },
            { group: ['**/workbook/**', '**/hosts/**', '**/cli/**', '**/taskpane/**', '**/commands/**'], message: 'Engine tidak boleh mengimpor lapisan di atasnya.' },
          ],
        },
      ],
    },
  },
);

/**
 * The engine and the workbook reader are pure (docs/ARCHITECTURE.md): the lint rule must reject
 * DOM, Office, React and Node imports there, and imports from the layers above.
 */
import { execFileSync } from 'child_process';
import path from 'path';

const root = path.join(__dirname, '..', '..');

function lint(file: string, code: string): string {
  try {
    execFileSync(
      process.execPath,
      [
        path.join(root, 'node_modules', 'eslint', 'bin', 'eslint.js'),
        '--stdin',
        '--stdin-filename',
        file,
      ],
      {
        cwd: root,
        input: code,
        encoding: 'utf8',
      },
    );
    return '';
  } catch (e) {
    return String((e as { stdout?: string }).stdout ?? e);
  }
}

describe('layer boundaries (lint rule)', () => {
  test.each([
    ['src/engine/probe.ts', "import fs from 'fs';\nexport const x = fs;\n"],
    [
      'src/engine/probe.ts',
      "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n",
    ],
    ['src/engine/probe.ts', "import React from 'react';\nexport const x = React;\n"],
    ['src/workbook/probe.ts', "import ExcelJS from 'exceljs';\nexport const x = ExcelJS;\n"],
    ['src/engine/probe.ts', "import { toGrid } from '../hosts/xlsx';\nexport const x = toGrid;\n"],
    [
      'src/engine/probe.ts',
      "import { readWorkbook } from '../workbook/read';\nexport const x = readWorkbook;\n",
    ],
    ['src/engine/probe.ts', 'export const w = window.location;\n'],
  ])('%s rejects: %s', (file, code) => {
    expect(lint(file, code)).toMatch(/no-restricted-(imports|globals)/);
  });

  test('the same imports are allowed in a host', () => {
    expect(
      lint(
        'src/hosts/xlsx/probe.ts',
        "import ExcelJS from 'exceljs';\nexport const x = ExcelJS;\n",
      ),
    ).toBe('');
  });
});

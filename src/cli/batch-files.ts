/**
 * Which workbooks a batch review checks: every file named, and the .xlsx files directly inside
 * every folder named (not its subfolders), sorted by name so that the order is the same on every
 * machine. Left out of a folder: Excel's lock files (`~$Buku.xlsx`, LibreOffice's
 * `.~lock.…#`), hidden files and the rekap being written. A file named twice is checked once. A
 * name that does not exist is kept: checking it gives its row its message.
 */
import { promises as fs } from 'fs';
import path from 'path';

/** One entry of the batch: a workbook to check, or a folder without any. */
export interface BatchEntry {
  file: string;
  /** Set when there is nothing to check under this name (an empty folder). */
  reason?: string;
}

const collator = new Intl.Collator('id', { numeric: true, sensitivity: 'base' });

function isWorkbookName(name: string): boolean {
  return /\.xlsx$/i.test(name) && !name.startsWith('~$') && !name.startsWith('.');
}

async function isFile(p: string): Promise<boolean> {
  try {
    return (await fs.stat(p)).isFile();
  } catch {
    return false;
  }
}

async function isFolder(p: string): Promise<boolean> {
  try {
    return (await fs.stat(p)).isDirectory();
  } catch {
    return false;
  }
}

/** The workbooks directly inside a folder, by name. */
async function folderWorkbooks(dir: string, skip: string | null): Promise<string[]> {
  const names = (await fs.readdir(dir)).filter(isWorkbookName).sort(collator.compare);
  const out: string[] = [];
  for (const n of names) {
    const p = path.join(dir, n);
    if (skip !== null && path.resolve(p) === skip) continue;
    if (await isFile(p)) out.push(p);
  }
  return out;
}

/** The batch's entries, in the order named; `rekap` (the output) is never one of them. */
export async function expandPaths(named: string[], rekap: string | null): Promise<BatchEntry[]> {
  const skip = rekap === null ? null : path.resolve(rekap);
  const seen = new Set<string>();
  const out: BatchEntry[] = [];
  const add = (e: BatchEntry) => {
    const key = path.resolve(e.file);
    if (seen.has(key)) return;
    seen.add(key);
    out.push(e);
  };
  for (const p of named) {
    if (!(await isFolder(p))) {
      add({ file: p });
      continue;
    }
    const files = await folderWorkbooks(p, skip);
    if (files.length === 0) add({ file: p, reason: `Folder ${p} tidak berisi berkas .xlsx.` });
    for (const f of files) add({ file: f });
  }
  return out;
}

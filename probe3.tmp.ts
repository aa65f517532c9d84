import { generateWorkbook } from './bench/gen-workbook';
(async () => { const n = Number(process.env.N); await generateWorkbook(`/tmp/gen-${n}.xlsx`, { sasaran: Math.ceil(n / 3), budgetRows: 12, kegiatanPerProgram: 2, subPerKegiatan: 2 }); })();

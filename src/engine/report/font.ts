/**
 * The one font family of the generated report: the Word draft (src/report/docx.ts) and the
 * generated `LKjIP …` sheets (src/workbook/print.ts) both print in it (NARRATIVE.md "Print").
 * Arial is on every Windows and Mac, and LibreOffice maps it to a metric-compatible font.
 */
export const REPORT_FONT = 'Arial';

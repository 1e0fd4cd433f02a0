// `ytterby import FILE.xlsx|csv`: a monthly report from a spreadsheet, previewed with every problem
// at its cell, then signed with the enterprise's key file and recorded as one document (unless
// --dry-run). The same preview and rules as the web app's upload (src/reporting).
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { captureDocument, type CaptureDocument } from '../../ledger/index.ts';
import { REPORT_FILE_BYTES_MAX } from '../../limits.ts';
import { InputRefused } from '../../problems.ts';
import {
  cellOf, formatReportProblem, parseKeyFile, previewReportFile, recordSubmission, ReportUnreadable, signCanonicalDocument,
  type Language, type ReportPreview, type ReportProblem,
} from '../../reporting/index.ts';
import { printJson, UsageError, withStore, type GlobalOptions } from '../context.ts';

export function registerImportCommand(program: Command): void {
  program
    .command('import <file>')
    .description('a monthly report (xlsx from `ytterby template`, or a sheet as CSV): preview every line against the ledger\'s rules, then sign and record it as one document')
    .requiredOption('--key <file>', 'the enterprise\'s private key file (from `ytterby keys generate`); it signs here and is sent nowhere')
    .option('--party <uscc>', 'the reporting enterprise (default: the key file\'s)')
    .option('--period <YYYY-MM>', 'the month reported on (default: the template\'s, or the one month of the rows\' dates)')
    .option('--dry-run', 'preview only: record nothing')
    .option('--lang <language>', 'language of the problems: zh-CN or en', 'zh-CN')
    .action(async (file: string, options: { key: string; party?: string; period?: string; dryRun?: boolean; lang: string }) => {
      const global = program.opts<GlobalOptions>();
      if (options.lang !== 'zh-CN' && options.lang !== 'en') throw new UsageError(`--lang ${options.lang}: zh-CN or en`);
      const language = options.lang as Language;
      let keyText: string;
      try {
        keyText = readFileSync(options.key, 'utf8');
      } catch {
        throw new UsageError(`--key ${options.key}: no such file`);
      }
      const key = parseKeyFile(keyText);
      if ('problem' in key) throw new UsageError(`${options.key}: ${key.problem}`);
      const party = options.party ?? key.party;
      if (party !== key.party) throw new UsageError(`--party ${party}, but ${options.key} signs for ${key.party}`);
      const bytes = readReportBytes(file);
      await withStore(global, async (store) => {
        let preview: ReportPreview;
        try {
          preview = await previewReportFile(store, { name: basename(file), bytes }, { party, keyId: key.kid, ...(options.period === undefined ? {} : { period: options.period }) });
        } catch (error) {
          if (error instanceof ReportUnreadable) throw refusal(`${file} cannot be read as a report`, error.problems, language);
          throw error;
        }
        if (preview.problems.length > 0) {
          const more = preview.moreProblems > 0 ? ` (${preview.moreProblems} more not listed)` : '';
          throw refusal(`${file}: ${preview.problems.length + preview.moreProblems} problem(s)${more}; nothing was recorded`, preview.problems, language);
        }
        if (options.dryRun === true || preview.document === undefined) {
          if (global.json === true) return printJson({ ok: true, recorded: false, preview: summaryOf(preview) });
          return printPreview(preview, language, options.dryRun === true ? 'dry run: nothing recorded' : 'nothing new: every line is recorded already');
        }
        const signed = JSON.parse(await signCanonicalDocument(preview.document.canonical, preview.document.documentId, key)) as { document: CaptureDocument; signature: string };
        const result = await captureDocument(store, signed);
        await recordSubmission(store, signed.document, result, 'cli');
        if (global.json === true) return printJson({ ok: true, recorded: true, preview: summaryOf(preview), result });
        printPreview(preview, language, `${result.replayed ? 'already recorded' : 'recorded'}: document ${result.documentId}, ${result.events.length} event(s), log size ${result.treeSize}`);
      });
    });
}

function readReportBytes(file: string): Uint8Array {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    throw new InputRefused(`cannot read ${file}`, [{ path: file, reason: 'no such file' }]);
  }
  // Checked before reading, so a huge file is refused without being loaded.
  if (size > REPORT_FILE_BYTES_MAX) {
    throw new InputRefused(`${file} is too large`, [{ path: file, reason: `${(size / 1024 / 1024).toFixed(1)} MiB; a report is at most ${REPORT_FILE_BYTES_MAX / 1024 / 1024} MiB: split it by month or by sheet` }]);
  }
  return readFileSync(file);
}

function refusal(summary: string, problems: readonly ReportProblem[], language: Language): InputRefused {
  return new InputRefused(summary, problems.map((p) => ({ path: cellOf(p), reason: language === 'zh-CN' ? p.zh : p.en })));
}

function summaryOf(preview: ReportPreview) {
  return {
    party: preview.party, period: preview.period, counts: preview.counts, warnings: preview.warnings,
    ...(preview.document === undefined ? {} : { documentId: preview.document.documentId, events: preview.document.events }),
  };
}

function printPreview(preview: ReportPreview, language: Language, outcome: string): void {
  const zh = language === 'zh-CN';
  const { counts } = preview;
  const lines = [
    zh ? `${preview.party} ${preview.period} 月报：新增 ${counts.new} 行，更正 ${counts.corrected} 行，未变 ${counts.unchanged} 行`
      : `${preview.party} report for ${preview.period}: ${counts.new} new line(s), ${counts.corrected} corrected, ${counts.unchanged} unchanged`,
    ...preview.warnings.map((w) => `  ! ${formatReportProblem({ sheet: w.sheet, row: w.row, zh: w.zh, en: w.en }, language)}: ${w.summary}`),
    outcome,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

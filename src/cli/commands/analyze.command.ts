import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Command } from "commander";
import { analyzeExport } from "../analyze/analyze-export.js";
import { analyzeProgress } from "../analyze/analyze-progress.js";
import { renderReportHtml } from "../analyze/render-report.js";
import { CliError, EXIT } from "../run.js";

interface AnalyzeFlags {
  format?: string;
  map?: string;
  out: string;
  tz: string;
  from?: string;
  to?: string;
}

const HELP = `
Reads another help desk's export, without a database, so a school can measure its 80/20 before
switching. The format is detected from the header row unless --format is given; --map always wins.
Column names are compared ignoring case, spaces and punctuation.

  rt        Request Tracker ticket search → Spreadsheet (TSV or CSV): Requestors (the first one) →
            requester, Owner → helper ("Nobody" = unowned), Queue → topic, Created, Resolved
            ("Not set" = unresolved)
  osticket  osTicket Tickets → Export (CSV): From Email (or From) → requester, Agent Assigned (or
            Assigned To) → helper, Help Topic (or Department) → topic, Date Created, Closed Date
  zammad    Zammad ticket export (CSV): customer → requester, owner → helper ("-" = unowned),
            group → topic, created_at, close_at (or the labels "Created at", "Closed at")
  csv       columns requester, helper, topic, created, resolved and optionally mode
            (guide|idea|do) and nature (learnable|specialist)

--map requester=COL,helper=COL,topic=COL,created=COL,resolved=COL[,mode=COL,nature=COL] names the
columns of any export. Dates are ISO 8601 or YYYY-MM-DD HH:MM[:SS]; a time without an offset is read
in --tz. The window is the data's whole span unless --from/--to (to is exclusive).

Writes DIR/report.json (the numbers) and DIR/report.html (charts and tables, self-contained).
Unreadable rows are skipped and listed by line number (the header is line 1; the first 20 shown).

Exit codes: 0 every row read; 2 the report was written but some rows were unreadable;
1 nothing was written (no such file, empty file, unknown format, missing column).`;

/** `scaffold analyze <file>`: the dependency report from another help desk's export. */
export function analyzeCommand(program: Command): void {
  program
    .command("analyze <file>")
    .description("measure who depends on whom in another help desk's export (RT, osTicket, Zammad, CSV); no database needed")
    .option("--format <format>", "rt, osticket, zammad or csv (default: detected from the header)")
    .option("--map <pairs>", "field=COLUMN pairs, e.g. requester=Owner,helper=Agent")
    .requiredOption("--out <dir>", "directory for report.html and report.json (created if missing)")
    .option("--tz <zone>", "IANA time zone for months and for times without an offset", "UTC")
    .option("--from <date>", "start of the window (default: the first date in the file)")
    .option("--to <date>", "end of the window, exclusive (default: after the last date)")
    .addHelpText("after", HELP)
    .action((file: string, flags: AnalyzeFlags) => runAnalyze(file, flags));
}

async function runAnalyze(file: string, flags: AnalyzeFlags): Promise<void> {
  const progress = analyzeProgress();
  const result = await analyzeExport(file, { format: flags.format, map: flags.map, timeZone: flags.tz, from: flags.from, to: flags.to, onProgress: progress.update })
    .finally(() => progress.stop());
  const { source, report } = result;
  for (const row of source.firstBadRows) process.stderr.write(`line ${row.line}: ${row.reason}\n`);
  const unlisted = source.badRows - source.firstBadRows.length;
  if (unlisted > 0) process.stderr.write(`… and ${unlisted} more unreadable row${unlisted === 1 ? "" : "s"}\n`);

  try {
    await mkdir(flags.out, { recursive: true });
    await writeFile(join(flags.out, "report.json"), `${JSON.stringify(report, null, 2)}\n`);
    await writeFile(join(flags.out, "report.html"), renderReportHtml(result));
  } catch (error) {
    throw new CliError(`can't write the report to ${flags.out} (${(error as { code?: string }).code ?? String(error)})`);
  }
  process.stdout.write(
    `${source.formatLabel}: read ${source.rows - source.badRows} of ${source.rows} rows; ` +
      `helpers' top 20% did ${(report.helpers.top20Share * 100).toFixed(1)}% of resolutions (Gini ${report.helpers.gini.toFixed(3)}), ` +
      `requesters' top 20% made ${(report.requesters.top20Share * 100).toFixed(1)}% of requests\n` +
      `wrote ${join(flags.out, "report.html")} and ${join(flags.out, "report.json")}\n`,
  );
  process.exitCode = source.badRows > 0 ? EXIT.PARTIAL : EXIT.OK;
}

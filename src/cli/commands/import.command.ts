import { readFile } from "node:fs/promises";
import type { Command } from "commander";
import type { AppContext } from "../../platform/context.js";
import type { ImportResult, ProgressListener } from "../import/import-result.js";
import { ARTICLE_COLUMNS, REQUIRED_ARTICLE_COLUMNS } from "../import/article-rows.js";
import { importArticles } from "../import/import-articles.js";
import { importPeople } from "../import/import-people.js";
import { importTopics } from "../import/import-topics.js";
import { PEOPLE_COLUMNS, REQUIRED_PEOPLE_COLUMNS } from "../import/people-rows.js";
import { progressReporter } from "../import/progress.js";
import { formatOf, type ParsedSource, parseSource } from "../import/read-records.js";
import { checkColumns } from "../import/row-fields.js";
import { TOPIC_COLUMNS, REQUIRED_TOPIC_COLUMNS } from "../import/topic-rows.js";
import { CliError, EXIT, withContext } from "../run.js";

interface ImportKind {
  what: string;
  columns: readonly string[];
  required: readonly string[];
  run: (ctx: AppContext, source: ParsedSource, onProgress: ProgressListener) => Promise<ImportResult>;
}

const PEOPLE: ImportKind = { what: "people", columns: PEOPLE_COLUMNS, required: REQUIRED_PEOPLE_COLUMNS, run: importPeople };
const TOPICS: ImportKind = { what: "topics", columns: TOPIC_COLUMNS, required: REQUIRED_TOPIC_COLUMNS, run: importTopics };
const ARTICLES: ImportKind = { what: "articles", columns: ARTICLE_COLUMNS, required: REQUIRED_ARTICLE_COLUMNS, run: importArticles };

const EXIT_HELP = `
Files are CSV with a header row, or JSON Lines (.jsonl) with the same field names.
Each row is imported on its own: bad rows are listed by line number (the header is line 1)
and the good ones are kept, so a fixed file can be imported again.

Exit codes: 0 every row imported; 2 some rows failed (the rest were imported);
1 nothing could be done (unreadable file, missing column, bad configuration).`;

/** `scaffold import people|topics|articles <file>`. */
export function importCommand(program: Command): void {
  const command = program.command("import").description("import people, topics or articles from CSV or JSON Lines").addHelpText("after", EXIT_HELP);
  command
    .command("people <file>")
    .description("add people: columns name,email,kind,campus,roles,locale,password")
    .addHelpText(
      "after",
      `
name and email are required. kind is staff (default), teacher, student or other; campus is a campus
name; roles are helper, tech, leader, admin separated by ";", "|" or spaces; locale defaults to en;
a password is optional (at least 10 characters).${EXIT_HELP}`,
    )
    .action((file: string) => runImport(PEOPLE, file));
  command
    .command("topics <file>")
    .description("add topics: columns name,parent,nature,description")
    .addHelpText(
      "after",
      `
parent is the name of another row of the file (before or after it) or of an existing topic; nature is
learnable (default) or specialist.${EXIT_HELP}`,
    )
    .action((file: string) => runImport(TOPICS, file));
  command
    .command("articles <file>")
    .description("add knowledge articles: columns title,body,topics,audience,state")
    .addHelpText(
      "after",
      `
title and body (Markdown) are required. topics are topic names separated by ";" or "|"; audience is
everyone (default), staff or tech; state is validated (default), unvalidated, draft or archived.
Imported articles are indexed for search and suggestions at once.${EXIT_HELP}`,
    )
    .action((file: string) => runImport(ARTICLES, file));
}

async function runImport(kind: ImportKind, file: string): Promise<void> {
  const source = parseSource(await readSource(file), formatOf(file));
  const { missing, unknown } = checkColumns(source.columns, kind.columns, kind.required);
  if (formatOf(file) === "csv" && missing.length > 0) {
    throw new CliError(`${file} lacks the column${missing.length > 1 ? "s" : ""} ${missing.join(", ")} (expected ${kind.columns.join(",")}); nothing was imported`);
  }
  if (unknown.length > 0) process.stderr.write(`ignoring unknown column${unknown.length > 1 ? "s" : ""}: ${unknown.join(", ")}\n`);

  const progress = progressReporter(kind.what);
  const result = await withContext((ctx) => kind.run(ctx, source, progress.update), { migrate: true }).finally(() => progress.stop());

  for (const failure of result.failures) process.stderr.write(`line ${failure.line}: ${failure.reason}\n`);
  process.stdout.write(`imported ${result.imported}, failed ${result.failures.length}\n`);
  process.exitCode = result.failures.length > 0 ? EXIT.PARTIAL : EXIT.OK;
}

async function readSource(file: string): Promise<string> {
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new CliError(code === "ENOENT" ? `${file} does not exist` : `can't read ${file} (${code ?? String(error)})`);
  }
}

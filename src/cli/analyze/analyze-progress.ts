import cliProgress from "cli-progress";

/**
 * Progress of `analyze` over the file's bytes (rows aren't known until the end): a bar on a terminal,
 * a plain line every tenth of the way for logs and CI, as the import progress does.
 */
export function analyzeProgress(out: NodeJS.WriteStream = process.stderr): { update(bytes: number, total: number, rows: number): void; stop(): void } {
  if (out.isTTY) {
    const bar = new cliProgress.SingleBar(
      { stream: out, format: "analyze [{bar}] {percentage}% | {rows} rows", hideCursor: true, clearOnComplete: false },
      cliProgress.Presets.shades_classic,
    );
    let started = false;
    return {
      update: (bytes, total, rows) => {
        if (!started) bar.start(Math.max(total, 1), 0, { rows: 0 });
        started = true;
        bar.update(bytes, { rows: rows.toLocaleString("en") });
      },
      stop: () => {
        if (started) bar.stop();
      },
    };
  }
  let printedTenth = 0;
  return {
    update: (bytes, total) => {
      const tenth = total > 0 ? Math.floor((bytes / total) * 10) : 10;
      if (tenth > printedTenth) {
        printedTenth = tenth;
        out.write(`analyze: ${tenth * 10}% read\n`);
      }
    },
    stop: () => {},
  };
}

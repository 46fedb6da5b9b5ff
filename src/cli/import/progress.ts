import cliProgress from "cli-progress";
import type { ProgressListener } from "./import-result.js";

/** Draws import progress: a bar on a terminal, or a plain line every tenth of the way for logs and CI. */
export function progressReporter(label: string, out: NodeJS.WriteStream = process.stdout): { update: ProgressListener; stop(): void } {
  if (out.isTTY) {
    const bar = new cliProgress.SingleBar(
      { stream: out, format: `${label} [{bar}] {value}/{total} rows`, hideCursor: true, clearOnComplete: false },
      cliProgress.Presets.shades_classic,
    );
    let started = false;
    return {
      update: (done, total) => {
        if (!started) bar.start(total, done);
        started = true;
        bar.update(done);
      },
      stop: () => {
        if (started) bar.stop();
      },
    };
  }
  let printed = -1;
  return {
    update: (done, total) => {
      const step = Math.max(1, Math.ceil(total / 10));
      if (done !== printed && (done % step === 0 || done === total)) {
        out.write(`${label}: ${done}/${total} rows\n`);
        printed = done;
      }
    },
    stop: () => {},
  };
}

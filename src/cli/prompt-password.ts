import { CliError } from "./run.js";

/** Asks for a password on the terminal without echoing it. Ctrl-C aborts the command. */
export function promptHidden(question: string): Promise<string> {
  const input = process.stdin;
  process.stdout.write(question);
  input.setRawMode(true);
  input.setEncoding("utf8");
  input.resume();
  return new Promise((resolve, reject) => {
    let typed = "";
    const finish = (error?: Error) => {
      input.setRawMode(false);
      input.pause();
      input.off("data", onData);
      process.stdout.write("\n");
      if (error) reject(error);
      else resolve(typed);
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === "\r" || char === "\n" || char === "\u0004") return finish();
        if (char === "\u0003") return finish(new CliError("cancelled"));
        if (char === "\u007f" || char === "\b") typed = typed.slice(0, -1);
        else if (char >= " ") typed += char;
      }
    };
    input.on("data", onData);
  });
}

/** Asks twice, so a typo doesn't lock someone out. */
export async function promptNewPassword(): Promise<string> {
  const first = await promptHidden("Password: ");
  const second = await promptHidden("Repeat password: ");
  if (first !== second) throw new CliError("the two passwords differ; nothing was changed");
  return first;
}

/** The first line of piped standard input, for scripts that must keep passwords off the command line. */
export async function readPipedLine(): Promise<string> {
  let text = "";
  for await (const chunk of process.stdin) text += String(chunk);
  const line = text.split(/\r?\n/)[0] ?? "";
  if (!line) throw new CliError("no password given: pass --password, pipe one on stdin, or run in a terminal");
  return line;
}

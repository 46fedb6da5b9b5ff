import { buildProgram } from "./program.js";
import { reportError } from "./run.js";

try {
  await buildProgram().parseAsync(process.argv);
} catch (error) {
  process.exitCode = reportError(error);
}

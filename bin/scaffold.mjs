#!/usr/bin/env node
// Scaffold's command line. Runs the TypeScript sources through tsx, so `npx scaffold …` works in a
// checkout right after `npm ci`, with no build step.
import { register } from "tsx/esm/api";

register();
await import("../src/cli/main.ts");

/** Scaffold's configuration: parsed once from the environment, validated completely, frozen. */
export interface Config {
  readonly port: number;
  readonly host: string;
  readonly databaseUrl: string;
  readonly database: { readonly kind: "sqlite"; readonly path: string } | { readonly kind: "postgres"; readonly url: string };
  /** Seed the demo school on first start. Defaults to on for SQLite, off for PostgreSQL. */
  readonly demo: boolean;
  readonly smtpUrl: string | null;
  readonly publicUrl: string;
  /** When absent, a secret is generated once and kept in the database. */
  readonly sessionSecret: string | null;
  readonly production: boolean;
  readonly logLevel: string;
  /** Sentence similarity in article search (a model shipped in an npm package, ~120 MB of memory). Default on. */
  readonly searchSemantic: boolean;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"];

/** Reads every setting, collecting all problems before failing, so a bad environment is fixed in one go. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const problems: string[] = [];

  const port = parsePort(env.PORT, problems);
  const host = nonEmpty(env.HOST) ?? "127.0.0.1";
  const databaseUrl = nonEmpty(env.DATABASE_URL) ?? "sqlite:./data/scaffold.db";
  const database = parseDatabaseUrl(databaseUrl, problems);
  const demo = parseBoolean("SCAFFOLD_DEMO", env.SCAFFOLD_DEMO, problems) ?? database?.kind === "sqlite";
  const smtpUrl = nonEmpty(env.SMTP_URL) ?? null;
  if (smtpUrl && !/^smtps?:\/\//.test(smtpUrl)) problems.push("SMTP_URL must start with smtp:// or smtps://");
  const publicUrl = (nonEmpty(env.PUBLIC_URL) ?? `http://${host === "0.0.0.0" ? "localhost" : host}:${port}`).replace(/\/+$/, "");
  if (!isHttpUrl(publicUrl)) problems.push(`PUBLIC_URL must be an http(s) URL, got "${env.PUBLIC_URL}"`);
  const sessionSecret = nonEmpty(env.SESSION_SECRET) ?? null;
  if (sessionSecret !== null && sessionSecret.length < 32) problems.push("SESSION_SECRET must be at least 32 characters");
  const logLevel = nonEmpty(env.LOG_LEVEL) ?? "info";
  if (!LOG_LEVELS.includes(logLevel)) problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(", ")}`);

  const searchSemantic = parseBoolean("SEARCH_SEMANTIC", env.SEARCH_SEMANTIC, problems) ?? true;

  if (problems.length > 0 || !database) throw new ConfigError(problems);
  return Object.freeze({
    port,
    host,
    databaseUrl,
    database: Object.freeze(database),
    demo,
    smtpUrl,
    publicUrl,
    sessionSecret,
    production: env.NODE_ENV === "production",
    logLevel,
    searchSemantic,
  });
}

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

function parsePort(raw: string | undefined, problems: string[]): number {
  if (nonEmpty(raw) === undefined) return 3000;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    problems.push(`PORT must be a whole number from 0 to 65535, got "${raw}"`);
    return 3000;
  }
  return port;
}

function parseBoolean(name: string, raw: string | undefined, problems: string[]): boolean | undefined {
  const value = nonEmpty(raw)?.toLowerCase();
  if (value === undefined) return undefined;
  if (value === "1" || value === "true") return true;
  if (value === "0" || value === "false") return false;
  problems.push(`${name} must be 1, true, 0 or false, got "${raw}"`);
  return undefined;
}

function parseDatabaseUrl(url: string, problems: string[]): Config["database"] | undefined {
  if (url.startsWith("sqlite:")) {
    const path = url.slice("sqlite:".length).replace(/^\/\/(?=\/)/, "");
    if (!path) {
      problems.push("DATABASE_URL sqlite: needs a path, e.g. sqlite:./data/scaffold.db");
      return undefined;
    }
    return { kind: "sqlite", path };
  }
  if (/^postgres(ql)?:\/\//.test(url)) return { kind: "postgres", url };
  problems.push(`DATABASE_URL must be sqlite:PATH or postgres://…, got "${url.replace(/\/\/[^@/]*@/, "//***@")}"`);
  return undefined;
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}

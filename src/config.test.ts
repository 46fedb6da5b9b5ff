import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config.js";

describe("configuration", () => {
  it("needs nothing: defaults to SQLite under ./data with the demo on, on 127.0.0.1:3000", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      host: "127.0.0.1",
      databaseUrl: "sqlite:./data/scaffold.db",
      database: { kind: "sqlite", path: "./data/scaffold.db" },
      demo: true,
      smtpUrl: null,
      publicUrl: "http://127.0.0.1:3000",
      sessionSecret: null,
    });
    expect(Object.isFrozen(config)).toBe(true);
  });

  it("turns the demo off by default on PostgreSQL, and reads booleans as 1/true/0/false", () => {
    expect(loadConfig({ DATABASE_URL: "postgres://u@h/db" }).demo).toBe(false);
    expect(loadConfig({ DATABASE_URL: "postgres://u@h/db", SCAFFOLD_DEMO: "true" }).demo).toBe(true);
    expect(loadConfig({ SCAFFOLD_DEMO: "0" }).demo).toBe(false);
  });

  it("lists every problem at once", () => {
    try {
      loadConfig({ PORT: "http", DATABASE_URL: "mysql://x", SCAFFOLD_DEMO: "maybe", SMTP_URL: "mail.example", LOG_LEVEL: "loud" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems;
      expect(problems).toHaveLength(5);
      expect(problems.join("\n")).toMatch(/PORT[\s\S]*DATABASE_URL[\s\S]*SCAFFOLD_DEMO[\s\S]*SMTP_URL[\s\S]*LOG_LEVEL/);
    }
  });

  it("never echoes database credentials in a problem", () => {
    expect(() => loadConfig({ DATABASE_URL: "mysql://admin:hunter2@db/x" })).toThrow(/\*\*\*/);
    expect(() => loadConfig({ DATABASE_URL: "mysql://admin:hunter2@db/x" })).not.toThrow(/hunter2/);
  });

  it("builds PUBLIC_URL from HOST and PORT unless given", () => {
    expect(loadConfig({ HOST: "0.0.0.0", PORT: "8080" }).publicUrl).toBe("http://localhost:8080");
    expect(loadConfig({ PUBLIC_URL: "https://help.school.example/" }).publicUrl).toBe("https://help.school.example");
  });
});

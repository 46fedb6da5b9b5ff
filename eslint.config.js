import js from "@eslint/js";
import tseslint from "typescript-eslint";

/** Layers: core imports no framework, driver, React or outer layer (DESIGN.md "Architecture"). */
const CORE_FORBIDDEN = [
  { group: ["fastify", "@fastify/*", "kysely", "better-sqlite3", "pg", "react", "react-*", "@tanstack/*", "nodemailer", "commander", "node:*"], message: "src/core is pure domain: no frameworks, drivers or I/O." },
  { group: ["**/db/**", "**/api/**", "**/cli/**", "**/web/**", "../../db/*", "../../api/*", "../../cli/*"], message: "src/core must not import outer layers." },
];

export default tseslint.config(
  { ignores: ["node_modules", "web/dist", "dist", "data", "coverage", ".test-output"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
    },
  },
  {
    files: ["src/core/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: CORE_FORBIDDEN }] },
  },
  {
    files: ["src/db/**/*.ts", "src/cli/**/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [{ group: ["**/api/**", "fastify", "react"], message: "db and cli do not depend on the HTTP layer." }] }] },
  },
  {
    files: ["src/db/migrations/*.ts"],
    // Kysely's migration guide: migrations take Kysely<any>, since the app's types change after them.
    rules: {
      "@typescript-eslint/no-explicit-any": "off", "no-restricted-imports": ["error", { patterns: [{ group: ["../*", "!kysely"], message: "Migrations are frozen in time: import only kysely." }] }] },
  },
  {
    files: ["web/src/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { patterns: [{ group: ["**/src/core/**", "**/src/db/**", "**/src/api/**", "fastify", "kysely"], message: "The web app talks to the API only." }] }] },
  },
  {
    files: ["scripts/**/*.mjs", "bin/**/*.mjs"],
    languageOptions: { globals: { process: "readonly", console: "readonly", URL: "readonly" } },
  },
);

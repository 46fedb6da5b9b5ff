import { createHash, randomBytes } from "node:crypto";
import type { Secrets } from "../core/auth/auth.ports.js";

/** URL-safe random tokens; SHA-256 is enough for hashing them since they carry 256 bits of entropy. */
export const nodeSecrets: Secrets = {
  randomToken: (bytes = 32) => randomBytes(bytes).toString("base64url"),
  hash: (token) => createHash("sha256").update(token).digest("hex"),
};

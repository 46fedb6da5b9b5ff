import { hash, verify } from "@node-rs/argon2";
import type { PasswordHasher } from "../core/people/people.ports.js";

/** OWASP's argon2id baseline (argon2id is the library default): 19 MiB memory, 2 iterations, 1 lane. */
const OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export class Argon2PasswordHasher implements PasswordHasher {
  private dummy: Promise<string> | null = null;

  hash(password: string): Promise<string> {
    return hash(password, OPTIONS);
  }

  async verify(stored: string | null, password: string): Promise<boolean> {
    if (stored === null) {
      // Same work as a real check, so a missing account can't be told apart by timing.
      this.dummy ??= hash("no account has this password", OPTIONS);
      await verify(await this.dummy, password).catch(() => false);
      return false;
    }
    return verify(stored, password).catch(() => false);
  }
}

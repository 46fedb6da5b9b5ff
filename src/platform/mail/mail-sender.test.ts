import { describe, expect, it } from "vitest";
import { retryDelayMs } from "./mail-sender.js";
import { describeSendError } from "./smtp-transport.js";

describe("mail retries", () => {
  it("backs off 1, 2, 4 … minutes and never waits more than an hour", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((n) => retryDelayMs(n) / 60_000)).toEqual([1, 2, 4, 8, 16, 32, 60, 60]);
  });

  it("stores errors without the SMTP password", () => {
    const url = "smtp://mailer:s3cr%21t@mail.school.example:587";
    const message = describeSendError(new Error("Invalid login for smtp://mailer:s3cr!t@mail.school.example (s3cr!t)"), url);
    expect(message).not.toContain("s3cr");
    expect(message).toContain("Invalid login");
  });
});

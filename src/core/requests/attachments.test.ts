import { describe, expect, it } from "vitest";
import { cleanFilename, sniffType } from "./attachments.js";

const bytes = (...values: number[]) => new Uint8Array(values);

describe("attachment checks", () => {
  it("recognises images and PDFs by their first bytes, not their names", () => {
    expect(sniffType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0))).toBe("image/png");
    expect(sniffType(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe("image/jpeg");
    expect(sniffType(new TextEncoder().encode("%PDF-1.7\n"))).toBe("application/pdf");
    expect(sniffType(new TextEncoder().encode("<html><script>alert(1)</script>"))).toBeNull();
    expect(sniffType(bytes(0x4d, 0x5a))).toBeNull(); // a Windows executable
  });

  it("keeps a readable file name without paths or control characters", () => {
    expect(cleanFilename("C:\\Users\\me\\screen shot.png")).toBe("screen shot.png");
    expect(cleanFilename("../../etc/passwd")).toBe("passwd");
    expect(cleanFilename('bad"\u0000name.pdf')).toBe("badname.pdf");
    expect(cleanFilename("")).toBe("file");
  });
});

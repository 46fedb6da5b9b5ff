import { describe, expect, it } from "vitest";
import { safeCell } from "./csv-cell.js";

describe("CSV cells", () => {
  it("defuses text a spreadsheet would run as a formula, and leaves the rest alone", () => {
    expect(["=HYPERLINK(\"x\")", "+1", "-2", "@SUM(A1)", "\tx", "Projector"].map(safeCell)).toEqual(["'=HYPERLINK(\"x\")", "'+1", "'-2", "'@SUM(A1)", "'\tx", "Projector"]);
    expect(safeCell(-3)).toBe(-3);
    expect(safeCell(null)).toBe("");
  });
});

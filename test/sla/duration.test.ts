import { describe, expect, it } from "vitest";
import { parseDuration } from "../../src/sla/duration.js";

describe("parseDuration", () => {
  it.each([
    ["30m", 1800],
    ["4h", 14400],
    ["2d", 172800], // 2d = 48 hours of counted time, not two calendar days
    ["1h30m", 5400],
    ["1w", 604800],
    ["1d2h3m4s", 86400 + 7200 + 180 + 4],
    ["PT4H", 14400],
    ["PT30M", 1800],
    ["P2D", 172800],
    ["P1W", 604800],
    ["P1DT12H", 129600],
    ["0m", 0],
  ])("%s is %i seconds", (text, seconds) => {
    expect(parseDuration(text)).toBe(seconds);
  });

  it.each(["", "P", "PT", "4 hours", "1.5h", "h", "-30m", "30M", "P1M", "PT", "30m4h", 30, null])(
    "%j is not a duration",
    (text) => {
      expect(parseDuration(text)).toBeNull();
    },
  );
});

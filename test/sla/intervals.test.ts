import { describe, expect, it } from "vitest";
import { clip, intersect, subtract, totalLength, union } from "../../src/sla/intervals.js";

describe("intervals", () => {
  it("merges overlapping and touching intervals and drops empty ones", () => {
    expect(
      union([
        [5, 9],
        [1, 3],
        [3, 4],
        [8, 12],
        [20, 20],
      ]),
    ).toEqual([
      [1, 4],
      [5, 12],
    ]);
  });
  it("clips to a window", () => {
    expect(
      clip(
        [
          [0, 10],
          [15, 30],
          [40, 50],
        ],
        5,
        20,
      ),
    ).toEqual([
      [5, 10],
      [15, 20],
    ]);
  });
  it("intersects", () => {
    expect(
      intersect(
        [
          [0, 10],
          [20, 30],
        ],
        [[5, 25]],
      ),
    ).toEqual([
      [5, 10],
      [20, 25],
    ]);
  });
  it("subtracts holes from the middle and both ends", () => {
    expect(
      subtract(
        [[0, 100]],
        [
          [-5, 10],
          [40, 50],
          [90, 200],
        ],
      ),
    ).toEqual([
      [10, 40],
      [50, 90],
    ]);
  });
  it("counts overlaps once", () => {
    expect(
      totalLength([
        [0, 10],
        [5, 15],
      ]),
    ).toBe(15);
  });
});

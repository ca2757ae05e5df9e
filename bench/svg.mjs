// A tiny SVG plot builder for docs/benchmarks.svg: one log-log panel per command, time against
// repository size, the engine's lines solid and the reference tools' dashed. No dependencies, so
// the picture is byte-for-byte the same for the same figures.

const W = 440;
const H = 300;
const M = { left: 62, right: 14, top: 30, bottom: 44 };
const COLORS = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b"];
const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const decades = (lo, hi) => {
  const out = [];
  for (let e = Math.floor(Math.log10(lo)); e <= Math.ceil(Math.log10(hi)); e++) out.push(10 ** e);
  return out;
};
const msLabel = (ms) => (ms >= 1000 ? `${ms / 1000} s` : `${ms} ms`);
const countLabel = (n) => (n >= 1000 ? `${n / 1000}k` : String(n));

/** One panel: { title, series: [{ name, dashed, points: [[records, ms]] }] } at (x0, y0). */
function panel({ title, series }, x0, y0) {
  const pts = series.flatMap((s) => s.points);
  if (pts.length === 0) return "";
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  const [xlo, xhi] = [Math.min(...xs) / 1.5, Math.max(...xs) * 1.5];
  const [ylo, yhi] = [
    10 ** Math.floor(Math.log10(Math.min(...ys))),
    10 ** Math.ceil(Math.log10(Math.max(...ys))),
  ];
  const pw = W - M.left - M.right;
  const ph = H - M.top - M.bottom;
  const sx = (x) => x0 + M.left + (pw * Math.log(x / xlo)) / Math.log(xhi / xlo);
  const sy = (y) => y0 + M.top + ph - (ph * Math.log(y / ylo)) / Math.log(yhi / ylo);
  const out = [`<text x="${x0 + M.left}" y="${y0 + 18}" font-weight="bold">${esc(title)}</text>`];
  out.push(
    `<rect x="${x0 + M.left}" y="${y0 + M.top}" width="${pw}" height="${ph}" fill="none" stroke="#999"/>`,
  );
  for (const y of decades(ylo, yhi).filter((v) => v >= ylo && v <= yhi)) {
    out.push(
      `<line x1="${x0 + M.left}" x2="${x0 + M.left + pw}" y1="${sy(y)}" y2="${sy(y)}" stroke="#eee"/>`,
    );
    out.push(
      `<text x="${x0 + M.left - 6}" y="${sy(y) + 4}" text-anchor="end" font-size="11">${msLabel(y)}</text>`,
    );
  }
  for (const x of [...new Set(xs)].sort((a, b) => a - b)) {
    out.push(`<line x1="${sx(x)}" x2="${sx(x)}" y1="${y0 + M.top}" y2="${y0 + M.top + ph}" stroke="#eee"/>`);
    out.push(
      `<text x="${sx(x)}" y="${y0 + M.top + ph + 16}" text-anchor="middle" font-size="11">${countLabel(x)}</text>`,
    );
  }
  out.push(
    `<text x="${x0 + M.left + pw / 2}" y="${y0 + H - 8}" text-anchor="middle" font-size="11">records (log)</text>`,
  );
  out.push(
    `<text transform="translate(${x0 + 14} ${y0 + M.top + ph / 2}) rotate(-90)" text-anchor="middle" font-size="11">wall time (log)</text>`,
  );
  series.forEach((s, i) => {
    const color = COLORS[i % COLORS.length];
    const p = s.points.map(([x, y]) => `${sx(x).toFixed(1)},${sy(y).toFixed(1)}`);
    const dash = s.dashed ? ' stroke-dasharray="5 4"' : "";
    if (p.length > 1)
      out.push(`<polyline points="${p.join(" ")}" fill="none" stroke="${color}" stroke-width="2"${dash}/>`);
    for (const q of p)
      out.push(`<circle cx="${q.split(",")[0]}" cy="${q.split(",")[1]}" r="3" fill="${color}"/>`);
    const ly = y0 + M.top + 12 + i * 15;
    const lx = x0 + M.left + 8;
    out.push(
      `<line x1="${lx}" x2="${lx + 20}" y1="${ly - 4}" y2="${ly - 4}" stroke="${color}" stroke-width="2"${dash}/>`,
    );
    out.push(`<text x="${lx + 26}" y="${ly}" font-size="11">${esc(s.name)}</text>`);
  });
  return out.join("\n");
}

/** The whole picture: panels two to a row. */
export function plotSvg(title, panels) {
  const cols = 2;
  const rows = Math.ceil(panels.length / cols);
  const width = cols * W;
  const height = rows * H + 30;
  const body = panels.map((p, i) => panel(p, (i % cols) * W, 30 + Math.floor(i / cols) * H));
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" font-size="12" role="img" aria-label="${esc(title)}">
<title>${esc(title)}</title>
<rect width="100%" height="100%" fill="#fff"/>
<text x="${width / 2}" y="20" text-anchor="middle" font-size="14" font-weight="bold">${esc(title)}</text>
${body.join("\n")}
</svg>
`;
}

// A small force-directed layout (Fruchterman–Reingold with cooling): nodes repel, edges pull, a weak gravity keeps
// the graph centred. Deterministic: nodes start on a circle, so the same network draws the same way.
export interface LayoutNode { x: number; y: number }

export function forceLayout(n: number, edges: { a: number; b: number; w: number }[], width: number, height: number, iterations = 300): LayoutNode[] {
  const k = Math.sqrt((width * height) / Math.max(1, n)) * 0.6;
  const pos: LayoutNode[] = Array.from({ length: n }, (_, i) => ({
    x: width / 2 + (width / 3) * Math.cos((2 * Math.PI * i) / n),
    y: height / 2 + (height / 3) * Math.sin((2 * Math.PI * i) / n),
  }));
  const dx = new Float64Array(n);
  const dy = new Float64Array(n);
  let temp = width / 10;
  for (let it = 0; it < iterations; it++) {
    dx.fill(0);
    dy.fill(0);
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        let x = pos[i].x - pos[j].x;
        let y = pos[i].y - pos[j].y;
        let d = Math.hypot(x, y);
        if (d < 0.01) { x = 0.01 * (i - j); y = 0.01; d = Math.hypot(x, y); }
        const f = (k * k) / d;
        dx[i] += (x / d) * f; dy[i] += (y / d) * f;
        dx[j] -= (x / d) * f; dy[j] -= (y / d) * f;
      }
    }
    for (const e of edges) {
      const x = pos[e.a].x - pos[e.b].x;
      const y = pos[e.a].y - pos[e.b].y;
      const d = Math.max(0.01, Math.hypot(x, y));
      const f = ((d * d) / k) * Math.min(3, 1 + Math.log(e.w));
      dx[e.a] -= (x / d) * f; dy[e.a] -= (y / d) * f;
      dx[e.b] += (x / d) * f; dy[e.b] += (y / d) * f;
    }
    for (let i = 0; i < n; i++) {
      dx[i] += (width / 2 - pos[i].x) * 0.05 * k / 10;
      dy[i] += (height / 2 - pos[i].y) * 0.05 * k / 10;
      const d = Math.max(0.01, Math.hypot(dx[i], dy[i]));
      const step = Math.min(d, temp);
      pos[i].x += (dx[i] / d) * step;
      pos[i].y += (dy[i] / d) * step;
    }
    temp *= 0.985;
  }
  return fit(pos, width, height, 60);
}

/** Scales the layout into the box, keeping a margin for labels. */
function fit(pos: LayoutNode[], width: number, height: number, margin: number): LayoutNode[] {
  if (!pos.length) return pos;
  const xs = pos.map((p) => p.x);
  const ys = pos.map((p) => p.y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const sx = (width - 2 * margin) / Math.max(1, x1 - x0);
  const sy = (height - 2 * margin) / Math.max(1, y1 - y0);
  return pos.map((p) => ({ x: margin + (p.x - x0) * sx, y: margin + (p.y - y0) * sy }));
}

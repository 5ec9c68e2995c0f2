// All charts of the page stacked into one PNG, on the theme's background so it reads outside VS Code.
export function chartsAsPng(canvases: HTMLCanvasElement[], background: string): string | undefined {
  const drawn = canvases.filter((c) => c.width > 0 && c.height > 0);
  if (!drawn.length) return undefined;
  const gap = 24;
  const out = document.createElement('canvas');
  out.width = Math.max(...drawn.map((c) => c.width)) + 2 * gap;
  out.height = drawn.reduce((h, c) => h + c.height + gap, gap);
  const g = out.getContext('2d');
  if (!g) return undefined;
  g.fillStyle = background;
  g.fillRect(0, 0, out.width, out.height);
  let y = gap;
  for (const c of drawn) {
    g.drawImage(c, gap, y);
    y += c.height + gap;
  }
  return out.toDataURL('image/png');
}

// Chart colours and font from the workbench theme (the --vscode-* variables VS Code sets on the page).
export interface Theme {
  foreground: string;
  background: string;
  grid: string;
  met: string;
  missed: string;
  target: string;
  line: string;
  font: string;
  highContrast: boolean;
}

// Chinese glyphs must render even when the workbench font has none.
const CJK_FALLBACK = '"Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif';

function cssVar(style: CSSStyleDeclaration, name: string, fallback: string): string {
  return style.getPropertyValue(name).trim() || fallback;
}

export function readTheme(): Theme {
  const style = getComputedStyle(document.documentElement);
  const highContrast = document.body.classList.contains('vscode-high-contrast') || document.body.classList.contains('vscode-high-contrast-light');
  const foreground = cssVar(style, '--vscode-editor-foreground', '#333');
  const family = cssVar(style, '--vscode-font-family', '');
  return {
    foreground,
    background: cssVar(style, '--vscode-editor-background', '#fff'),
    grid: highContrast ? foreground : cssVar(style, '--vscode-charts-lines', 'rgba(128,128,128,0.35)'),
    met: cssVar(style, '--vscode-charts-green', '#388a34'),
    missed: cssVar(style, '--vscode-charts-red', '#e51400'),
    target: cssVar(style, '--vscode-charts-foreground', foreground),
    line: cssVar(style, '--vscode-charts-blue', '#1a85ff'),
    font: family ? `${family}, ${CJK_FALLBACK}` : CJK_FALLBACK,
    highContrast,
  };
}

/**
 * Calls `onChange` when the workbench switches theme: VS Code swaps the body class
 * (vscode-light | vscode-dark | vscode-high-contrast) and rewrites the --vscode-* variables on <html>.
 */
export function watchTheme(onChange: () => void): void {
  let pending = false;
  const observer = new MutationObserver(() => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      onChange();
    });
  });
  observer.observe(document.body, { attributes: true, attributeFilter: ['class'] });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['style', 'class'] });
}

/** A translucent version of a #rrggbb colour (other colour forms are returned as they are). */
export function withAlpha(color: string, alpha: number): string {
  if (!/^#[0-9a-f]{6}$/i.test(color)) return color;
  return color + Math.round(alpha * 255).toString(16).padStart(2, '0');
}

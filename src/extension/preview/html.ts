// The page shell: everything it loads comes from dist/, scripts only with this load's nonce.
import * as vscode from 'vscode';
import { languageTag, type Locale } from '../../core/i18n';
import { t } from '../../core/preview/strings';

/** The only folder the page may load from: the bundles (webview.js, webview.css). */
export function bundleRoot(extensionUri: vscode.Uri): vscode.Uri {
  return vscode.Uri.joinPath(extensionUri, 'dist');
}

export function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions {
  return { enableScripts: true, localResourceRoots: [bundleRoot(extensionUri)] };
}

/** A page of ours: `script` and `style` from dist/, the script only with this load's nonce. */
export function pageHtml(webview: vscode.Webview, extensionUri: vscode.Uri, locale: Locale, page: { script: string; style: string; title: string; loading: string }): string {
  const nonce = btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
  const src = webview.cspSource;
  const asset = (name: string) => webview.asWebviewUri(vscode.Uri.joinPath(bundleRoot(extensionUri), name)).toString();
  const csp = `default-src 'none'; img-src ${src} data:; style-src ${src}; script-src 'nonce-${nonce}'; font-src ${src};`;
  return `<!DOCTYPE html>
<html lang="${languageTag(locale)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${asset(page.style)}">
<title>${page.title}</title>
</head>
<body>
<main id="root" aria-live="polite"><p>${page.loading}</p></main>
<script nonce="${nonce}" src="${asset(page.script)}"></script>
</body>
</html>`;
}

export function previewHtml(webview: vscode.Webview, extensionUri: vscode.Uri, locale: Locale): string {
  return pageHtml(webview, extensionUri, locale, { script: 'webview.js', style: 'webview.css', title: t(locale, 'panelTitleEmpty'), loading: t(locale, 'loading') });
}

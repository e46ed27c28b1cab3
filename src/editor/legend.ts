// `Seed Reader: Show Legend`: what each highlight means, drawn in its theme colour, with the setting that turns it
// on or off. A webview (its CSS sees every theme colour as `--vscode-seedReader-*`, so the legend always matches the
// editor); the status bar item's tooltip carries the same list in words. `legendEntries()` and `legendHtml()` are pure.
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { CMD, UI, VSCODE_CMD } from './ids';
import { settingId } from './config';

export interface LegendEntry {
  /** What the reader sees, e.g. `Quote`. */
  label: string;
  /** A short sample drawn like the layer. */
  sample: string;
  /** What it means. */
  meaning: string;
  /** CSS of the sample (theme colours as CSS variables). */
  css: string;
  /** The setting that turns it on or off. */
  setting: string;
}

const v = (id: string) => `var(--vscode-seedReader-${id})`;

export function legendEntries(): LegendEntry[] {
  return [
    {
      label: vscode.l10n.t('Quote'), sample: 'We have some things…', meaning: vscode.l10n.t('words the article quotes (tinted, italic, a bar on the left)'),
      css: `background:${v('quoteBackground')};font-style:italic;border-left:3px solid ${v('quoteBar')};padding-left:2px`, setting: settingId('highlight.quotes'),
    },
    { label: vscode.l10n.t('Cue'), sample: 'said', meaning: vscode.l10n.t('the word that introduces a quote'), css: `color:${v('cueForeground')};font-weight:600;text-decoration:underline dotted`, setting: settingId('highlight.quotes') },
    { label: vscode.l10n.t('Speaker'), sample: 'Mr. Clark', meaning: vscode.l10n.t('someone who is quoted'), css: `color:${v('speakerForeground')};background:${v('speakerBackground')};font-weight:bold`, setting: settingId('highlight.speakers') },
    {
      label: vscode.l10n.t('Guessed speaker'), sample: 'he', meaning: vscode.l10n.t('the speaker was guessed (low confidence): “probably” in hints and cards'),
      css: `color:${v('speakerForeground')};background:${v('speakerBackground')};font-weight:bold;text-decoration:underline dashed`, setting: settingId('highlight.speakers'),
    },
    {
      label: vscode.l10n.t('Who said it'), sample: '— Wesley Clark', meaning: vscode.l10n.t('inlay hint after a quote; click the name to go to the attribution'),
      css: 'color:var(--vscode-editorInlayHint-foreground);background:var(--vscode-editorInlayHint-background);border-radius:3px;padding:0 3px', setting: settingId('inlayHints.speakers'),
    },
    { label: vscode.l10n.t('Person'), sample: 'Annalena Baerbock', meaning: vscode.l10n.t('a person who is mentioned'), css: `color:${v('personForeground')}`, setting: settingId('highlight.people') },
    { label: vscode.l10n.t('Organization'), sample: 'NATO', meaning: vscode.l10n.t('an organization'), css: `color:${v('organizationForeground')}`, setting: settingId('highlight.organizations') },
    { label: vscode.l10n.t('Place'), sample: 'Ukraine', meaning: vscode.l10n.t('a place'), css: `color:${v('placeForeground')}`, setting: settingId('highlight.places') },
    { label: vscode.l10n.t('Date'), sample: 'Thursday', meaning: vscode.l10n.t('a date or day'), css: `color:${v('dateForeground')}`, setting: settingId('highlight.dates') },
    { label: vscode.l10n.t('Other'), sample: '$40 million', meaning: vscode.l10n.t('money, percentages, nationalities and groups (off by default)'), css: `color:${v('otherEntityForeground')};text-decoration:underline dotted`, setting: settingId('highlight.other') },
  ];
}

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The legend page. `nonce` allows its one style element under a strict CSP. */
export function legendHtml(entries: LegendEntry[] = legendEntries(), nonce = 'legend'): string {
  // Each sample's style is a class in the one nonce'd style element (a CSP with a nonce ignores style attributes).
  const classes = entries.map((e, i) => `.sample.s${i} { ${e.css.replace(/[<>]/g, '')}; }`).join('\n');
  const rows = entries.map((e, i) => {
    const link = `command:${VSCODE_CMD.openSettings}?${encodeURIComponent(JSON.stringify([e.setting]))}`;
    return `<tr><td class="look"><span class="sample s${i}">${esc(e.sample)}</span></td>`
      + `<td><strong>${esc(e.label)}</strong>: ${esc(e.meaning)}<br><a href="${esc(link)}" title="${esc(vscode.l10n.t('Open this setting'))}"><code>${esc(e.setting)}</code></a></td></tr>`;
  });
  return `<!DOCTYPE html>
<html lang="${esc(vscode.env.language || 'en')}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-${nonce}';">
<title>${esc(vscode.l10n.t('Seed Reader Legend'))}</title>
<style nonce="${nonce}">
body { font-family: var(--vscode-font-family); color: var(--vscode-foreground); padding: 0 16px; }
table { border-collapse: collapse; }
th, td { text-align: left; padding: 6px 10px; border-bottom: 1px solid var(--vscode-panel-border, #8884); vertical-align: top; }
th { font-weight: 600; }
td.look { width: 1%; }
.sample { font-family: var(--vscode-editor-font-family); font-size: var(--vscode-editor-font-size); white-space: nowrap; }
p { color: var(--vscode-descriptionForeground); }
${classes}
</style></head>
<body>
<h2>${esc(vscode.l10n.t('Seed Reader legend'))}</h2>
<table id="legend">
<thead><tr><th>${esc(vscode.l10n.t('Looks like'))}</th><th>${esc(vscode.l10n.t('Means · turn it on or off'))}</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody></table>
<p>${legendNote()}</p>
</body></html>`;
}

/** A translated message, HTML-escaped, with the HTML pieces put in place of its `{0}`, `{1}`… */
function htmlMessage(translated: string, ...html: string[]): string {
  return esc(translated).replace(/\{(\d+)\}/g, (m, i: string) => html[Number(i)] ?? m);
}

/** The paragraph under the legend (HTML). */
function legendNote(): string {
  const code = (s: string) => `<code>${esc(s)}</code>`;
  return [
    htmlMessage(vscode.l10n.t('Colours are theme colours ({0}); change them in {1}.', '{0}', '{1}'), code('seedReader.*'), code('workbench.colorCustomizations')),
    htmlMessage(vscode.l10n.t('{0} (the eye in the editor title) hides every layer for this window.', '{0}'), code(vscode.l10n.t('Seed Reader: Toggle Highlights'))),
    esc(vscode.l10n.t('Hover a name for its card; a quote\'s speaker shows after it, with “probably” when it is a guess.')),
  ].join('\n');
}

/** The same legend in words, for the status bar item's tooltip. */
export function legendMarkdown(entries: LegendEntry[] = legendEntries()): string {
  return entries.map((e) => `- **${e.label}** — ${e.meaning} (\`${e.setting}\`)`).join('\n');
}

let panel: vscode.WebviewPanel | undefined;

export function showLegend(): vscode.WebviewPanel {
  if (panel) {
    panel.reveal(vscode.ViewColumn.Beside, true);
    return panel;
  }
  panel = vscode.window.createWebviewPanel(UI.legendView, vscode.l10n.t('Seed Reader Legend'), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
    enableCommandUris: [VSCODE_CMD.openSettings],
    enableScripts: false,
  });
  panel.webview.html = legendHtml(legendEntries(), randomBytes(16).toString('base64'));
  panel.onDidDispose(() => (panel = undefined));
  return panel;
}

export function registerLegend(context: vscode.ExtensionContext): void {
  context.subscriptions.push(vscode.commands.registerCommand(CMD.showLegend, () => void showLegend()));
}

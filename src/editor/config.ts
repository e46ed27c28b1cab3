// The settings of Seed Reader, typed: one function per setting, its default in one place (DEFAULTS, the same as
// package.json's, which a unit test checks), read with the scope of the document it applies to (a folder's settings
// win for its seeds). A value of the wrong type (a hand-edited settings.json) reads as the default.
import * as vscode from 'vscode';

export const SECTION = 'seedReader';

/** Every setting under `seedReader.` with its default. */
export const DEFAULTS = {
  'detectSeedFiles': true,
  'highlight.enabled': true,
  'highlight.quotes': true,
  'highlight.speakers': true,
  'highlight.people': true,
  'highlight.organizations': true,
  'highlight.places': true,
  'highlight.dates': true,
  'highlight.other': false,
  'inlayHints.speakers': true,
  'speakerConfidenceThreshold': 0,
  'maxFileSizeMB': 20,
  'analysisDelay': 300,
  'statusBar.enabled': true,
  'export.csvBom': true,
  'export.csvRaw': false,
  'export.defaultFormat': 'json',
  'corrections.enabled': true,
  'corpus.autoIndex': false,
} as const;

export type SettingKey = keyof typeof DEFAULTS;
type Value<K extends SettingKey> = (typeof DEFAULTS)[K] extends boolean ? boolean : (typeof DEFAULTS)[K] extends number ? number : string;

/** The full id of a setting (`seedReader.maxFileSizeMB`), for `affectsConfiguration` and `openSettings`. */
export function settingId(key: SettingKey): string {
  return `${SECTION}.${key}`;
}

/** A setting's value for `scope` (a document, its URI or a folder), or its default when unset or of the wrong type. */
export function setting<K extends SettingKey>(key: K, scope?: vscode.ConfigurationScope): Value<K> {
  const def = DEFAULTS[key] as Value<K>;
  let value: unknown;
  try {
    value = vscode.workspace.getConfiguration(SECTION, scope).get<unknown>(key);
  } catch {
    return def;
  }
  if (typeof value !== typeof def) return def;
  if (typeof value === 'number' && !Number.isFinite(value)) return def;
  return value as Value<K>;
}

/** True when a configuration change touches `key` (or, for a prefix like `highlight`, any setting under it). */
export function affects(e: vscode.ConfigurationChangeEvent, key: SettingKey | 'highlight' | 'inlayHints', scope?: vscode.ConfigurationScope): boolean {
  return scope === undefined ? e.affectsConfiguration(`${SECTION}.${key}`) : e.affectsConfiguration(`${SECTION}.${key}`, scope);
}

export const detectSeedFiles = (scope?: vscode.ConfigurationScope): boolean => setting('detectSeedFiles', scope);
export const inlayHintsSpeakers = (scope?: vscode.ConfigurationScope): boolean => setting('inlayHints.speakers', scope);
/** `seedReader.speakerConfidenceThreshold`, clamped to 0..1. */
export const speakerConfidenceThreshold = (scope?: vscode.ConfigurationScope): number =>
  Math.max(0, Math.min(1, setting('speakerConfidenceThreshold', scope)));
/** `seedReader.maxFileSizeMB` (0: no limit; a negative value counts as 0). */
export const maxFileSizeMB = (scope?: vscode.ConfigurationScope): number => Math.max(0, setting('maxFileSizeMB', scope));
export const analysisDelay = (scope?: vscode.ConfigurationScope): number => Math.max(0, setting('analysisDelay', scope));
export const statusBarEnabled = (scope?: vscode.ConfigurationScope): boolean => setting('statusBar.enabled', scope);
export const exportCsvBom = (scope?: vscode.ConfigurationScope): boolean => setting('export.csvBom', scope);
export const exportCsvRaw = (scope?: vscode.ConfigurationScope): boolean => setting('export.csvRaw', scope);
export const exportDefaultFormat = (scope?: vscode.ConfigurationScope): string => setting('export.defaultFormat', scope);
export const correctionsEnabled = (scope?: vscode.ConfigurationScope): boolean => setting('corrections.enabled', scope);
export const corpusAutoIndex = (scope?: vscode.ConfigurationScope): boolean => setting('corpus.autoIndex', scope);

/** The highlight settings (`seedReader.highlight.*`). */
export interface HighlightSettings {
  enabled: boolean;
  quotes: boolean;
  speakers: boolean;
  people: boolean;
  organizations: boolean;
  places: boolean;
  dates: boolean;
  other: boolean;
}

export const DEFAULT_HIGHLIGHTS: HighlightSettings = {
  enabled: DEFAULTS['highlight.enabled'], quotes: DEFAULTS['highlight.quotes'], speakers: DEFAULTS['highlight.speakers'],
  people: DEFAULTS['highlight.people'], organizations: DEFAULTS['highlight.organizations'], places: DEFAULTS['highlight.places'],
  dates: DEFAULTS['highlight.dates'], other: DEFAULTS['highlight.other'],
};

export function highlightSettings(scope?: vscode.ConfigurationScope): HighlightSettings {
  const out = { ...DEFAULT_HIGHLIGHTS };
  for (const k of Object.keys(out) as (keyof HighlightSettings)[]) out[k] = setting(`highlight.${k}`, scope);
  return out;
}

// Pure logic (no `vscode` import) so the unit tests run in plain Node: what the user set under
// `reportlint.*` and what the server receives for `workspace/configuration` (section `reportlint`).

export type Severity = 'off' | 'info' | 'warning' | 'error';
export type MessageLanguage = 'vi' | 'en';
export type ToneStyle = 'traditional' | 'modern';

/** The `reportlint.*` settings as read from VS Code (values may be anything the user typed). */
export interface RawSettings {
  enable?: unknown;
  languages?: unknown;
  rules?: unknown;
  toneStyle?: unknown;
  language?: unknown;
  words?: unknown;
}

/** The section the server reads (see the server's ClientSettings: unknown keys are ignored there). */
export interface ServerSettings {
  enable: boolean;
  language: MessageLanguage;
  rules: Record<string, Severity | { severity?: Severity; [option: string]: unknown }>;
  toneStyle?: ToneStyle;
  words: string[];
}

export const BASE_LANGUAGES: readonly string[] = ['plaintext', 'markdown'];
const SEVERITIES: readonly string[] = ['off', 'info', 'warning', 'error'];
// Language ids are plain identifiers; anything else is a typo that would only confuse the selector.
const LANGUAGE_ID = /^[A-Za-z0-9_.+-]+$/;

/** `auto` (or anything unknown) follows VS Code's display language: Vietnamese only for `vi*`. */
export function resolveMessageLanguage(setting: unknown, displayLanguage: string | undefined): MessageLanguage {
  if (setting === 'vi' || setting === 'en') {
    return setting;
  }
  return (displayLanguage ?? '').trim().toLowerCase().startsWith('vi') ? 'vi' : 'en';
}

/** plaintext and markdown always, then the extra ids of `reportlint.languages`, without duplicates. */
export function lintedLanguages(extra: unknown): string[] {
  const result = [...BASE_LANGUAGES];
  if (Array.isArray(extra)) {
    for (const id of extra) {
      if (typeof id === 'string' && LANGUAGE_ID.test(id.trim()) && !result.includes(id.trim())) {
        result.push(id.trim());
      }
    }
  }
  return result;
}

export interface SelectorEntry {
  scheme: string;
  language: string;
}

/** Saved files and untitled buffers; other schemes (git diffs, output panes) are not drafts. */
export function documentSelector(languages: readonly string[]): SelectorEntry[] {
  return languages.flatMap(language => [
    { scheme: 'file', language },
    { scheme: 'untitled', language },
  ]);
}

export function matchesSelector(languages: readonly string[], languageId: string, scheme: string): boolean {
  return (scheme === 'file' || scheme === 'untitled') && languages.includes(languageId);
}

/**
 * Severities are passed as typed (id or rule name, lower-cased severity); objects keep their
 * options. Entries that can never be valid are dropped here so one typo does not hide the rest;
 * the server still reports unknown rule names itself.
 */
export function normalizeRules(rules: unknown): ServerSettings['rules'] {
  const result: ServerSettings['rules'] = {};
  if (rules === null || typeof rules !== 'object' || Array.isArray(rules)) {
    return result;
  }
  for (const [key, value] of Object.entries(rules as Record<string, unknown>)) {
    const name = key.trim();
    if (name === '') {
      continue;
    }
    if (typeof value === 'string' && SEVERITIES.includes(value.trim().toLowerCase())) {
      result[name] = value.trim().toLowerCase() as Severity;
    } else if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      const entry = { ...(value as Record<string, unknown>) };
      if (typeof entry.severity === 'string') {
        const severity = entry.severity.trim().toLowerCase();
        if (!SEVERITIES.includes(severity)) {
          continue;
        }
        entry.severity = severity;
      }
      result[name] = entry as { severity?: Severity };
    }
  }
  return result;
}

/**
 * Words are compared with the text the server reads, which is NFC: a list typed on a system that
 * produces decomposed Vietnamese (NFD) would otherwise never match.
 */
export function normalizeWords(words: unknown): string[] {
  if (!Array.isArray(words)) {
    return [];
  }
  const seen = new Set<string>();
  for (const word of words) {
    if (typeof word === 'string') {
      const clean = word.normalize('NFC').trim();
      if (clean !== '') {
        seen.add(clean);
      }
    }
  }
  return [...seen];
}

export function toServerSettings(raw: RawSettings, displayLanguage: string | undefined): ServerSettings {
  const settings: ServerSettings = {
    enable: raw.enable !== false,
    language: resolveMessageLanguage(raw.language, displayLanguage),
    rules: normalizeRules(raw.rules),
    words: normalizeWords(raw.words),
  };
  if (raw.toneStyle === 'traditional' || raw.toneStyle === 'modern') {
    settings.toneStyle = raw.toneStyle;
  }
  return settings;
}

/**
 * The answer to a `workspace/configuration` request: items asking for the `reportlint` section get
 * the normalized settings, other items keep what VS Code answered.
 */
export function answerConfiguration(
  items: readonly { section?: string }[],
  vscodeAnswer: readonly unknown[],
  section: string,
  settings: ServerSettings,
): unknown[] {
  return items.map((item, i) => (item.section === section ? settings : vscodeAnswer[i] ?? null));
}

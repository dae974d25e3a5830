// The status-bar item's text and tooltip for the active document.
import type { MessageLanguage } from './settings';

export interface FindingCounts {
  errors: number;
  warnings: number;
  infos: number;
}

export type ServerState = 'starting' | 'running' | 'stopped' | 'disabled';

export interface StatusText {
  text: string;
  tooltip: string;
}

export function countFindings(severities: Iterable<number>): FindingCounts {
  // vscode.DiagnosticSeverity: Error 0, Warning 1, Information 2, Hint 3.
  const counts: FindingCounts = { errors: 0, warnings: 0, infos: 0 };
  for (const severity of severities) {
    if (severity === 0) {
      counts.errors++;
    } else if (severity === 1) {
      counts.warnings++;
    } else {
      counts.infos++;
    }
  }
  return counts;
}

export function statusText(counts: FindingCounts, state: ServerState, language: MessageLanguage): StatusText {
  const vi = language === 'vi';
  switch (state) {
    case 'starting':
      return { text: '$(sync~spin) ReportLint', tooltip: vi ? 'Đang khởi động máy chủ ReportLint…' : 'Starting the ReportLint server…' };
    case 'stopped':
      return {
        text: '$(error) ReportLint',
        tooltip: vi ? 'Máy chủ ReportLint đã dừng. Bấm để xem kênh đầu ra.' : 'The ReportLint server is stopped. Click for the output channel.',
      };
    case 'disabled':
      return { text: '$(circle-slash) ReportLint', tooltip: vi ? 'ReportLint đang tắt (reportlint.enable).' : 'ReportLint is disabled (reportlint.enable).' };
    case 'running':
      break;
  }
  const total = counts.errors + counts.warnings + counts.infos;
  if (total === 0) {
    return { text: '$(check) ReportLint', tooltip: vi ? 'ReportLint: không có phát hiện nào' : 'ReportLint: no findings' };
  }
  const icon = counts.errors > 0 ? '$(error)' : counts.warnings > 0 ? '$(warning)' : '$(info)';
  const parts = vi
    ? [`${counts.errors} lỗi`, `${counts.warnings} cảnh báo`, `${counts.infos} gợi ý`]
    : [plural(counts.errors, 'error'), plural(counts.warnings, 'warning'), plural(counts.infos, 'info')];
  const heading = vi ? `ReportLint: ${total} phát hiện` : `ReportLint: ${plural(total, 'finding')}`;
  const action = vi ? 'Bấm để mở bảng Problems.' : 'Click to open the Problems panel.';
  return { text: `${icon} ReportLint: ${total}`, tooltip: `${heading} (${parts.join(', ')}). ${action}` };
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

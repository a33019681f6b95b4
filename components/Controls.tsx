/** Small form controls shared by the popup, the options page and the library page. */
import { type UiLang, t } from '@/lib/i18n/strings';
import { SUMMARY_LENGTHS } from '@/lib/shared/settings';

/** Props of {@link ImportFileButton}. */
export interface ImportFileButtonProps {
  lang: UiLang;
  disabled?: boolean;
  /** Called with the chosen file; the input is cleared so the same file can be chosen again. */
  onFile: (file: File) => void;
}

/** "Import…": a label styled as a button around a file input that takes a JSON backup. */
export function ImportFileButton({ lang, disabled, onFile }: ImportFileButtonProps) {
  return (
    <label class="file-button">
      {t(lang, 'importButton')}
      <input
        type="file"
        accept=".json,application/json"
        disabled={disabled}
        onChange={(e) => {
          const input = e.currentTarget as HTMLInputElement;
          const file = input.files?.[0];
          input.value = '';
          if (file) onFile(file);
        }}
      />
    </label>
  );
}

/** Props of {@link SummaryLengthSelect}. */
export interface SummaryLengthSelectProps {
  lang: UiLang;
  value: number;
  onChange: (sentences: number) => void;
  class?: string;
}

/** "Summary length": how many sentences a new clip's summary keeps. */
export function SummaryLengthSelect({ lang, value, onChange, class: cls }: SummaryLengthSelectProps) {
  return (
    <label class={cls}>
      {t(lang, 'summaryLength')}{' '}
      <select value={String(value)} onChange={(e) => onChange(Number((e.currentTarget as HTMLSelectElement).value))}>
        {SUMMARY_LENGTHS.map((n) => (
          <option key={n} value={String(n)}>
            {n}
          </option>
        ))}
      </select>
    </label>
  );
}

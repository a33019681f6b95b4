/**
 * Entities in words, for hover cards and the panel: an official's titles, a
 * document's kind and issuer ("Quyết định — Bộ Chính trị/Ban Bí thư/Trung
 * ương"), a date in words ("ngày 5 tháng 9 năm 2024").
 */
import type { DateRef, DocumentRef, Official } from '../engine/extract/types';
import { t } from '../i18n/strings';
import type { UiLang } from '../i18n/strings';
import type { Card } from './kinds';
import { DOC_KINDS, ISSUERS } from '../engine/vocab/documents';


/** The document's kind and issuer in words. */
export function documentInWords(d: Pick<DocumentRef, 'kind' | 'issuer' | 'name'>, lang: UiLang = 'vi'): string {
  const kind = DOC_KINDS[d.kind]?.[lang] ?? d.kind;
  const issuer = d.issuer ? (ISSUERS[d.issuer]?.[lang] ?? ISSUERS[d.issuer.replace(/^[A-ZĐ]+-/, '')]?.[lang] ?? d.issuer) : null;
  return issuer ? `${kind} — ${issuer}` : kind;
}

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** An ISO date in words. */
export function dateInWords(iso: string, lang: UiLang = 'vi'): string {
  const m = /^(?:(\d{4})|--)-?(\d{2})?(?:-(\d{2}))?(?:T(\d{2}):(\d{2}))?/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d, h, mi] = m;
  const time = h ? `${h}:${mi} ` : '';
  if (lang === 'en') {
    const month = mo ? MONTHS_EN[Number(mo) - 1] : '';
    return `${time}${[d ? `${Number(d)}` : '', month, y ?? t('en', 'yearUnknown')].filter(Boolean).join(' ')}`.trim();
  }
  const parts = [d ? `ngày ${Number(d)}` : '', mo ? `tháng ${Number(mo)}` : '', y ? `năm ${y}` : t('vi', 'yearUnknown')];
  return `${time ? `${time.trim()}, ` : ''}${parts.filter(Boolean).join(' ')}`;
}

/** A card for an official. */
export function officialCard(o: Official, lang: UiLang = 'vi'): Card {
  return { kind: 'official', heading: o.name, lines: o.titles.length ? o.titles : [t(lang, o.byline ? 'author' : 'cardNoTitle')] };
}

/** A card for a document. */
export function documentCard(d: DocumentRef, lang: UiLang = 'vi'): Card {
  const lines = [documentInWords(d, lang)];
  if (d.date) lines.push(t(lang, 'cardIssued', dateInWords(d.date, lang)));
  if (d.status === 'partial') lines.push(t(lang, 'cardPartial'));
  return { kind: 'document', heading: d.key ?? d.name ?? d.text, lines };
}

/** A card for a date. */
export function dateCard(d: DateRef, lang: UiLang = 'vi'): Card {
  const lines = [d.time ? `${d.iso} ${d.time}` : d.iso];
  if (d.inferred) lines.push(t(lang, 'cardYearInferred'));
  return { kind: 'date', heading: dateInWords(d.iso, lang), lines };
}

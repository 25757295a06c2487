// An audit entry in the words staff use: the field's name in the console's language, a coded value
// as the console's views name it (a pledge's status as the queue says it, a category as the widget
// says it), money in yuan, an instant in China time, a pledge named by the reference the queue shows
// (GY-…) rather than its internal id. The snapshots themselves stay as stored (the details view).
import { PROJECT_CATEGORY_NAMES, WISH_CATEGORY_NAMES } from '../category-names.js';
import type { ConsoleLocale } from '../i18n.js';
import { dateTime } from '../ui/dates.js';
import { formatFen } from '../ui/money.js';
import { messages as fieldMessages } from './audit-fields.i18n.js';
import { messages as auditMessages } from './audit.i18n.js';
import { messages as campaignMessages } from './campaigns.i18n.js';
import { messages as monthlyMessages } from './monthly.i18n.js';
import { messages as pledgeMessages } from './pledges.i18n.js';
import { messages as timelineMessages } from './project-timeline.i18n.js';
import { messages as projectMessages } from './projects.i18n.js';
import { messages as wishMessages } from './wishes.i18n.js';

type Row = Record<string, unknown>;
const isRow = (v: unknown): v is Row => !!v && typeof v === 'object' && !Array.isArray(v);

/** Columns holding money in minor units (fen), beside the row's `currency` (CNY when it has none). */
const MONEY = new Set([
  'amount',
  'goal_amount',
  'raised_amount',
  'pending_amount',
  'spent_amount',
  'matched_amount',
  'value_amount',
  'spent',
  'meal_price',
  'monthly_fixed_cost',
  'co_funded_per_meal',
  'co_funded_monthly',
  'cap_per_gift',
  'total_cap',
]);
/** 0/1 columns. */
const FLAGS = new Set(['anonymous', 'published', 'approximate', 'monthly_allowed']);
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** A status as the view of that object names it. */
const STATUS_WORDS: Record<string, (l: ConsoleLocale) => Record<string, string>> = {
  donation: (l) => pledgeMessages[l].statuses,
  campaign: (l) => campaignMessages[l].statuses,
  project: (l) => projectMessages[l].statuses,
  wish: (l) => wishMessages[l].statuses,
  plan: (l) => monthlyMessages[l].statuses,
};

export function fieldLabel(type: string, field: string, locale: ConsoleLocale): string {
  const m = fieldMessages[locale];
  return m.byType[type]?.[field] ?? m.fields[field] ?? field;
}

/** One value of a snapshot (`row`: the snapshot it is in, for its currency) as one short line. */
export function fieldValue(
  type: string,
  field: string,
  value: unknown,
  row: Row,
  locale: ConsoleLocale,
  max = 120,
): string {
  const m = fieldMessages[locale];
  const cut = (s: string) => (s.length > max ? s.slice(0, max - 1) + '…' : s);
  if (value === null || value === undefined || value === '') return m.none;
  const currency = typeof row.currency === 'string' ? row.currency : 'CNY';
  if (MONEY.has(field) && typeof value === 'number') return formatFen(value, currency);
  if (FLAGS.has(field) && (value === 0 || value === 1 || typeof value === 'boolean')) return value ? m.yes : m.no;
  if (typeof value === 'string') {
    const word = words(type, field, locale)?.[value];
    if (word) return word;
    if (INSTANT.test(value)) return dateTime(value, locale);
    if (field === 'tiers' || field === 'links') return cut(listOf(field, value, currency) ?? value);
    return cut(value);
  }
  // A person's free text, kept as a pointer and its length: say so rather than show the pointer.
  if (isRow(value) && typeof value.ref === 'string' && typeof value.chars === 'number') return m.notKept(value.chars);
  if (Array.isArray(value)) {
    const plain = value.every((v) => typeof v === 'string' || typeof v === 'number');
    return cut(plain ? value.join(m.listSeparator) || m.none : m.rows(value.length));
  }
  return cut(JSON.stringify(value));
}

/** The words of a coded column, if it is one. */
function words(type: string, field: string, locale: ConsoleLocale): Record<string, string> | undefined {
  const m = fieldMessages[locale];
  switch (field) {
    case 'status':
      return STATUS_WORDS[type]?.(locale);
    case 'state':
      return timelineMessages[locale].states;
    case 'category':
      return type === 'wish' ? WISH_CATEGORY_NAMES[locale] : PROJECT_CATEGORY_NAMES[locale];
    case 'role':
      return auditMessages[locale].roles;
    case 'channel':
    case 'provider':
    case 'payment_provider':
      return m.channels;
    case 'ended_by':
      return m.endedBy;
    case 'cancel_reason':
      return m.cancelReasons;
    case 'end_reason':
      return monthlyMessages[locale].endReasons;
    case 'refund_due':
      return pledgeMessages[locale].refundReasons;
    default:
      return undefined;
  }
}

/** A campaign's tiers ("¥20.00 一个孩子 5 天午餐；…") or a project's links (their titles), from their stored JSON. */
function listOf(field: string, json: string, currency: string): string | undefined {
  let items: unknown;
  try {
    items = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (!Array.isArray(items)) return undefined;
  return items
    .filter(isRow)
    .map((x) =>
      (field === 'tiers'
        ? `${typeof x.amount === 'number' ? formatFen(x.amount, currency) : ''} ${String(x.label ?? '')}`
        : String(x.title ?? x.url ?? '')
      ).trim(),
    )
    .join('；');
}

/** An organisation's figures (a list snapshot) as "label value unit；…". */
export function figuresLine(value: unknown, locale: ConsoleLocale): string {
  if (!Array.isArray(value)) return fieldMessages[locale].none;
  return value
    .filter(isRow)
    .map((r) => `${String(r.label ?? r.key ?? '')} ${String(r.value ?? '')}${String(r.unit ?? '')}`.trim())
    .join('；');
}

/**
 * What staff call the object: a pledge its reference (GY-…, what the queue and the donor's
 * transfer show), others their title, name, label, address, purpose or date; null when the
 * snapshots say nothing (then the id is shown).
 */
export function objectName(type: string, before: unknown, after: unknown): string | null {
  const row = isRow(after) ? after : isRow(before) ? before : undefined;
  if (!row) return null;
  const keys = type === 'donation' ? ['reference'] : ['title', 'name', 'label', 'origin', 'purpose', 'date'];
  for (const k of keys) if (typeof row[k] === 'string' && row[k]) return row[k] as string;
  return null;
}

import type {
  AuditAction,
  CaseStatus,
  FlagReason,
  QueueKind,
  Resolution,
  RiskLevel,
} from '$lib/graphql/generated/graphql';
import type { I18n, MessageKey } from '$lib/i18n';

/** Moderation vocabulary shared by the server and the pages: the API's enums, their order and their words. */

/** In the order the flag form offers them: the gravest first. */
export const FLAG_REASONS = [
  'RISK_OF_HARM',
  'HARASSMENT',
  'UNSAFE_ADVICE',
  'SPAM',
  'OFF_TOPIC',
  'OTHER',
] as const satisfies readonly FlagReason[];

export const RESOLUTIONS = [
  'NO_ACTION',
  'HIDDEN_POST',
  'RESTORED_POST',
  'REACHED_OUT',
  'REFERRED',
  'EMERGENCY',
] as const satisfies readonly Resolution[];

/** What a facilitator resolves with; reaching out and emergencies are the professionals' work. */
export const FACILITATOR_RESOLUTIONS = [
  'NO_ACTION',
  'HIDDEN_POST',
  'RESTORED_POST',
  'REFERRED',
] as const satisfies readonly Resolution[];

export const QUEUES = ['FACILITATOR', 'PROFESSIONAL'] as const satisfies readonly QueueKind[];

/** The queue page's status tabs (`?status=`): `all` is every case not resolved yet (the API's status null). */
export const STATUS_TABS = ['all', 'open', 'claimed', 'resolved'] as const;
export type StatusTab = (typeof STATUS_TABS)[number];

const oneOf =
  <T extends string>(values: readonly T[]) =>
  (value: unknown): value is T =>
    typeof value === 'string' && (values as readonly string[]).includes(value);

export const isFlagReason = oneOf<FlagReason>(FLAG_REASONS);
export const isResolution = oneOf<Resolution>(RESOLUTIONS);
export const isQueue = oneOf<QueueKind>(QUEUES);
export const isStatusTab = oneOf<StatusTab>(STATUS_TABS);

export function statusOfTab(tab: StatusTab): CaseStatus | null {
  return tab === 'all' ? null : (tab.toUpperCase() as CaseStatus);
}

/** Queues in addresses are lower case: /moderation?queue=professional&status=open. */
export const queueParam = (queue: QueueKind) => queue.toLowerCase();

export function severityLabel(i18n: I18n, severity: RiskLevel): string {
  return i18n.t(`severity.${severity}`);
}

const CATEGORY_KEYS = {
  suicide: 'category.suicide',
  self_harm: 'category.self_harm',
  abuse: 'category.abuse',
  violence: 'category.violence',
  harassment: 'category.harassment',
  personal_data: 'category.personal_data',
  unsafe_advice: 'category.unsafe_advice',
  spam: 'category.spam',
} as const satisfies Record<string, MessageKey>;

/** A case category in words: screening's (`self_harm`) or a flag's (`flag:harassment`). */
export function categoryLabel(i18n: I18n, category: string): string {
  if (category.startsWith('flag:')) {
    const reason = category.slice('flag:'.length).toUpperCase();
    return isFlagReason(reason)
      ? i18n.t('category.flag', { reason: i18n.t(`flag.reason.${reason}`) })
      : category;
  }
  return category in CATEGORY_KEYS ? i18n.t(CATEGORY_KEYS[category as keyof typeof CATEGORY_KEYS]) : category;
}

export function auditActionLabel(i18n: I18n, action: AuditAction): string {
  return i18n.t(`audit.action.${action}`);
}

/**
 * The parts of an audit entry's detail (a JSON object) worth a line:
 * severity, queue, resolution, reason, level and categories, in words.
 */
export function auditDetail(i18n: I18n, detail: string): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(detail);
  } catch {
    return [];
  }
  if (!parsed || typeof parsed !== 'object') return [];
  const fields = parsed as Record<string, unknown>;
  const lines: string[] = [];
  // Screening names its risk `level`; a deadline escalation's `level` is the escalation's.
  const severity = fields.severity ?? fields.level;
  if (isRiskLevel(severity)) {
    lines.push(i18n.t('audit.detail.severity', { severity: severityLabel(i18n, severity) }));
  }
  if (typeof fields.level === 'number') {
    lines.push(i18n.t('case.escalationLevel', { level: fields.level }));
  }
  if (isQueue(fields.queue)) {
    lines.push(i18n.t('audit.detail.queue', { queue: i18n.t(`queue.${fields.queue}`) }));
  }
  if (isResolution(fields.resolution)) {
    lines.push(i18n.t('audit.detail.resolution', { resolution: i18n.t(`resolution.${fields.resolution}`) }));
  }
  if (isFlagReason(fields.reason)) {
    lines.push(i18n.t('audit.detail.reason', { reason: i18n.t(`flag.reason.${fields.reason}`) }));
  }
  if (Array.isArray(fields.categories) && fields.categories.length > 0) {
    const names = fields.categories.filter((item): item is string => typeof item === 'string');
    lines.push(
      i18n.t('audit.detail.categories', {
        categories: names.map((name) => categoryLabel(i18n, name)).join(', '),
      }),
    );
  }
  if (Array.isArray(fields.matches) && fields.matches.length > 0) {
    const rules = fields.matches
      .map((match) => (match && typeof match === 'object' ? (match as { rule?: unknown }).rule : null))
      .filter((rule): rule is string => typeof rule === 'string');
    if (rules.length > 0) lines.push(i18n.t('audit.detail.rules', { rules: rules.join(', ') }));
  }
  return lines;
}

const RISK_LEVELS = ['NONE', 'LOW', 'MEDIUM', 'HIGH', 'CRISIS'] as const satisfies readonly RiskLevel[];
const isRiskLevel = oneOf<RiskLevel>(RISK_LEVELS);

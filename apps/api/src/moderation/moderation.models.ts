import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { enumOf } from '../platform/graphql/enum-of.js';
import { PageInfoModel } from '../platform/graphql/page-info.model.js';
import { AUDIT_ACTIONS, type AuditAction } from './audit-entry.entity.js';
import { FLAG_REASONS, type FlagReason } from './flag.entity.js';
import {
  CASE_KINDS,
  CASE_STATUSES,
  QUEUE_KINDS,
  RESOLUTIONS,
  RISK_LEVELS,
  type CaseKind,
  type CaseStatus,
  type QueueKind,
  type Resolution,
  type RiskLevel,
} from './moderation-case.entity.js';

export const RiskLevelEnum = enumOf(RISK_LEVELS);
registerEnumType(RiskLevelEnum, { name: 'RiskLevel' });
export const QueueKindEnum = enumOf(QUEUE_KINDS);
registerEnumType(QueueKindEnum, { name: 'QueueKind' });
export const CaseKindEnum = enumOf(CASE_KINDS);
registerEnumType(CaseKindEnum, { name: 'CaseKind' });
export const CaseStatusEnum = enumOf(CASE_STATUSES);
registerEnumType(CaseStatusEnum, { name: 'CaseStatus' });
export const FlagReasonEnum = enumOf(FLAG_REASONS);
registerEnumType(FlagReasonEnum, { name: 'FlagReason' });
export const ResolutionEnum = enumOf(RESOLUTIONS);
registerEnumType(ResolutionEnum, {
  name: 'Resolution',
  description:
    'HIDDEN_POST hides the post, RESTORED_POST shows it to everyone; any other resolution of a held post keeps it out of the group.',
});
export const AuditActionEnum = enumOf(AUDIT_ACTIONS);
registerEnumType(AuditActionEnum, { name: 'AuditAction' });

/** Resolved from CaseRow; post, group, assignee and the private fields come from CaseResolver. */
@ObjectType('ModerationCase')
export class ModerationCaseModel {
  @Field(() => ID)
  id: string;

  @Field(() => CaseKindEnum)
  kind: CaseKind;

  @Field(() => QueueKindEnum)
  queue: QueueKind;

  @Field(() => RiskLevelEnum)
  severity: RiskLevel;

  @Field(() => CaseStatusEnum)
  status: CaseStatus;

  @Field(() => [String], { description: 'Screening categories and flag reasons (flag:harassment, …).' })
  categories: string[];

  @Field()
  createdAt: Date;

  @Field({ description: 'When an unclaimed case escalates next.' })
  dueAt: Date;

  @Field(() => Int, { description: 'Deadline escalations so far, 0 to 3.' })
  escalationLevel: number;

  @Field(() => ResolutionEnum, { nullable: true })
  resolution: Resolution | null;

  @Field(() => Date, { nullable: true })
  resolvedAt: Date | null;
}

@ObjectType('CaseConnection')
export class CaseConnectionModel {
  @Field(() => [ModerationCaseModel])
  nodes: ModerationCaseModel[];

  @Field(() => PageInfoModel)
  pageInfo: PageInfoModel;
}

@ObjectType('Flag', { description: 'A reader’s report of a post.' })
export class FlagModel {
  @Field(() => ID)
  id: string;

  @Field(() => FlagReasonEnum)
  reason: FlagReason;

  @Field()
  createdAt: Date;

  @Field(() => String, { nullable: true, description: 'What the reader added; shown to moderators only.' })
  note: string | null;
}

/** Resolved from CaseNoteRow; `author` comes from CaseNoteResolver. */
@ObjectType('CaseNote', { description: 'A private note on a case.' })
export class CaseNoteModel {
  @Field(() => ID)
  id: string;

  @Field()
  body: string;

  @Field()
  createdAt: Date;
}

/** Resolved from AuditRow; `actor` comes from AuditEntryResolver. */
@ObjectType('AuditEntry', { description: 'One line of the append-only audit log.' })
export class AuditEntryModel {
  @Field(() => ID)
  id: string;

  @Field(() => AuditActionEnum)
  action: AuditAction;

  @Field(() => ID, { nullable: true })
  caseId: string | null;

  @Field(() => ID, { nullable: true })
  postId: string | null;

  @Field(() => ID, { nullable: true, description: 'The person the action concerns (an author revealed).' })
  subjectUserId: string | null;

  @Field({ description: 'Details as a JSON object: severity, queue, resolution, matched rules, …' })
  detail: string;

  @Field()
  createdAt: Date;
}

@ObjectType('AuditEntryConnection')
export class AuditEntryConnectionModel {
  @Field(() => [AuditEntryModel])
  nodes: AuditEntryModel[];

  @Field(() => PageInfoModel)
  pageInfo: PageInfoModel;
}

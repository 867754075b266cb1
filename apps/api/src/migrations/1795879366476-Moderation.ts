import { MigrationInterface, QueryRunner } from 'typeorm';

export class Moderation1795879366476 implements MigrationInterface {
  name = 'Moderation1795879366476';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TYPE "public"."case_kind" AS ENUM('POST', 'REFERRAL', 'DEBRIEF')
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."queue_kind" AS ENUM('FACILITATOR', 'PROFESSIONAL')
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."risk_level" AS ENUM('NONE', 'LOW', 'MEDIUM', 'HIGH', 'CRISIS')
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."case_status" AS ENUM('OPEN', 'CLAIMED', 'RESOLVED')
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."case_resolution" AS ENUM(
                'NO_ACTION',
                'REACHED_OUT',
                'HIDDEN_POST',
                'RESTORED_POST',
                'REFERRED',
                'EMERGENCY'
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "moderation_cases" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "kind" "public"."case_kind" NOT NULL DEFAULT 'POST',
                "queue" "public"."queue_kind" NOT NULL,
                "severity" "public"."risk_level" NOT NULL,
                "status" "public"."case_status" NOT NULL DEFAULT 'OPEN',
                "categories" text array NOT NULL DEFAULT '{}',
                "post_id" uuid,
                "group_id" uuid,
                "assignee_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "due_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "escalation_level" integer NOT NULL DEFAULT '0',
                "claimed_at" TIMESTAMP WITH TIME ZONE,
                "resolution" "public"."case_resolution",
                "resolved_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "moderation_cases_escalation_level_check" CHECK ("escalation_level" BETWEEN 0 AND 3),
                CONSTRAINT "PK_459740d91f1b96e6cc910ad29e1" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "moderation_cases_post_id_idx" ON "moderation_cases" ("post_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "moderation_cases_group_id_idx" ON "moderation_cases" ("group_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "support_conversations" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "case_id" uuid NOT NULL,
                "professional_id" uuid NOT NULL,
                "member_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "last_message_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_6647be672020591c574a98089e1" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "support_conversations_professional_id_idx" ON "support_conversations" ("professional_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "support_conversations_member_id_idx" ON "support_conversations" ("member_id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "support_conversations_case_professional_key" ON "support_conversations" ("case_id", "professional_id")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."audit_action" AS ENUM(
                'CASE_OPENED',
                'CASE_RAISED',
                'POST_SCREENED',
                'POST_FLAGGED',
                'POST_HELD',
                'POST_HIDDEN',
                'POST_RESTORED',
                'THREAD_LOCKED',
                'CASE_CLAIMED',
                'CASE_ESCALATED',
                'DEADLINE_ESCALATED',
                'CASE_NOTE_ADDED',
                'CASE_RESOLVED',
                'AUTHOR_REVEALED',
                'SUPPORT_CONVERSATION_OPENED'
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "audit_entries" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "action" "public"."audit_action" NOT NULL,
                "actor_id" uuid,
                "case_id" uuid,
                "post_id" uuid,
                "subject_user_id" uuid,
                "detail" jsonb NOT NULL DEFAULT '{}',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(),
                CONSTRAINT "PK_6b1623bcad4d04530b76548d619" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "audit_entries_case_idx" ON "audit_entries" ("case_id", "created_at")
        `);
    await queryRunner.query(`
            CREATE INDEX "audit_entries_order_idx" ON "audit_entries" ("created_at", "id")
        `);
    await queryRunner.query(`
            CREATE TABLE "case_notes" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "case_id" uuid NOT NULL,
                "author_id" uuid NOT NULL,
                "body" text NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_474011f166285b8da9a653af5c5" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "case_notes_case_order_idx" ON "case_notes" ("case_id", "created_at")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."flag_reason" AS ENUM(
                'RISK_OF_HARM',
                'HARASSMENT',
                'SPAM',
                'UNSAFE_ADVICE',
                'OFF_TOPIC',
                'OTHER'
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "flags" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "post_id" uuid NOT NULL,
                "flagger_id" uuid NOT NULL,
                "reason" "public"."flag_reason" NOT NULL,
                "note" text,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_ea7e333c92a55de9e9b8d0b9afd" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "flags_flagger_id_idx" ON "flags" ("flagger_id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "flags_post_flagger_key" ON "flags" ("post_id", "flagger_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "support_messages" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "conversation_id" uuid NOT NULL,
                "sender_id" uuid NOT NULL,
                "body" text NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "read_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_2aa37479e71ef29cbf4dba2b1a2" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "support_messages_conversation_order_idx" ON "support_messages" ("conversation_id", "created_at", "id")
        `);
    await queryRunner.query(`
            CREATE TABLE "outbox" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "job_name" text NOT NULL,
                "payload" jsonb NOT NULL,
                "run_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "relayed_at" TIMESTAMP WITH TIME ZONE,
                "done_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_340ab539f309f03bdaa14aa7649" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            ALTER TABLE "users"
            ADD "on_duty" boolean NOT NULL DEFAULT false
        `);
    await queryRunner.query(`
            ALTER TABLE "notifications"
            ADD "case_id" uuid
        `);
    await queryRunner.query(`
            ALTER TABLE "notifications"
            ADD "conversation_id" uuid
        `);
    await queryRunner.query(`
            ALTER TYPE "public"."notification_kind"
            ADD VALUE 'CASE_ESCALATED'
        `);
    await queryRunner.query(`
            ALTER TYPE "public"."notification_kind"
            ADD VALUE 'SUPPORT_MESSAGE'
        `);
    await queryRunner.query(`
            ALTER TABLE "moderation_cases"
            ADD CONSTRAINT "moderation_cases_post_id_fkey" FOREIGN KEY ("post_id") REFERENCES "posts"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "moderation_cases"
            ADD CONSTRAINT "moderation_cases_group_id_fkey" FOREIGN KEY ("group_id") REFERENCES "groups"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "moderation_cases"
            ADD CONSTRAINT "moderation_cases_assignee_id_fkey" FOREIGN KEY ("assignee_id") REFERENCES "users"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "support_conversations"
            ADD CONSTRAINT "support_conversations_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "moderation_cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "support_conversations"
            ADD CONSTRAINT "support_conversations_professional_id_fkey" FOREIGN KEY ("professional_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "support_conversations"
            ADD CONSTRAINT "support_conversations_member_id_fkey" FOREIGN KEY ("member_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "notifications"
            ADD CONSTRAINT "notifications_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "moderation_cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "notifications"
            ADD CONSTRAINT "notifications_conversation_id_fkey" FOREIGN KEY ("conversation_id") REFERENCES "support_conversations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "case_notes"
            ADD CONSTRAINT "case_notes_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "moderation_cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "case_notes"
            ADD CONSTRAINT "case_notes_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "flags"
            ADD CONSTRAINT "flags_post_id_fkey" FOREIGN KEY ("post_id") REFERENCES "posts"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "flags"
            ADD CONSTRAINT "flags_flagger_id_fkey" FOREIGN KEY ("flagger_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "support_messages"
            ADD CONSTRAINT "support_messages_conversation_id_fkey" FOREIGN KEY ("conversation_id") REFERENCES "support_conversations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "support_messages"
            ADD CONSTRAINT "support_messages_sender_id_fkey" FOREIGN KEY ("sender_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`ALTER TABLE "posts" ADD "staff_only" boolean NOT NULL DEFAULT false`);
    // Written by hand (not expressible as entity metadata).
    await queryRunner.query(`
            CREATE UNIQUE INDEX "moderation_cases_open_post_key" ON "moderation_cases" ("post_id")
            WHERE "status" <> 'RESOLVED' AND "post_id" IS NOT NULL
        `);
    await queryRunner.query(`
            CREATE INDEX "moderation_cases_queue_order_idx"
            ON "moderation_cases" ("queue", "status", "severity" DESC, "created_at", "id")
        `);
    await queryRunner.query(`
            CREATE INDEX "moderation_cases_due_idx" ON "moderation_cases" ("due_at")
            WHERE "status" = 'OPEN' AND "escalation_level" < 3
        `);
    await queryRunner.query(`
            CREATE INDEX "outbox_pending_idx" ON "outbox" ("created_at") WHERE "relayed_at" IS NULL
        `);
    await queryRunner.query(`
            CREATE FUNCTION "outbox_announce"() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                PERFORM pg_notify('sebaya_outbox', '');
                RETURN NULL;
            END $$
        `);
    await queryRunner.query(`
            CREATE TRIGGER "outbox_announce" AFTER INSERT ON "outbox"
            FOR EACH STATEMENT EXECUTE FUNCTION "outbox_announce"()
        `);
    await queryRunner.query(`
            CREATE FUNCTION "audit_entries_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'audit_entries is append-only';
            END $$
        `);
    await queryRunner.query(`
            CREATE TRIGGER "audit_entries_no_change" BEFORE UPDATE OR DELETE ON "audit_entries"
            FOR EACH ROW EXECUTE FUNCTION "audit_entries_append_only"()
        `);
    await queryRunner.query(`
            CREATE TRIGGER "audit_entries_no_truncate" BEFORE TRUNCATE ON "audit_entries"
            FOR EACH STATEMENT EXECUTE FUNCTION "audit_entries_append_only"()
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "posts" DROP COLUMN "staff_only"`);
    await queryRunner.query(`DROP TRIGGER "audit_entries_no_truncate" ON "audit_entries"`);
    await queryRunner.query(`DROP TRIGGER "audit_entries_no_change" ON "audit_entries"`);
    await queryRunner.query(`DROP FUNCTION "audit_entries_append_only"()`);
    await queryRunner.query(`DROP TRIGGER "outbox_announce" ON "outbox"`);
    await queryRunner.query(`DROP FUNCTION "outbox_announce"()`);
    await queryRunner.query(`DROP INDEX "public"."outbox_pending_idx"`);
    await queryRunner.query(`DROP INDEX "public"."moderation_cases_due_idx"`);
    await queryRunner.query(`DROP INDEX "public"."moderation_cases_queue_order_idx"`);
    await queryRunner.query(`DROP INDEX "public"."moderation_cases_open_post_key"`);
    await queryRunner.query(`
            ALTER TABLE "support_messages" DROP CONSTRAINT "support_messages_sender_id_fkey"
        `);
    await queryRunner.query(`
            ALTER TABLE "support_messages" DROP CONSTRAINT "support_messages_conversation_id_fkey"
        `);
    await queryRunner.query(`
            ALTER TABLE "flags" DROP CONSTRAINT "flags_flagger_id_fkey"
        `);
    await queryRunner.query(`
            ALTER TABLE "flags" DROP CONSTRAINT "flags_post_id_fkey"
        `);
    await queryRunner.query(`
            ALTER TABLE "case_notes" DROP CONSTRAINT "case_notes_author_id_fkey"
        `);
    await queryRunner.query(`
            ALTER TABLE "case_notes" DROP CONSTRAINT "case_notes_case_id_fkey"
        `);
    await queryRunner.query(`
            ALTER TABLE "notifications" DROP CONSTRAINT "notifications_conversation_id_fkey"
        `);
    await queryRunner.query(`
            ALTER TABLE "notifications" DROP CONSTRAINT "notifications_case_id_fkey"
        `);
    await queryRunner.query(`
            ALTER TABLE "support_conversations" DROP CONSTRAINT "support_conversations_member_id_fkey"
        `);
    await queryRunner.query(`
            ALTER TABLE "support_conversations" DROP CONSTRAINT "support_conversations_professional_id_fkey"
        `);
    await queryRunner.query(`
            ALTER TABLE "support_conversations" DROP CONSTRAINT "support_conversations_case_id_fkey"
        `);
    await queryRunner.query(`
            ALTER TABLE "moderation_cases" DROP CONSTRAINT "moderation_cases_assignee_id_fkey"
        `);
    await queryRunner.query(`
            ALTER TABLE "moderation_cases" DROP CONSTRAINT "moderation_cases_group_id_fkey"
        `);
    await queryRunner.query(`
            ALTER TABLE "moderation_cases" DROP CONSTRAINT "moderation_cases_post_id_fkey"
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."notification_kind_old" AS ENUM('REPLY_TO_THREAD', 'REPLY_TO_POST')
        `);
    await queryRunner.query(`
            ALTER TABLE "notifications"
            ALTER COLUMN "kind" TYPE "public"."notification_kind_old" USING "kind"::"text"::"public"."notification_kind_old"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."notification_kind"
        `);
    await queryRunner.query(`
            ALTER TYPE "public"."notification_kind_old"
            RENAME TO "notification_kind"
        `);
    await queryRunner.query(`
            ALTER TABLE "notifications" DROP COLUMN "conversation_id"
        `);
    await queryRunner.query(`
            ALTER TABLE "notifications" DROP COLUMN "case_id"
        `);
    await queryRunner.query(`
            ALTER TABLE "users" DROP COLUMN "on_duty"
        `);
    await queryRunner.query(`
            DROP TABLE "outbox"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."support_messages_conversation_order_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "support_messages"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."flags_post_flagger_key"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."flags_flagger_id_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "flags"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."flag_reason"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."case_notes_case_order_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "case_notes"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."audit_entries_order_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."audit_entries_case_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "audit_entries"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."audit_action"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."support_conversations_case_professional_key"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."support_conversations_member_id_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."support_conversations_professional_id_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "support_conversations"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."moderation_cases_group_id_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."moderation_cases_post_id_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "moderation_cases"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."case_resolution"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."case_status"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."risk_level"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."queue_kind"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."case_kind"
        `);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

export class Forum1795871052213 implements MigrationInterface {
  name = 'Forum1795871052213';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "threads" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "group_id" uuid NOT NULL,
                "author_id" uuid NOT NULL,
                "anonymous" boolean NOT NULL DEFAULT false,
                "title" text NOT NULL,
                "locked" boolean NOT NULL DEFAULT false,
                "pinned" boolean NOT NULL DEFAULT false,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "last_activity_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_d8a74804c34fc3900502cd27275" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "threads_author_id_idx" ON "threads" ("author_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "threads_group_order_idx" ON "threads" ("group_id", "pinned", "last_activity_at", "id")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."post_visibility" AS ENUM('VISIBLE', 'HELD', 'HIDDEN')
        `);
    await queryRunner.query(`
            CREATE TABLE "posts" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "thread_id" uuid NOT NULL,
                "author_id" uuid NOT NULL,
                "anonymous" boolean NOT NULL DEFAULT false,
                "is_opening" boolean NOT NULL DEFAULT false,
                "body_source" text NOT NULL,
                "body_html" text NOT NULL,
                "content_warning" text,
                "visibility" "public"."post_visibility" NOT NULL DEFAULT 'VISIBLE',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "edited_at" TIMESTAMP WITH TIME ZONE,
                "deleted_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_2829ac61eff60fcec60d7274b9e" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "posts_author_id_idx" ON "posts" ("author_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "posts_thread_order_idx" ON "posts" ("thread_id", "created_at", "id")
        `);
    // Written by hand: partial and expression indexes that TypeORM cannot express.
    await queryRunner.query(`
            CREATE UNIQUE INDEX "posts_opening_key" ON "posts" ("thread_id") WHERE "is_opening"
        `);
    await queryRunner.query(`
            CREATE INDEX "posts_search_idx" ON "posts" USING gin (
                (to_tsvector('indonesian', "body_source") || to_tsvector('english', "body_source"))
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "threads_search_idx" ON "threads" USING gin (
                (to_tsvector('indonesian', "title") || to_tsvector('english', "title"))
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "post_revisions" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "post_id" uuid NOT NULL,
                "body_source" text NOT NULL,
                "content_warning" text,
                "replaced_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_871219c3d5044d70ff7d59480b8" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "post_revisions_post_id_idx" ON "post_revisions" ("post_id")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."reaction_kind" AS ENUM(
                'HUG',
                'SUPPORT',
                'SAME_HERE',
                'THANKS',
                'STRENGTH'
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "post_reactions" (
                "post_id" uuid NOT NULL,
                "user_id" uuid NOT NULL,
                "kind" "public"."reaction_kind" NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_d5cf6ca41768217312d9ee64e96" PRIMARY KEY ("post_id", "user_id", "kind")
            )
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."notification_kind" AS ENUM('REPLY_TO_THREAD', 'REPLY_TO_POST')
        `);
    await queryRunner.query(`
            CREATE TABLE "notifications" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "user_id" uuid NOT NULL,
                "kind" "public"."notification_kind" NOT NULL,
                "post_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "read_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "notifications_user_order_idx" ON "notifications" ("user_id", "created_at", "id")
        `);
    await queryRunner.query(`
            ALTER TABLE "threads"
            ADD CONSTRAINT "threads_group_id_fkey" FOREIGN KEY ("group_id") REFERENCES "groups"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "threads"
            ADD CONSTRAINT "threads_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "posts"
            ADD CONSTRAINT "posts_thread_id_fkey" FOREIGN KEY ("thread_id") REFERENCES "threads"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "posts"
            ADD CONSTRAINT "posts_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "post_revisions"
            ADD CONSTRAINT "post_revisions_post_id_fkey" FOREIGN KEY ("post_id") REFERENCES "posts"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "post_reactions"
            ADD CONSTRAINT "post_reactions_post_id_fkey" FOREIGN KEY ("post_id") REFERENCES "posts"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "post_reactions"
            ADD CONSTRAINT "post_reactions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "notifications"
            ADD CONSTRAINT "notifications_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "notifications"
            ADD CONSTRAINT "notifications_post_id_fkey" FOREIGN KEY ("post_id") REFERENCES "posts"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "notifications" DROP CONSTRAINT "notifications_post_id_fkey"
        `);
    await queryRunner.query(`
            ALTER TABLE "notifications" DROP CONSTRAINT "notifications_user_id_fkey"
        `);
    await queryRunner.query(`
            ALTER TABLE "post_reactions" DROP CONSTRAINT "post_reactions_user_id_fkey"
        `);
    await queryRunner.query(`
            ALTER TABLE "post_reactions" DROP CONSTRAINT "post_reactions_post_id_fkey"
        `);
    await queryRunner.query(`
            ALTER TABLE "post_revisions" DROP CONSTRAINT "post_revisions_post_id_fkey"
        `);
    await queryRunner.query(`
            ALTER TABLE "posts" DROP CONSTRAINT "posts_author_id_fkey"
        `);
    await queryRunner.query(`
            ALTER TABLE "posts" DROP CONSTRAINT "posts_thread_id_fkey"
        `);
    await queryRunner.query(`
            ALTER TABLE "threads" DROP CONSTRAINT "threads_author_id_fkey"
        `);
    await queryRunner.query(`
            ALTER TABLE "threads" DROP CONSTRAINT "threads_group_id_fkey"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."notifications_user_order_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "notifications"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."notification_kind"
        `);
    await queryRunner.query(`
            DROP TABLE "post_reactions"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."reaction_kind"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."post_revisions_post_id_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "post_revisions"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."threads_search_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."posts_search_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."posts_opening_key"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."posts_thread_order_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."posts_author_id_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "posts"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."post_visibility"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."threads_group_order_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."threads_author_id_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "threads"
        `);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

export class Groups1795870812839 implements MigrationInterface {
  name = 'Groups1795870812839';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TYPE "public"."group_visibility" AS ENUM('PUBLIC', 'MEMBERS_ONLY')
        `);
    await queryRunner.query(`
            CREATE TABLE "groups" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "slug" text NOT NULL,
                "name_id" text NOT NULL,
                "name_en" text NOT NULL,
                "description_id" text NOT NULL,
                "description_en" text NOT NULL,
                "visibility" "public"."group_visibility" NOT NULL DEFAULT 'PUBLIC',
                "archived_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "groups_slug_check" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
                CONSTRAINT "PK_659d1483316afb28afd3a90646e" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "groups_slug_key" ON "groups" ("slug")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."group_role" AS ENUM('MEMBER', 'FACILITATOR')
        `);
    await queryRunner.query(`
            CREATE TABLE "group_memberships" (
                "group_id" uuid NOT NULL,
                "user_id" uuid NOT NULL,
                "role" "public"."group_role" NOT NULL DEFAULT 'MEMBER',
                "joined_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_e9a383a45af8eff11505d527620" PRIMARY KEY ("group_id", "user_id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "group_memberships_user_id_idx" ON "group_memberships" ("user_id")
        `);
    await queryRunner.query(`
            ALTER TABLE "group_memberships"
            ADD CONSTRAINT "group_memberships_group_id_fkey" FOREIGN KEY ("group_id") REFERENCES "groups"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "group_memberships"
            ADD CONSTRAINT "group_memberships_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    // The six topic groups of the program (C2); coordinators edit them afterwards.
    await queryRunner.query(
      `INSERT INTO "groups" ("slug", "name_id", "name_en", "description_id", "description_en", "created_at")
             SELECT slug, name_id, name_en, description_id, description_en, now() + make_interval(secs => position)
             FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) WITH ORDINALITY
               AS seed(slug, name_id, name_en, description_id, description_en, position)`,
      [
        ['kecemasan', 'stres', 'trauma', 'akademik', 'duka', 'hubungan'],
        ['Kecemasan', 'Stres', 'Trauma', 'Akademik', 'Duka', 'Hubungan'],
        ['Anxiety', 'Stress', 'Trauma', 'Academic', 'Grief', 'Relationships'],
        [
          'Berbagi dan saling menguatkan saat rasa cemas, panik atau khawatir terasa berat.',
          'Tekanan sehari-hari di rumah, sekolah, kampus atau tempat kerja, dan cara menghadapinya bersama.',
          'Ruang aman untuk pengalaman yang menyakitkan. Kamu tidak perlu menceritakan detail untuk didengar.',
          'Ujian, tugas, nilai dan masa depan: obrolan dan dukungan soal kehidupan belajar.',
          'Kehilangan orang atau hal yang kita sayangi. Berbagi kenangan dan melewati duka bersama.',
          'Keluarga, pertemanan, pacaran dan kesepian: saling mendengar tanpa menghakimi.',
        ],
        [
          'Sharing and supporting each other when worry, panic or anxiety feel heavy.',
          'Everyday pressure at home, school, campus or work, and ways of facing it together.',
          'A safe space for painful experiences. You do not need to share details to be heard.',
          'Exams, assignments, grades and the future: talk and support about school and study life.',
          'Losing someone or something we love. Sharing memories and getting through grief together.',
          'Family, friendships, dating and loneliness: listening to each other without judgement.',
        ],
      ],
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "group_memberships" DROP CONSTRAINT "group_memberships_user_id_fkey"
        `);
    await queryRunner.query(`
            ALTER TABLE "group_memberships" DROP CONSTRAINT "group_memberships_group_id_fkey"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."group_memberships_user_id_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "group_memberships"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."group_role"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."groups_slug_key"
        `);
    await queryRunner.query(`
            DROP TABLE "groups"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."group_visibility"
        `);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

export class SafetyResources1795869965930 implements MigrationInterface {
  name = 'SafetyResources1795869965930';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "safety_resources" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "name" text NOT NULL,
                "contact" text NOT NULL,
                "description_id" text NOT NULL,
                "description_en" text NOT NULL,
                "position" integer NOT NULL DEFAULT '0',
                CONSTRAINT "PK_949e456613d6d9f82617c0f0b2e" PRIMARY KEY ("id")
            )
        `);
    // The default list; coordinators edit it afterwards.
    await queryRunner.query(
      `INSERT INTO "safety_resources" ("name", "contact", "description_id", "description_en", "position")
             SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::int[])`,
      [
        [
          'Darurat / Emergency 112',
          'Layanan SEJIWA 119 ext. 8',
          'SAPA 129',
          'Halo Kemenkes',
          'Into The Light Indonesia',
          'Find a Helpline',
        ],
        [
          '112',
          '119 ext. 8',
          '129 / WhatsApp 08111-129-129',
          '1500-567',
          'intothelightid.org',
          'findahelpline.com',
        ],
        [
          'Jika kamu atau orang lain dalam bahaya sekarang, hubungi nomor darurat ini (gratis, 24 jam).',
          'Layanan konseling kesehatan jiwa pemerintah melalui telepon.',
          'Pengaduan kekerasan terhadap perempuan dan anak (KemenPPPA).',
          'Informasi dan rujukan layanan kesehatan, termasuk kesehatan jiwa (Kementerian Kesehatan).',
          'Komunitas pencegahan bunuh diri; daftar layanan bantuan di Indonesia.',
          'Daftar layanan bantuan krisis gratis dan rahasia di berbagai negara.',
        ],
        [
          'If you or someone else is in danger right now, call this emergency number (free, 24 hours).',
          "The government's mental health counselling line, by phone.",
          'Reporting violence against women and children (Ministry of Women and Child Protection).',
          'Health information and referrals, including mental health (Ministry of Health).',
          'Suicide prevention community; a list of support services in Indonesia.',
          'Free, confidential crisis lines in many countries.',
        ],
        [1, 2, 3, 4, 5, 6],
      ],
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP TABLE "safety_resources"
        `);
  }
}

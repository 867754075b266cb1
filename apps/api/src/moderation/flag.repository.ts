import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { FlagReason } from './flag.entity.js';

export interface FlagRow {
  id: string;
  postId: string;
  flaggerId: string;
  reason: FlagReason;
  note: string | null;
  createdAt: Date;
}

const FLAG_COLUMNS = `f.id, f.post_id AS "postId", f.flagger_id AS "flaggerId", f.reason, f.note, f.created_at AS "createdAt"`;

@Injectable()
export class FlagRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** null when this reader has flagged the post before (one flag per person per post). */
  async insert(
    manager: EntityManager,
    flag: { postId: string; flaggerId: string; reason: FlagReason; note: string | null },
  ): Promise<FlagRow | null> {
    const [row] = await manager.query(
      `INSERT INTO flags AS f (post_id, flagger_id, reason, note) VALUES ($1, $2, $3, $4)
       ON CONFLICT (post_id, flagger_id) DO NOTHING RETURNING ${FLAG_COLUMNS}`,
      [flag.postId, flag.flaggerId, flag.reason, flag.note],
    );
    return row ?? null;
  }

  /** Distinct readers who flagged the post since its last resolved case (earlier flags were reviewed). */
  async distinctFlaggersSinceReview(manager: EntityManager, postId: string): Promise<number> {
    const [row] = await manager.query(
      `SELECT count(DISTINCT f.flagger_id)::int AS n FROM flags f
       WHERE f.post_id = $1 AND f.created_at > COALESCE(
         (SELECT max(c.resolved_at) FROM moderation_cases c WHERE c.post_id = $1), '-infinity')`,
      [postId],
    );
    return row.n;
  }

  /** Every flag of these posts, oldest first. */
  async listForPosts(postIds: readonly string[]): Promise<FlagRow[]> {
    return this.db.query(
      `SELECT ${FLAG_COLUMNS} FROM flags f WHERE f.post_id = ANY($1::uuid[]) ORDER BY f.created_at, f.id`,
      [postIds],
    );
  }

  /** The posts among these that the reader has flagged. */
  async flaggedBy(flaggerId: string, postIds: readonly string[]): Promise<Set<string>> {
    const rows: { postId: string }[] = await this.db.query(
      `SELECT post_id AS "postId" FROM flags WHERE flagger_id = $1 AND post_id = ANY($2::uuid[])`,
      [flaggerId, postIds],
    );
    return new Set(rows.map((row) => row.postId));
  }
}

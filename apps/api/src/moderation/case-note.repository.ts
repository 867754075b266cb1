import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

export interface CaseNoteRow {
  id: string;
  caseId: string;
  authorId: string;
  body: string;
  createdAt: Date;
}

const NOTE_COLUMNS = `n.id, n.case_id AS "caseId", n.author_id AS "authorId", n.body, n.created_at AS "createdAt"`;

@Injectable()
export class CaseNoteRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async insert(
    manager: EntityManager,
    note: { caseId: string; authorId: string; body: string },
  ): Promise<CaseNoteRow> {
    const [row] = await manager.query(
      `INSERT INTO case_notes AS n (case_id, author_id, body) VALUES ($1, $2, $3) RETURNING ${NOTE_COLUMNS}`,
      [note.caseId, note.authorId, note.body],
    );
    return row;
  }

  /** The cases' notes, oldest first. */
  async listForCases(caseIds: readonly string[]): Promise<CaseNoteRow[]> {
    return this.db.query(
      `SELECT ${NOTE_COLUMNS} FROM case_notes n WHERE n.case_id = ANY($1::uuid[]) ORDER BY n.created_at, n.id`,
      [caseIds],
    );
  }
}

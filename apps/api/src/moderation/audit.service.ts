import { Injectable } from '@nestjs/common';
import { requireSignedIn, type Viewer } from '../platform/auth/viewer.js';
import { isUuid } from '../platform/database/uuid.js';
import { badInput, forbidden } from '../platform/errors/domain-error.js';
import { decodeCursor, encodeCursor, pageSize } from '../platform/graphql/cursor.js';
import { toPage, type Page } from '../platform/graphql/page-info.model.js';
import { AuditRepository, type AuditCursor, type AuditRow } from './audit.repository.js';

const isCursor = (key: unknown[]): key is AuditCursor =>
  key.length === 2 && typeof key[0] === 'string' && typeof key[1] === 'string' && isUuid(key[1]);
const cursorOf = (row: AuditRow) => encodeCursor([row.createdKey, row.id]);

/** Reading the audit log: coordinators only. */
@Injectable()
export class AuditService {
  constructor(private readonly audit: AuditRepository) {}

  async list(
    viewer: Viewer | null,
    options: { first?: number | null; after?: string | null; caseId?: string | null },
  ): Promise<Page<AuditRow>> {
    if (requireSignedIn(viewer).role !== 'ADMIN') throw forbidden('Only coordinators read the audit log.');
    if (options.caseId && !isUuid(options.caseId)) throw badInput('caseId', 'This is not a case id.');
    const size = pageSize(options.first, 50, 200);
    const rows = await this.audit.list({
      caseId: options.caseId ?? null,
      after: options.after ? decodeCursor<AuditCursor>(options.after, isCursor) : null,
      limit: size + 1,
    });
    return toPage(rows, size, cursorOf);
  }
}

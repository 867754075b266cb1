import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { ReadScope } from '../forum/read-scope.js';
import { requireSignedIn } from '../platform/auth/viewer.js';
import { isUuid } from '../platform/database/uuid.js';
import { badInput, conflict, forbidden, notFound } from '../platform/errors/domain-error.js';
import { decodeCursor, encodeCursor, pageSize } from '../platform/graphql/cursor.js';
import { toPage, type Page } from '../platform/graphql/page-info.model.js';
import { optionalText } from '../platform/input/bounded-text.js';
import { AuditRepository, type AuditRecord } from './audit.repository.js';
import { caseAccess } from './case-access.js';
import { CaseDeadlines } from './case-deadlines.js';
import { CaseEvents } from './case-events.js';
import { CaseNoteRepository, type CaseNoteRow } from './case-note.repository.js';
import { CaseRepository, type CaseCursor } from './case.repository.js';
import type { CaseRow } from './case.rows.js';
import { ModeratedPostRepository, type ModeratedPost } from './moderated-post.repository.js';
import {
  RISK_LEVELS,
  type CaseStatus,
  type QueueKind,
  type Resolution,
  type RiskLevel,
} from './moderation-case.entity.js';
import { escalationSignal } from './routing.js';

const NOTE_MAX = 4_000;

const isCursor = (key: unknown[]): key is CaseCursor =>
  key.length === 3 &&
  RISK_LEVELS.includes(key[0] as RiskLevel) &&
  typeof key[1] === 'string' &&
  typeof key[2] === 'string' &&
  isUuid(key[2]);
const cursorOf = (row: CaseRow) => encodeCursor([row.severity, row.createdKey, row.id]);

export interface ResolveCommand {
  caseId: string;
  resolution: Resolution;
  note?: string | null;
  lockThread?: boolean | null;
}

/**
 * The work on cases: queues, claim, escalate, resolve, notes. Every method
 * takes the viewer's scope and checks with caseAccess before it reads or
 * changes anything; every change lands in the audit log in its transaction.
 */
@Injectable()
export class CaseService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly cases: CaseRepository,
    private readonly notes: CaseNoteRepository,
    private readonly posts: ModeratedPostRepository,
    private readonly audit: AuditRepository,
    private readonly deadlines: CaseDeadlines,
    private readonly events: CaseEvents,
  ) {}

  async queue(
    scope: ReadScope | null,
    options: { queue: QueueKind; status?: CaseStatus | null; first?: number | null; after?: string | null },
  ): Promise<Page<CaseRow>> {
    const worker = this.requireQueue(scope, options.queue);
    const size = pageSize(options.first, 50, 100);
    const rows = await this.cases.listQueue({
      queue: options.queue,
      status: options.status ?? null,
      groupIds: caseAccess.queueGroups(worker),
      after: options.after ? decodeCursor<CaseCursor>(options.after, isCursor) : null,
      limit: size + 1,
    });
    return toPage(rows, size, cursorOf);
  }

  /** The viewer's scope when they may work the queue; UNAUTHENTICATED or FORBIDDEN otherwise. */
  requireQueue(scope: ReadScope | null, queue: QueueKind): ReadScope {
    const worker = requireSignedIn(scope);
    if (!caseAccess.canOpenQueue(worker, queue)) {
      throw forbidden(
        queue === 'PROFESSIONAL'
          ? 'Only professionals work this queue.'
          : 'Only the facilitators of a group work its queue.',
      );
    }
    return worker;
  }

  /** The case when the viewer may work it; null otherwise (as if there were none). */
  async find(scope: ReadScope | null, caseId: string): Promise<CaseRow | null> {
    const worker = requireSignedIn(scope);
    const [kase] = isUuid(caseId) ? await this.cases.findByIds([caseId]) : [];
    return kase && caseAccess.canWork(worker, kase) ? kase : null;
  }

  /** A case announced on a queue, when the subscriber may work it there (checked again for every event). */
  async queuedFor(scope: ReadScope | null, caseId: string, queue: QueueKind): Promise<CaseRow | null> {
    if (!scope) return null;
    const [kase] = await this.cases.findByIds([caseId]);
    return kase?.queue === queue && caseAccess.canWork(scope, kase) ? kase : null;
  }

  async claim(scope: ReadScope | null, caseId: string): Promise<CaseRow> {
    const worker = requireSignedIn(scope);
    return this.db.transaction(async (manager) => {
      const current = await this.requireWorkable(manager, worker, caseId);
      const claimed = await this.cases.claim(manager, current.id, worker.userId);
      if (!claimed) throw conflict(claimConflictMessage(current, worker.userId));
      await this.audit.append(manager, caseRecord('CASE_CLAIMED', worker, claimed));
      return claimed;
    });
  }

  /** A facilitator hands the case to the professional queue, at least HIGH, open for a professional to claim. */
  async escalate(scope: ReadScope | null, caseId: string, rawNote?: string | null): Promise<CaseRow> {
    const worker = requireSignedIn(scope);
    const note = optionalText('note', rawNote, NOTE_MAX);
    const escalated = await this.db.transaction(async (manager) => {
      const current = await this.requireWorkable(manager, worker, caseId);
      if (current.status === 'RESOLVED') throw conflict('This case is resolved already.');
      if (current.queue === 'PROFESSIONAL') throw conflict('This case is with the professionals already.');
      const { severity, queue } = escalationSignal(current.severity);
      const changed = await this.cases.change(manager, current.id, {
        queue,
        severity,
        categories: current.categories,
        dueAt: this.deadlines.dueAt(severity),
        reopen: true,
      });
      await this.deadlines.schedule(manager, changed);
      if (note) await this.notes.insert(manager, { caseId: current.id, authorId: worker.userId, body: note });
      await this.audit.append(manager, {
        ...caseRecord('CASE_ESCALATED', worker, changed),
        detail: {
          severity,
          queue,
          from: { severity: current.severity, queue: current.queue },
          withNote: note !== null,
        },
      });
      return changed;
    });
    await this.events.queued(escalated);
    return escalated;
  }

  async resolve(scope: ReadScope | null, command: ResolveCommand): Promise<CaseRow> {
    const worker = requireSignedIn(scope);
    const note = optionalText('note', command.note, NOTE_MAX);
    return this.db.transaction(async (manager) => {
      const current = await this.requireWorkable(manager, worker, command.caseId);
      if (current.status === 'RESOLVED') throw conflict('This case is resolved already.');
      if (current.status === 'CLAIMED' && current.assigneeId !== worker.userId) {
        throw conflict('Someone else has claimed this case.');
      }
      const post = current.postId ? await this.posts.lock(manager, current.postId) : null;
      if (!post && (command.resolution === 'HIDDEN_POST' || command.resolution === 'RESTORED_POST')) {
        throw badInput('resolution', 'This case has no post to hide or restore.');
      }
      if (!post && command.lockThread) throw badInput('lockThread', 'This case has no thread to lock.');

      const resolved = await this.cases.resolve(manager, current.id, {
        assigneeId: worker.userId,
        resolution: command.resolution,
      });
      if (note) await this.notes.insert(manager, { caseId: current.id, authorId: worker.userId, body: note });
      const records: AuditRecord[] = [
        { ...caseRecord('CASE_RESOLVED', worker, resolved), detail: { resolution: command.resolution } },
      ];
      if (post) records.push(...(await this.applyResolution(manager, worker, resolved, post, command)));
      await this.audit.append(manager, ...records);
      return resolved;
    });
  }

  async addNote(scope: ReadScope | null, caseId: string, rawBody: string): Promise<CaseNoteRow> {
    const worker = requireSignedIn(scope);
    const body = optionalText('body', rawBody, NOTE_MAX);
    if (!body) throw badInput('body', 'This cannot be empty.');
    return this.db.transaction(async (manager) => {
      const current = await this.requireWorkable(manager, worker, caseId);
      const note = await this.notes.insert(manager, { caseId: current.id, authorId: worker.userId, body });
      await this.audit.append(manager, caseRecord('CASE_NOTE_ADDED', worker, current));
      return note;
    });
  }

  /**
   * Who wrote the case's post, for staff only. Looking at the author of an
   * anonymous post is written to the audit log, every time.
   */
  async revealAuthor(scope: ReadScope | null, kase: CaseRow): Promise<string | null> {
    const worker = requireSignedIn(scope);
    const postId = kase.postId;
    if (!worker.staff || !postId) return null;
    return this.db.transaction(async (manager) => {
      const post = await this.posts.lock(manager, postId);
      if (!post) return null;
      if (post.anonymous) {
        await this.audit.append(manager, {
          ...caseRecord('AUTHOR_REVEALED', worker, kase),
          subjectUserId: post.authorId,
        });
      }
      return post.authorId;
    });
  }

  /** The post changes a resolution makes; a held post that is not restored stays out of the group. */
  private async applyResolution(
    manager: EntityManager,
    worker: ReadScope,
    kase: CaseRow,
    post: ModeratedPost,
    command: ResolveCommand,
  ): Promise<AuditRecord[]> {
    const records: AuditRecord[] = [];
    const record = (action: AuditRecord['action']) => records.push(caseRecord(action, worker, kase));
    if (command.resolution === 'RESTORED_POST') {
      if (post.visibility !== 'VISIBLE' || post.staffOnly) {
        await this.posts.setVisibility(manager, post.id, 'VISIBLE', false);
        record('POST_RESTORED');
      }
    } else if (command.resolution === 'HIDDEN_POST' || post.visibility === 'HELD') {
      if (post.visibility !== 'HIDDEN') {
        await this.posts.setVisibility(manager, post.id, 'HIDDEN', post.staffOnly);
        record('POST_HIDDEN');
      }
    }
    if (command.lockThread) {
      await this.posts.lockThread(manager, post.threadId);
      record('THREAD_LOCKED');
    }
    return records;
  }

  /** The case, locked, when the viewer may work it; NOT_FOUND otherwise (as if there were none). */
  private async requireWorkable(manager: EntityManager, worker: ReadScope, caseId: string): Promise<CaseRow> {
    const kase = isUuid(caseId) ? await this.cases.lock(manager, caseId) : null;
    if (!kase || !caseAccess.canWork(worker, kase)) throw notFound('Case');
    return kase;
  }
}

function caseRecord(action: AuditRecord['action'], worker: ReadScope, kase: CaseRow): AuditRecord {
  return { action, actorId: worker.userId, caseId: kase.id, postId: kase.postId };
}

function claimConflictMessage(kase: CaseRow, userId: string): string {
  if (kase.status === 'RESOLVED') return 'This case is resolved already.';
  if (kase.assigneeId === userId) return 'You have claimed this case already.';
  return 'Someone else has claimed this case.';
}

import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AfterCommit } from '../platform/queue/job-handler.js';
import { AuditRepository } from './audit.repository.js';
import { CaseDeadlines } from './case-deadlines.js';
import { CaseEvents } from './case-events.js';
import { CaseRepository } from './case.repository.js';
import type { CaseRow } from './case.rows.js';
import type { ModeratedPost } from './moderated-post.repository.js';
import { ModeratedPostRepository } from './moderated-post.repository.js';
import type { QueueKind } from './moderation-case.entity.js';
import { isAbove, type Signal } from './routing.js';

/** What the signal came from, for the audit log. */
export interface SignalSource {
  kind: 'screening' | 'flag';
  /** The flagger; null for screening. */
  actorId: string | null;
}

/**
 * Opens or raises a post's case for a signal (screening or flag): one open
 * case per post, severity only rises, categories accumulate, the queue only
 * moves toward professionals; and holds or hides the post as the routing
 * table says. Runs inside the caller's transaction.
 */
@Injectable()
export class CaseIntakeService {
  constructor(
    private readonly cases: CaseRepository,
    private readonly posts: ModeratedPostRepository,
    private readonly audit: AuditRepository,
    private readonly deadlines: CaseDeadlines,
    private readonly events: CaseEvents,
  ) {}

  async receive(
    manager: EntityManager,
    post: ModeratedPost,
    signal: Signal,
    source: SignalSource,
  ): Promise<{ caseId: string; afterCommit: AfterCommit }> {
    const queue = await this.queueFor(manager, signal.queue, post.groupId);
    const routed = { ...signal, queue };
    const existing = await this.cases.lockOpenForPost(manager, post.id);
    const kase = existing ?? (await this.open(manager, post, routed, source));
    // A new case is news for its queue; an open one only when it rose or changed queue.
    const queued = existing ? await this.raise(manager, existing, routed, source) : kase;
    const caseId = kase.id;
    await this.applyToPost(manager, post, signal, { caseId, opened: !existing }, source);
    return {
      caseId,
      afterCommit: async () => {
        if (queued) await this.events.queued(queued);
      },
    };
  }

  private async open(manager: EntityManager, post: ModeratedPost, signal: Signal, source: SignalSource) {
    const opened = await this.cases.insertPostCase(manager, {
      postId: post.id,
      groupId: post.groupId,
      queue: signal.queue,
      severity: signal.severity,
      categories: [...signal.categories].sort(),
      dueAt: this.deadlines.dueAt(signal.severity),
    });
    await this.deadlines.schedule(manager, opened);
    await this.audit.append(manager, {
      action: 'CASE_OPENED',
      actorId: source.actorId,
      caseId: opened.id,
      postId: post.id,
      detail: {
        source: source.kind,
        severity: opened.severity,
        queue: opened.queue,
        categories: opened.categories,
      },
    });
    return opened;
  }

  /** Raises an open case; returns it when it moved up (severity or queue), null when nothing changed but categories. */
  private async raise(
    manager: EntityManager,
    current: CaseRow,
    signal: Signal,
    source: SignalSource,
  ): Promise<CaseRow | null> {
    const severity = isAbove(signal.severity, current.severity) ? signal.severity : current.severity;
    const queue: QueueKind = current.queue === 'PROFESSIONAL' ? 'PROFESSIONAL' : signal.queue;
    const categories = [...new Set([...current.categories, ...signal.categories])].sort();
    const movedQueue = queue !== current.queue;
    const rose = severity !== current.severity;
    if (!movedQueue && !rose && categories.length === current.categories.length) return null;

    const tighter = this.deadlines.dueAt(severity);
    const dueAt = movedQueue || current.dueAt > tighter ? tighter : current.dueAt;
    const raised = await this.cases.change(manager, current.id, {
      queue,
      severity,
      categories,
      dueAt,
      reopen: movedQueue,
    });
    if (dueAt !== current.dueAt && raised.status === 'OPEN') await this.deadlines.schedule(manager, raised);
    await this.audit.append(manager, {
      action: 'CASE_RAISED',
      actorId: source.actorId,
      caseId: current.id,
      postId: current.postId,
      detail: {
        source: source.kind,
        severity,
        queue,
        categories,
        from: { severity: current.severity, queue: current.queue },
      },
    });
    return movedQueue || rose ? raised : null;
  }

  /** A group with nobody to work its facilitator queue sends its cases to the professionals. */
  private async queueFor(manager: EntityManager, queue: QueueKind, groupId: string): Promise<QueueKind> {
    if (queue === 'PROFESSIONAL') return queue;
    return (await this.posts.groupHasFacilitator(manager, groupId)) ? queue : 'PROFESSIONAL';
  }

  private async applyToPost(
    manager: EntityManager,
    post: ModeratedPost,
    signal: Signal,
    { caseId, opened }: { caseId: string; opened: boolean },
    source: SignalSource,
  ): Promise<void> {
    const staffOnly = post.staffOnly || signal.staffOnly;
    if (signal.post === 'HOLD') {
      const visibility = post.visibility === 'HIDDEN' ? 'HIDDEN' : 'HELD';
      if (visibility !== post.visibility || staffOnly !== post.staffOnly) {
        await this.posts.setVisibility(manager, post.id, visibility, staffOnly);
      }
      // A post the write path held at once is recorded with the case it waits on.
      if (post.visibility === 'VISIBLE' || (opened && post.visibility === 'HELD')) {
        await this.audit.append(manager, {
          action: 'POST_HELD',
          actorId: source.actorId,
          caseId,
          postId: post.id,
        });
      }
    } else if (signal.post === 'HIDE' && post.visibility === 'VISIBLE') {
      await this.posts.setVisibility(manager, post.id, 'HIDDEN', staffOnly);
      await this.audit.append(manager, {
        action: 'POST_HIDDEN',
        actorId: source.actorId,
        caseId,
        postId: post.id,
      });
    }
  }
}

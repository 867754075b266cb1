import { DataSource } from 'typeorm';
import type { Forum } from './forum.js';
import type { TestApp, TestUser } from './test-app.js';

export const CASE_FIELDS = `id kind queue severity status categories dueAt escalationLevel resolution
  assignee { id } group { slug } post { id visibility }`;

/** Moderation steps through the API, and the few facts only the database shows. */
export class Moderation {
  constructor(
    private readonly api: TestApp,
    private readonly forum: Forum,
  ) {}

  async makeFacilitator(admin: TestUser, user: TestUser, slug: string): Promise<void> {
    await this.forum.join(user, slug);
    const result = await this.api.gql(
      `mutation($g: ID!, $u: ID!) { setFacilitator(groupId: $g, userId: $u, facilitator: true) { id } }`,
      { g: await this.forum.groupId(slug), u: user.id },
      { token: admin.token },
    );
    if (result.errors) throw new Error(JSON.stringify(result.errors));
  }

  queue(user: TestUser, queue: 'FACILITATOR' | 'PROFESSIONAL', status?: string) {
    return this.api.gql(
      `query($q: QueueKind!, $s: CaseStatus) { moderationQueue(queue: $q, status: $s) { nodes { ${CASE_FIELDS} } pageInfo { hasNextPage endCursor } } }`,
      { q: queue, s: status ?? null },
      { token: user.token },
    );
  }

  getCase(user: TestUser, id: string, fields = CASE_FIELDS) {
    return this.api.gql(`query($id: ID!) { case(id: $id) { ${fields} } }`, { id }, { token: user.token });
  }

  flag(user: TestUser, postId: string, reason: string, note?: string) {
    return this.api.gql(
      `mutation($p: ID!, $r: FlagReason!, $n: String) { flagPost(postId: $p, reason: $r, note: $n) { id reason } }`,
      { p: postId, r: reason, n: note ?? null },
      { token: user.token },
    );
  }

  claim(user: TestUser, caseId: string) {
    return this.api.gql(
      `mutation($id: ID!) { claimCase(caseId: $id) { ${CASE_FIELDS} } }`,
      { id: caseId },
      { token: user.token },
    );
  }

  escalate(user: TestUser, caseId: string, note?: string) {
    return this.api.gql(
      `mutation($id: ID!, $n: String) { escalateCase(caseId: $id, note: $n) { ${CASE_FIELDS} } }`,
      { id: caseId, n: note ?? null },
      { token: user.token },
    );
  }

  resolve(
    user: TestUser,
    caseId: string,
    resolution: string,
    options: { note?: string; lockThread?: boolean } = {},
  ) {
    return this.api.gql(
      `mutation($id: ID!, $r: Resolution!, $n: String, $l: Boolean) {
         resolveCase(caseId: $id, resolution: $r, note: $n, lockThread: $l) { ${CASE_FIELDS} } }`,
      { id: caseId, r: resolution, n: options.note ?? null, l: options.lockThread ?? null },
      { token: user.token },
    );
  }

  /** The post's cases straight from the database (ids, states), oldest first. */
  async casesOfPost(
    postId: string,
  ): Promise<{ id: string; status: string; severity: string; queue: string }[]> {
    return this.api.app
      .get(DataSource)
      .query(
        `SELECT id, status, severity, queue FROM moderation_cases WHERE post_id = $1 ORDER BY created_at`,
        [postId],
      );
  }

  async auditActions(caseId: string): Promise<string[]> {
    const rows: { action: string }[] = await this.api.app
      .get(DataSource)
      .query(`SELECT action FROM audit_entries WHERE case_id = $1 ORDER BY created_at, id`, [caseId]);
    return rows.map((row) => row.action);
  }
}

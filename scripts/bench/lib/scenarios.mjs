// The benchmarked operations: their GraphQL documents, the (viewer, target) pairs drawn from the
// seeded data, and request bodies. The API and the plain-pg baseline get the very same requests.
import pg from 'pg';
import { databaseUrl, tokenOf } from './config.mjs';
import { postBody, prng } from './text.mjs';

// The documents are those of the web app (apps/web/src/lib/graphql/operations/forum.graphql and
// groups.graphql): the thread page, the group page and the reply form.
const THREAD_SUMMARY = `fragment ThreadSummary on Thread {
  id title createdAt lastActivityAt locked pinned replyCount viewerIsAuthor
  author { displayName anonymous }
}`;
const GROUP_SUMMARY = `fragment GroupSummary on Group {
  id slug name description memberCount visibility archived viewerRole viewerCanRead
  facilitators { displayName }
}`;
const POST_VIEW = `fragment PostView on Post {
  id body bodyHtml contentWarning visibility createdAt editedAt viewerIsAuthor
  author { displayName anonymous }
  reactions { kind count viewerReacted }
}`;

/** The thread page: the thread, its first 20 posts, their authors and reactions. */
export const THREAD_PAGE = `query Thread($id: ID!, $first: Int!, $after: String) {
  thread(id: $id) {
    ...ThreadSummary
    group { id slug name viewerRole archived }
    posts(first: $first, after: $after) {
      nodes { ...PostView }
      pageInfo { endCursor hasNextPage }
    }
  }
}
${THREAD_SUMMARY}
${POST_VIEW}`;

/** The group page: the group and its first 20 threads (pinned first, then by last activity). */
export const GROUP_THREADS = `query Group($slug: String!, $first: Int!, $after: String) {
  group(slug: $slug) {
    ...GroupSummary
    threads(first: $first, after: $after) {
      nodes { ...ThreadSummary }
      pageInfo { endCursor hasNextPage }
    }
  }
}
${GROUP_SUMMARY}
${THREAD_SUMMARY}`;

/** A reply, as the thread page's form sends it. */
export const CREATE_POST = `mutation CreatePost($input: CreatePostInput!) {
  createPost(input: $input) { ...PostResultView }
}
fragment PostResultView on PostResult {
  held
  post { id thread { id } }
  safetyResources { name contact description }
}`;

export const TYPENAME = '{ __typename }';

export const PAGE_SIZE = 20;

/**
 * Request targets from the seeded data, each with a viewer who is a plain member (not staff, not a
 * facilitator) of the group concerned, so every request is allowed and answers with data:
 * - threads: threads with at least 21 posts (a full page of 20);
 * - groups: (group slug, member) pairs, popular groups more often (as members are);
 * - posting: unlocked threads of groups that are not archived.
 */
export async function loadTargets({ count = 2000 } = {}) {
  const client = new pg.Client({ connectionString: databaseUrl(), application_name: 'sebaya-bench-targets' });
  await client.connect();
  try {
    await client.query('SELECT setseed(0.77)');
    const member = (groupExpr) => `(SELECT u.email FROM group_memberships m JOIN users u ON u.id = m.user_id
        WHERE m.group_id = ${groupExpr} AND m.role = 'MEMBER' AND u.role = 'MEMBER' AND u.email LIKE 'bench%'
        ORDER BY random() LIMIT 1)`;
    const threads = await client.query(
      `SELECT t.id, ${member('t.group_id')} AS email FROM threads t
       WHERE t.id IN (SELECT thread_id FROM posts GROUP BY thread_id HAVING count(*) >= ${PAGE_SIZE + 1})
       ORDER BY random() LIMIT $1`,
      [count],
    );
    const groups = await client.query(
      `SELECT g.slug, u.email FROM group_memberships m JOIN groups g ON g.id = m.group_id JOIN users u ON u.id = m.user_id
       WHERE m.role = 'MEMBER' AND u.role = 'MEMBER' AND u.email LIKE 'bench%'
       ORDER BY random() LIMIT $1`,
      [count],
    );
    const posting = await client.query(
      `SELECT t.id, ${member('t.group_id')} AS email FROM threads t JOIN groups g ON g.id = t.group_id
       WHERE NOT t.locked AND g.archived_at IS NULL ORDER BY random() LIMIT $1`,
      [count],
    );
    const withToken = (row) => ({ ...row, token: tokenOf(Number(/^bench(\d+)@/.exec(row.email)[1])) });
    const random = prng(99);
    return {
      threads: threads.rows.filter((row) => row.email).map(withToken),
      groups: groups.rows.map(withToken),
      posting: posting.rows.filter((row) => row.email).map(withToken),
      replies: Array.from({ length: 200 }, () => ({
        body: postBody(random),
        anonymous: random() < 0.15,
        contentWarning: random() < 0.05 ? 'Menyebut serangan panik' : null,
      })),
    };
  } finally {
    await client.end();
  }
}

const choose = (list) => list[Math.floor(Math.random() * list.length)];

/** Each scenario's operation, the targets it draws from and its variables for one target. */
const OPERATIONS = {
  thread: {
    operationName: 'Thread',
    query: THREAD_PAGE,
    targets: 'threads',
    variables: (thread) => ({ id: thread.id, first: PAGE_SIZE }),
  },
  groupThreads: {
    operationName: 'Group',
    query: GROUP_THREADS,
    targets: 'groups',
    variables: (group) => ({ slug: group.slug, first: PAGE_SIZE }),
  },
  createPost: {
    operationName: 'CreatePost',
    query: CREATE_POST,
    targets: 'posting',
    variables: (thread, targets) => ({ input: { threadId: thread.id, ...choose(targets.replies) } }),
  },
};

/** The GraphQL request of one scenario, with a random target each time: { token, body }. */
export function requestMaker(scenario, targets) {
  if (scenario === 'typename') return () => ({ token: null, body: JSON.stringify({ query: TYPENAME }) });
  const operation = OPERATIONS[scenario];
  if (!operation) throw new Error(`unknown scenario ${scenario}`);
  const { operationName, query, variables } = operation;
  return () => {
    const target = choose(targets[operation.targets]);
    return {
      token: target.token,
      body: JSON.stringify({ operationName, query, variables: variables(target, targets) }),
    };
  };
}

/**
 * Whether a response is a success: a 200 whose JSON has no `errors` and whose root field has data
 * (a thread or group the viewer could not read would answer null without an error).
 */
export function checkResponse(scenario, status, body) {
  if (status < 200 || status >= 300) return `HTTP ${status}`;
  if (body.includes('"errors"')) return 'GraphQL errors';
  if (scenario === 'thread' && !body.startsWith('{"data":{"thread":{')) return 'no thread';
  if (scenario === 'groupThreads' && !body.startsWith('{"data":{"group":{')) return 'no group';
  if (scenario === 'createPost' && !body.startsWith('{"data":{"createPost":{')) return 'no post';
  if (scenario === 'typename' && !body.startsWith('{"data":{"__typename":"Query"}')) return 'unexpected body';
  return null;
}

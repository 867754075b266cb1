import 'reflect-metadata';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Redis } from 'ioredis';
import { createHttpApp } from '../../src/http-app.js';
import { UserRepository } from '../../src/accounts/user.repository.js';
import type { Role } from '../../src/accounts/user.entity.js';
import { loadConfig, type AppConfig } from '../../src/platform/config/config.js';
import {
  TEMPLATE_ENV,
  createDatabaseFromTemplate,
  databaseUrl,
  dropDatabase,
  uniqueName,
} from './databases.js';

export interface GraphqlResponse<T = Record<string, any>> {
  status: number;
  headers: Headers;
  data?: T | null;
  errors?: { message: string; extensions: { code: string; [key: string]: unknown } }[];
}

export interface RequestOptions {
  token?: string;
  headers?: Record<string, string>;
}

export interface TestUser {
  id: string;
  email: string;
  password: string;
  displayName: string;
  token: string;
}

/**
 * The real API over real HTTP, on its own database (cloned from the migrated
 * template) and its own Redis key prefix, so test files never share state.
 */
export class TestApp {
  private userCount = 0;

  private constructor(
    readonly app: NestFastifyApplication,
    readonly config: AppConfig,
    readonly url: string,
    readonly databaseName: string,
    /** The environment the API was started with, for a worker or second API on the same state. */
    readonly environment: Record<string, string>,
  ) {}

  /**
   * Starts an API on a fresh database. Passing DATABASE_URL and REDIS_PREFIX
   * of a running TestApp starts a second process on the same state instead
   * (close it with closeSharingState).
   */
  static async start(environment: Record<string, string> = {}): Promise<TestApp> {
    const template = process.env[TEMPLATE_ENV];
    if (!template) throw new Error(`${TEMPLATE_ENV} is not set: run the tests through jest's globalSetup`);
    const sharing = environment.DATABASE_URL !== undefined;
    const databaseName = sharing ? '' : uniqueName('sebaya_test');
    if (!sharing) await createDatabaseFromTemplate(databaseName, template);
    const effective: Record<string, string> = {
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      DATABASE_URL: databaseUrl(databaseName),
      REDIS_PREFIX: databaseName,
      REGISTER_LIMIT_PER_IP: '10000',
      LOGIN_LIMIT_PER_IP: '10000',
      ...environment,
    };
    const config = loadConfig({ ...process.env, ...effective });
    try {
      const app = await createHttpApp(config);
      await app.listen(0, '127.0.0.1');
      return new TestApp(app, config, await app.getUrl(), databaseName, effective);
    } catch (error) {
      if (!sharing) await dropDatabase(databaseName);
      throw error;
    }
  }

  async gql<T = Record<string, any>>(
    query: string,
    variables: Record<string, unknown> = {},
    options: RequestOptions = {},
  ): Promise<GraphqlResponse<T>> {
    const response = await this.post('/graphql', JSON.stringify({ query, variables }), {
      'content-type': 'application/json',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...options.headers,
    });
    const body = (await response.json()) as Pick<GraphqlResponse<T>, 'data' | 'errors'>;
    return { status: response.status, headers: response.headers, ...body };
  }

  post(path: string, body: string, headers: Record<string, string>): Promise<Response> {
    return fetch(`${this.url}${path}`, { method: 'POST', body, headers });
  }

  /** Registers a member through the API (as a person would), then gives it a role if asked. */
  async newUser(options: { role?: Role; displayName?: string } = {}): Promise<TestUser> {
    this.userCount += 1;
    const user = {
      email: `user${this.userCount}@example.test`,
      password: `correct horse ${this.userCount}`,
      displayName: options.displayName ?? `Peer ${this.userCount}`,
    };
    const result = await this.gql<{ register: { token: string; user: { id: string } } }>(
      'mutation($input: RegisterInput!) { register(input: $input) { token user { id } } }',
      { input: user },
    );
    if (!result.data) throw new Error(`register failed: ${JSON.stringify(result.errors)}`);
    const { token, user: created } = result.data.register;
    if (options.role && options.role !== 'MEMBER') {
      await this.app.get(UserRepository).update(created.id, { role: options.role });
    }
    return { ...user, id: created.id, token };
  }

  async closeSharingState(): Promise<void> {
    await this.app.close();
  }

  async close(): Promise<void> {
    await this.app.close();
    await dropDatabase(this.databaseName);
    await deleteRedisKeys(this.config.redis.url, `${this.config.redis.prefix}:*`);
  }
}

/** Removes what the test wrote to Redis; a Redis that cannot be reached holds nothing of the test's. */
async function deleteRedisKeys(url: string, pattern: string): Promise<void> {
  const redis = new Redis(url, { lazyConnect: true, retryStrategy: () => null, maxRetriesPerRequest: 0 });
  try {
    await redis.connect();
  } catch {
    redis.disconnect();
    return;
  }
  try {
    for await (const keys of redis.scanStream({ match: pattern, count: 500 })) {
      if ((keys as string[]).length) await redis.del(...(keys as string[]));
    }
  } finally {
    redis.disconnect();
  }
}

export function errorCodes(response: GraphqlResponse): string[] {
  return (response.errors ?? []).map((error) => error.extensions.code);
}

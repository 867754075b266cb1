import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Repository } from 'typeorm';
import { preparedQuery } from '../platform/database/prepared-query.js';
import { SessionEntity } from './session.entity.js';
import type { Locale, Role } from './user.entity.js';

/** A live session with what a request needs of its user. */
export interface SessionOfRequest {
  id: string;
  userId: string;
  role: Role;
  locale: Locale;
  /** The groups the user facilitates. */
  facilitatedGroupIds: string[];
}

const liveSession = (match: string) =>
  `SELECT s.id, s.user_id AS "userId", u.role, u.locale,
     ARRAY(SELECT m.group_id::text FROM group_memberships m
           WHERE m.user_id = s.user_id AND m.role = 'FACILITATOR') AS "facilitatedGroupIds"
   FROM sessions s JOIN users u ON u.id = s.user_id
   WHERE ${match} AND s.revoked_at IS NULL AND s.expires_at > $2`;
const LIVE_SESSION_BY_TOKEN = liveSession('s.token_hash = $1');
const LIVE_SESSION_BY_ID = liveSession('s.id = $1');

@Injectable()
export class SessionRepository {
  constructor(@InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>) {}

  async insert(userId: string, tokenHash: Buffer, expiresAt: Date): Promise<SessionEntity> {
    return this.sessions.save(this.sessions.create({ userId, tokenHash, expiresAt, revokedAt: null }));
  }

  /**
   * The live session for a token hash with what a request needs of its user
   * (and the groups the user facilitates, which decide what they may read);
   * null when unknown, expired or revoked. Plain SQL, one statement: every
   * request runs it.
   */
  findLive(tokenHash: Buffer, now: Date): Promise<SessionOfRequest | null> {
    return this.findOne(LIVE_SESSION_BY_TOKEN, [tokenHash, now]);
  }

  /** The same for a session already known by id: a subscription checks it again for each event. */
  findLiveById(id: string, now: Date): Promise<SessionOfRequest | null> {
    return this.findOne(LIVE_SESSION_BY_ID, [id, now]);
  }

  private async findOne(sql: string, values: unknown[]): Promise<SessionOfRequest | null> {
    const [session] = await preparedQuery<SessionOfRequest>(this.sessions.manager.connection, sql, values);
    return session ?? null;
  }

  async revoke(id: string, now: Date): Promise<void> {
    await this.sessions.update({ id, revokedAt: IsNull() }, { revokedAt: now });
  }
}

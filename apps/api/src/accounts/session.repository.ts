import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Repository } from 'typeorm';
import { SessionEntity } from './session.entity.js';
import type { UserEntity } from './user.entity.js';

@Injectable()
export class SessionRepository {
  constructor(@InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>) {}

  async insert(userId: string, tokenHash: Buffer, expiresAt: Date): Promise<SessionEntity> {
    return this.sessions.save(this.sessions.create({ userId, tokenHash, expiresAt, revokedAt: null }));
  }

  /** The live session for a token hash, with its user; null when unknown, expired or revoked. */
  async findLive(tokenHash: Buffer, now: Date): Promise<(SessionEntity & { user: UserEntity }) | null> {
    const session = await this.sessions
      .createQueryBuilder('session')
      .innerJoinAndSelect('session.user', 'user')
      .where('session.token_hash = :tokenHash', { tokenHash })
      .andWhere('session.revoked_at IS NULL')
      .andWhere('session.expires_at > :now', { now })
      .getOne();
    return session as (SessionEntity & { user: UserEntity }) | null;
  }

  async isLive(id: string, now: Date): Promise<boolean> {
    return this.sessions
      .createQueryBuilder('session')
      .where('session.id = :id AND session.revoked_at IS NULL AND session.expires_at > :now', { id, now })
      .getExists();
  }

  async revoke(id: string, now: Date): Promise<void> {
    await this.sessions.update({ id, revokedAt: IsNull() }, { revokedAt: now });
  }
}

import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { detectUniqueViolation } from '../platform/database/unique-violation.js';
import { UserEntity, type Locale, type Role } from './user.entity.js';

export interface NewUser {
  email: string;
  displayName: string;
  passwordHash: string;
  locale: Locale;
  role?: Role;
}

/** What others may see of a user. */
export type PublicUser = Pick<UserEntity, 'id' | 'displayName' | 'role' | 'locale'>;

@Injectable()
export class UserRepository {
  constructor(@InjectRepository(UserEntity) private readonly users: Repository<UserEntity>) {}

  findById(id: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ id });
  }

  /** Plain SQL and only what others may see of a user: it loads every named author of a page. */
  findPublicByIds(ids: readonly string[]): Promise<PublicUser[]> {
    return this.users.query(
      `SELECT id, display_name AS "displayName", role, locale FROM users WHERE id = ANY($1::uuid[])`,
      [ids],
    );
  }

  findByEmail(email: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ email });
  }

  insert(user: NewUser): Promise<UserEntity> {
    return detectUniqueViolation(() => this.users.save(this.users.create(user)));
  }

  async update(id: string, changes: Partial<Pick<UserEntity, 'displayName' | 'locale' | 'role' | 'onDuty'>>) {
    await detectUniqueViolation(() => this.users.update({ id }, changes));
  }

  async onDutyByIds(ids: readonly string[]): Promise<Map<string, boolean>> {
    const rows: { id: string; onDuty: boolean }[] = await this.users.query(
      `SELECT id, on_duty AS "onDuty" FROM users WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(rows.map((row) => [row.id, row.onDuty]));
  }

  /** Who hears of a deadline escalation: professionals on duty and every coordinator. */
  async escalationRecipientIds(): Promise<string[]> {
    const rows: { id: string }[] = await this.users.query(
      `SELECT id FROM users WHERE (role = 'PROFESSIONAL' AND on_duty) OR role = 'ADMIN'`,
    );
    return rows.map((row) => row.id);
  }

  countByRole(role: Role): Promise<number> {
    return this.users.countBy({ role });
  }
}

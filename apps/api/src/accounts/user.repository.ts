import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { UserEntity, type Locale, type Role } from './user.entity.js';

export interface NewUser {
  email: string;
  displayName: string;
  passwordHash: string;
  locale: Locale;
  role?: Role;
}

const UNIQUE_VIOLATION = '23505';

/** Thrown when a unique index refuses a row; names the index. */
export class UniqueViolation extends Error {
  constructor(readonly constraint: string) {
    super(`unique violation on ${constraint}`);
  }
}

@Injectable()
export class UserRepository {
  constructor(@InjectRepository(UserEntity) private readonly users: Repository<UserEntity>) {}

  findById(id: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ id });
  }

  findByEmail(email: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ email });
  }

  async insert(user: NewUser): Promise<UserEntity> {
    try {
      return await this.users.save(this.users.create(user));
    } catch (error) {
      throw asUniqueViolation(error);
    }
  }

  async update(id: string, changes: Partial<Pick<UserEntity, 'displayName' | 'locale' | 'role'>>) {
    try {
      await this.users.update({ id }, changes);
    } catch (error) {
      throw asUniqueViolation(error);
    }
  }

  countByRole(role: Role): Promise<number> {
    return this.users.countBy({ role });
  }
}

function asUniqueViolation(error: unknown): unknown {
  const driverError = (error as { driverError?: { code?: string; constraint?: string } }).driverError;
  return driverError?.code === UNIQUE_VIOLATION ? new UniqueViolation(driverError.constraint ?? '') : error;
}

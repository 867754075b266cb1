import { Inject, Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { AppConfig } from '../platform/config/config.js';
import { APP_CONFIG } from '../platform/config/config.module.js';
import type { Loaders } from '../platform/graphql/loaders.js';
import { requireSignedIn, type Viewer } from '../platform/auth/viewer.js';
import {
  DomainError,
  conflict,
  forbidden,
  notFound,
  unauthenticated,
} from '../platform/errors/domain-error.js';
import { isUuid } from '../platform/database/uuid.js';
import { parseDisplayName, parseEmail, parseLocale, parsePassword, normaliseEmail } from './account-input.js';
import { AuthThrottle } from './auth-throttle.js';
import { PasswordHasher } from './password-hasher.js';
import { hashSessionToken, newSessionToken } from './session-token.js';
import { SessionRepository, type SessionOfRequest } from './session.repository.js';
import type { Locale, Role, UserEntity } from './user.entity.js';
import { UniqueViolation } from '../platform/database/unique-violation.js';
import { UserRepository } from './user.repository.js';

/** A signed-in viewer and the groups they facilitate, as read with their session. */
export interface SignedIn {
  viewer: Viewer;
  facilitatedGroupIds: string[];
}

function signedInWith(session: SessionOfRequest | null): SignedIn | null {
  return (
    session && {
      viewer: { userId: session.userId, sessionId: session.id, role: session.role, locale: session.locale },
      facilitatedGroupIds: session.facilitatedGroupIds,
    }
  );
}

export interface NewSession {
  token: string;
  expiresAt: Date;
  user: UserEntity;
}

export interface RegisterCommand {
  email: string;
  password: string;
  displayName: string;
  locale?: string | null;
}

@Injectable()
export class AccountService {
  constructor(
    private readonly users: UserRepository,
    private readonly sessions: SessionRepository,
    private readonly hasher: PasswordHasher,
    private readonly throttle: AuthThrottle,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async register(command: RegisterCommand, clientIp: string): Promise<NewSession> {
    await this.throttle.beforeRegister(clientIp);
    const email = parseEmail(command.email);
    const password = parsePassword(command.password);
    const displayName = parseDisplayName(command.displayName);
    const locale = command.locale == null ? 'id' : parseLocale(command.locale);
    const user = await this.createUser({ email, displayName, locale, password, role: 'MEMBER' });
    return this.startSession(user);
  }

  async login(rawEmail: string, password: string, clientIp: string): Promise<NewSession> {
    const email = normaliseEmail(rawEmail);
    await this.throttle.beforeLogin(clientIp, email);
    const user = await this.users.findByEmail(email);
    const passwordMatches = await this.hasher.verify(user?.passwordHash, password);
    if (!user || !passwordMatches) {
      await this.throttle.loginFailed(email);
      throw unauthenticated('The email or password is not correct.');
    }
    await this.throttle.loginSucceeded(email);
    return this.startSession(user);
  }

  async logout(viewer: Viewer | null): Promise<void> {
    if (viewer) await this.sessions.revoke(viewer.sessionId, new Date());
  }

  /**
   * The viewer a session token belongs to, with the groups they facilitate as
   * of now (read in the same statement); null for an unknown, expired or
   * revoked token.
   */
  async viewerForToken(token: string): Promise<SignedIn | null> {
    return signedInWith(await this.sessions.findLive(hashSessionToken(token), new Date()));
  }

  /**
   * For long-lived connections: the viewer of a session as of now (a role or
   * groups changed since are seen), or null once it was revoked or expired.
   */
  async viewerForSession(viewer: Viewer | null): Promise<SignedIn | null> {
    return viewer && signedInWith(await this.sessions.findLiveById(viewer.sessionId, new Date()));
  }

  async currentUser(viewer: Viewer | null): Promise<UserEntity | null> {
    return viewer && this.users.findById(viewer.userId);
  }

  async updateProfile(
    viewer: Viewer | null,
    changes: { displayName?: string | null; locale?: string | null },
  ): Promise<UserEntity> {
    const { userId } = requireSignedIn(viewer);
    const update: { displayName?: string; locale?: Locale } = {};
    if (changes.displayName != null) update.displayName = parseDisplayName(changes.displayName);
    if (changes.locale != null) update.locale = parseLocale(changes.locale);
    try {
      await this.users.update(userId, update);
    } catch (error) {
      throw translateUniqueViolation(error);
    }
    return this.requireUser(userId);
  }

  async assignRole(viewer: Viewer | null, userId: string, role: Role): Promise<UserEntity> {
    if (requireSignedIn(viewer).role !== 'ADMIN') throw forbidden('Only a coordinator can assign roles.');
    const target = await this.requireUser(userId);
    if (target.role === 'ADMIN' && role !== 'ADMIN' && (await this.users.countByRole('ADMIN')) <= 1) {
      throw conflict('This is the last coordinator; assign another one first.');
    }
    // Someone who stops being a professional goes off duty: back in that role, they choose again.
    await this.users.update(target.id, role === 'PROFESSIONAL' ? { role } : { role, onDuty: false });
    return this.requireUser(target.id);
  }

  /** A professional goes on or off duty; on duty, they hear of deadline escalations. */
  async setOnDuty(viewer: Viewer | null, onDuty: boolean): Promise<UserEntity> {
    const { userId, role } = requireSignedIn(viewer);
    if (role !== 'PROFESSIONAL') throw forbidden('Only professionals go on and off duty.');
    await this.users.update(userId, { onDuty });
    return this.requireUser(userId);
  }

  /** Whether the user is on duty: only staff learn it, and only of themselves (null otherwise). */
  async ownOnDuty(viewer: Viewer | null, loaders: Loaders, userId: string): Promise<boolean | null> {
    if (viewer?.userId !== userId || viewer.role === 'MEMBER') return null;
    return loaders.get(this.onDutyLoader).load(userId);
  }

  /** Creates the configured coordinator account once (SEBAYA_ADMIN_EMAIL / SEBAYA_ADMIN_PASSWORD). */
  async ensureBootstrapAdmin(): Promise<void> {
    const admin = this.config.bootstrapAdmin;
    if (admin)
      await this.ensureAccount({ ...admin, displayName: 'Koordinator', locale: 'id', role: 'ADMIN' });
  }

  /** Creates an account unless one with this email exists; true when it was created. */
  async ensureAccount(account: {
    email: string;
    password: string;
    displayName: string;
    locale: Locale;
    role: Role;
  }): Promise<boolean> {
    const email = parseEmail(account.email);
    if (await this.users.findByEmail(email)) return false;
    try {
      await this.createUser({
        ...account,
        email,
        password: parsePassword(account.password),
        displayName: parseDisplayName(account.displayName),
      });
      return true;
    } catch (error) {
      // Another process created it at the same moment.
      if (error instanceof DomainError && error.code === 'CONFLICT' && error.details.field === 'email')
        return false;
      throw error;
    }
  }

  private async createUser(user: {
    email: string;
    password: string;
    displayName: string;
    locale: Locale;
    role: Role;
  }): Promise<UserEntity> {
    const passwordHash = await this.hasher.hash(user.password);
    try {
      return await this.users.insert({ ...user, passwordHash });
    } catch (error) {
      throw translateUniqueViolation(error);
    }
  }

  private readonly onDutyLoader = () =>
    new DataLoader<string, boolean>(async (ids) => {
      const onDuty = await this.users.onDutyByIds(ids);
      return ids.map((id) => onDuty.get(id) ?? false);
    });

  private async requireUser(userId: string): Promise<UserEntity> {
    const user = isUuid(userId) ? await this.users.findById(userId) : null;
    if (!user) throw notFound('User');
    return user;
  }

  private async startSession(user: UserEntity): Promise<NewSession> {
    const token = newSessionToken();
    const expiresAt = new Date(Date.now() + this.config.session.ttlMs);
    await this.sessions.insert(user.id, hashSessionToken(token), expiresAt);
    return { token, expiresAt, user };
  }
}

function translateUniqueViolation(error: unknown): unknown {
  if (!(error instanceof UniqueViolation)) return error;
  if (error.constraint === 'users_email_key') {
    return conflict('An account with this email already exists.', 'email');
  }
  if (error.constraint === 'users_display_name_key') {
    return conflict('This display name is taken; choose another.', 'displayName');
  }
  return error;
}

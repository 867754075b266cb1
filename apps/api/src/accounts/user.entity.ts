import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

export const ROLES = ['MEMBER', 'PROFESSIONAL', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

export const LOCALES = ['id', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

@Entity({ name: 'users' })
@Check('users_locale_check', `"locale" IN ('id', 'en')`)
/** Expression index on lower(display_name), written by hand in the Accounts migration. */
@Index('users_display_name_key', { synchronize: false })
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Normalised (trimmed, NFC, lower case) before it is stored. */
  @Index('users_email_key', { unique: true })
  @Column({ type: 'text' })
  email: string;

  /** Unique regardless of case (index `users_display_name_key` on lower(display_name)). */
  @Column({ name: 'display_name', type: 'text' })
  displayName: string;

  @Column({ name: 'password_hash', type: 'text' })
  passwordHash: string;

  /** The global role beyond MEMBER, which everyone has. */
  @Column({ type: 'enum', enum: ROLES, enumName: 'user_role', default: 'MEMBER' })
  role: Role;

  @Column({ type: 'varchar', length: 2, default: 'id' })
  locale: Locale;

  /** A professional who is on duty hears of deadline escalations. */
  @Column({ name: 'on_duty', type: 'boolean', default: false })
  onDuty: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../accounts/user.entity.js';
import { GroupEntity } from './group.entity.js';

export const GROUP_ROLES = ['MEMBER', 'FACILITATOR'] as const;
export type GroupRole = (typeof GROUP_ROLES)[number];

@Entity({ name: 'group_memberships' })
@Index('group_memberships_user_id_idx', ['userId'])
export class GroupMembershipEntity {
  @PrimaryColumn({ name: 'group_id', type: 'uuid' })
  groupId: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => GroupEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'group_id', foreignKeyConstraintName: 'group_memberships_group_id_fkey' })
  group?: GroupEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'group_memberships_user_id_fkey' })
  user?: UserEntity;

  @Column({ type: 'enum', enum: GROUP_ROLES, enumName: 'group_role', default: 'MEMBER' })
  role: GroupRole;

  @CreateDateColumn({ name: 'joined_at', type: 'timestamptz' })
  joinedAt: Date;
}

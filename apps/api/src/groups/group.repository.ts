import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Repository } from 'typeorm';
import { UserEntity } from '../accounts/user.entity.js';
import { preparedQuery } from '../platform/database/prepared-query.js';
import { detectUniqueViolation } from '../platform/database/unique-violation.js';
import { GroupMembershipEntity, type GroupRole } from './group-membership.entity.js';
import { GroupEntity } from './group.entity.js';

export type NewGroup = Pick<
  GroupEntity,
  'slug' | 'nameId' | 'nameEn' | 'descriptionId' | 'descriptionEn' | 'visibility'
>;

/** GroupEntity's fields and their columns. */
const GROUP_FIELDS = {
  id: 'id',
  slug: 'slug',
  nameId: 'name_id',
  nameEn: 'name_en',
  descriptionId: 'description_id',
  descriptionEn: 'description_en',
  visibility: 'visibility',
  archivedAt: 'archived_at',
  createdAt: 'created_at',
} as const satisfies Record<keyof GroupEntity, string>;

/**
 * The columns of a group (alias g) named `${prefix}${field}`, for a statement
 * that reads a group along with other rows; groupFromRow takes them back out.
 */
export const groupColumns = (prefix = '') =>
  Object.entries(GROUP_FIELDS)
    .map(([field, column]) => `g.${column} AS "${prefix}${field}"`)
    .join(', ');

export function groupFromRow(row: Record<string, unknown>, prefix: string): GroupEntity {
  const group = {} as Record<string, unknown>;
  for (const field of Object.keys(GROUP_FIELDS)) group[field] = row[`${prefix}${field}`];
  return group as unknown as GroupEntity;
}

const GROUP_COLUMNS = groupColumns();

// The statements' texts are made once: they are prepared by name (preparedQuery) and looked up by text.
const SQL = {
  bySlug: `SELECT ${GROUP_COLUMNS} FROM groups g WHERE g.slug = $1`,
  byIds: `SELECT ${GROUP_COLUMNS} FROM groups g WHERE g.id = ANY($1::uuid[])`,
};

@Injectable()
export class GroupRepository {
  constructor(
    @InjectRepository(GroupEntity) private readonly groups: Repository<GroupEntity>,
    @InjectRepository(GroupMembershipEntity) private readonly memberships: Repository<GroupMembershipEntity>,
  ) {}

  // Lookups by key are plain SQL: they sit on the path of most requests.

  async findById(id: string): Promise<GroupEntity | null> {
    return (await this.findByIds([id]))[0] ?? null;
  }

  async findBySlug(slug: string): Promise<GroupEntity | null> {
    const [group] = await preparedQuery<GroupEntity>(this.groups.manager.connection, SQL.bySlug, [slug]);
    return group ?? null;
  }

  findByIds(ids: readonly string[]): Promise<GroupEntity[]> {
    return preparedQuery(this.groups.manager.connection, SQL.byIds, [ids]);
  }

  listAll(options: { includeArchived: boolean }): Promise<GroupEntity[]> {
    return this.groups.find({
      where: options.includeArchived ? {} : { archivedAt: IsNull() },
      order: { createdAt: 'ASC', slug: 'ASC' },
    });
  }

  insert(group: NewGroup): Promise<GroupEntity> {
    return detectUniqueViolation(() => this.groups.save(this.groups.create({ ...group, archivedAt: null })));
  }

  async update(id: string, changes: Partial<NewGroup & { archivedAt: Date | null }>): Promise<void> {
    await detectUniqueViolation(() => this.groups.update({ id }, changes));
  }

  async memberCounts(groupIds: readonly string[]): Promise<Map<string, number>> {
    const rows = await preparedQuery<{ groupId: string; count: number }>(
      this.memberships.manager.connection,
      `SELECT group_id AS "groupId", count(*)::int AS count FROM group_memberships
       WHERE group_id = ANY($1::uuid[]) GROUP BY group_id`,
      [groupIds],
    );
    return new Map(rows.map((row) => [row.groupId, row.count]));
  }

  /** Facilitators per group, in the order they were appointed. */
  async facilitators(groupIds: readonly string[]): Promise<Map<string, UserEntity[]>> {
    const rows = await this.memberships
      .createQueryBuilder('membership')
      .innerJoinAndSelect('membership.user', 'user')
      .where('membership.group_id IN (:...groupIds)', { groupIds })
      .andWhere(`membership.role = 'FACILITATOR'`)
      .orderBy('membership.joined_at', 'ASC')
      .getMany();
    const byGroup = new Map<string, UserEntity[]>();
    for (const row of rows) byGroup.set(row.groupId, [...(byGroup.get(row.groupId) ?? []), row.user!]);
    return byGroup;
  }

  /** The user's role in each of the groups where it is a member. */
  async rolesOf(userId: string, groupIds: readonly string[]): Promise<Map<string, GroupRole>> {
    const rows = await preparedQuery<{ groupId: string; role: GroupRole }>(
      this.memberships.manager.connection,
      `SELECT group_id AS "groupId", role FROM group_memberships WHERE user_id = $1 AND group_id = ANY($2::uuid[])`,
      [userId, groupIds],
    );
    return new Map(rows.map((row) => [row.groupId, row.role]));
  }

  async facilitatedGroupIds(userId: string): Promise<string[]> {
    const rows = await preparedQuery<{ groupId: string }>(
      this.memberships.manager.connection,
      `SELECT group_id AS "groupId" FROM group_memberships WHERE user_id = $1 AND role = 'FACILITATOR'`,
      [userId],
    );
    return rows.map((row) => row.groupId);
  }

  async roleOf(userId: string, groupId: string): Promise<GroupRole | null> {
    return (await this.rolesOf(userId, [groupId])).get(groupId) ?? null;
  }

  async join(groupId: string, userId: string): Promise<void> {
    await this.memberships
      .createQueryBuilder()
      .insert()
      .values({ groupId, userId, role: 'MEMBER' })
      .orIgnore()
      .execute();
  }

  async leave(groupId: string, userId: string): Promise<void> {
    await this.memberships.delete({ groupId, userId });
  }

  /** Makes the user a member with this role, joining it to the group when needed. */
  async setRole(groupId: string, userId: string, role: GroupRole): Promise<void> {
    await this.memberships
      .createQueryBuilder()
      .insert()
      .values({ groupId, userId, role })
      .orUpdate(['role'], ['group_id', 'user_id'])
      .execute();
  }
}

import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Repository } from 'typeorm';
import { UserEntity } from '../accounts/user.entity.js';
import { detectUniqueViolation } from '../platform/database/unique-violation.js';
import { GroupMembershipEntity, type GroupRole } from './group-membership.entity.js';
import { GroupEntity } from './group.entity.js';

export type NewGroup = Pick<
  GroupEntity,
  'slug' | 'nameId' | 'nameEn' | 'descriptionId' | 'descriptionEn' | 'visibility'
>;

const GROUP_COLUMNS = `g.id, g.slug, g.name_id AS "nameId", g.name_en AS "nameEn",
  g.description_id AS "descriptionId", g.description_en AS "descriptionEn", g.visibility,
  g.archived_at AS "archivedAt", g.created_at AS "createdAt"`;

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
    const [group] = await this.groups.query(`SELECT ${GROUP_COLUMNS} FROM groups g WHERE g.slug = $1`, [
      slug,
    ]);
    return group ?? null;
  }

  findByIds(ids: readonly string[]): Promise<GroupEntity[]> {
    return this.groups.query(`SELECT ${GROUP_COLUMNS} FROM groups g WHERE g.id = ANY($1::uuid[])`, [ids]);
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
    const rows: { group_id: string; count: number }[] = await this.memberships
      .createQueryBuilder('membership')
      .select('membership.group_id', 'group_id')
      .addSelect('count(*)::int', 'count')
      .where('membership.group_id IN (:...groupIds)', { groupIds })
      .groupBy('membership.group_id')
      .getRawMany();
    return new Map(rows.map((row) => [row.group_id, row.count]));
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
    const rows: { groupId: string; role: GroupRole }[] = await this.memberships.query(
      `SELECT group_id AS "groupId", role FROM group_memberships WHERE user_id = $1 AND group_id = ANY($2::uuid[])`,
      [userId, groupIds],
    );
    return new Map(rows.map((row) => [row.groupId, row.role]));
  }

  async facilitatedGroupIds(userId: string): Promise<string[]> {
    const rows: { groupId: string }[] = await this.memberships.query(
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

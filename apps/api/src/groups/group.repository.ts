import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, IsNull, Repository } from 'typeorm';
import { UserEntity } from '../accounts/user.entity.js';
import { detectUniqueViolation } from '../platform/database/unique-violation.js';
import { GroupMembershipEntity, type GroupRole } from './group-membership.entity.js';
import { GroupEntity } from './group.entity.js';

export type NewGroup = Pick<
  GroupEntity,
  'slug' | 'nameId' | 'nameEn' | 'descriptionId' | 'descriptionEn' | 'visibility'
>;

@Injectable()
export class GroupRepository {
  constructor(
    @InjectRepository(GroupEntity) private readonly groups: Repository<GroupEntity>,
    @InjectRepository(GroupMembershipEntity) private readonly memberships: Repository<GroupMembershipEntity>,
  ) {}

  findById(id: string): Promise<GroupEntity | null> {
    return this.groups.findOneBy({ id });
  }

  findBySlug(slug: string): Promise<GroupEntity | null> {
    return this.groups.findOneBy({ slug });
  }

  findByIds(ids: readonly string[]): Promise<GroupEntity[]> {
    return this.groups.findBy({ id: In([...ids]) });
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
    const rows = await this.memberships.findBy({ userId, groupId: In([...groupIds]) });
    return new Map(rows.map((row) => [row.groupId, row.role]));
  }

  async facilitatedGroupIds(userId: string): Promise<string[]> {
    const rows = await this.memberships.find({
      select: { groupId: true },
      where: { userId, role: 'FACILITATOR' },
    });
    return rows.map((row) => row.groupId);
  }

  async roleOf(userId: string, groupId: string): Promise<GroupRole | null> {
    return (await this.memberships.findOneBy({ userId, groupId }))?.role ?? null;
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

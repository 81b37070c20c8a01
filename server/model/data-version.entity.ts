import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * One row whose counter goes up with every change to the reports or their labels, in the same
 * transaction as the change. Every instance's caches key on it, so an ingest on one instance
 * behind the load balancer is seen by all.
 */
@Entity({ tableName: 'data_version' })
export class DataVersion {
  @PrimaryKey({ type: 'integer', autoincrement: false })
  id!: number;

  @Property({ type: 'integer' })
  version!: number;
}

export const DATA_VERSION_ROW = 1;

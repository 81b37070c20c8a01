/** Raising the data version, inside the transaction of the change it stands for. */
import { raw, type EntityManager } from '@mikro-orm/core';
import { DataVersion, DATA_VERSION_ROW } from '../model/index.js';

export async function bumpDataVersion(tx: EntityManager): Promise<void> {
  const updated = await tx.nativeUpdate(DataVersion, { id: DATA_VERSION_ROW }, { version: raw('version + 1') as unknown as number });
  if (!updated) await tx.insert(DataVersion, { id: DATA_VERSION_ROW, version: 1 });
}

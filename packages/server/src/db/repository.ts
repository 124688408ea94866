// How a feature's repository is made. A repository is the feature's SQL, bound to a database handle:
// the database itself, or a transaction. `transaction(fn)` runs `fn` with the same repository bound to
// a new transaction (a savepoint when already inside one), so a use case writes
//
//   await repo.transaction(async (tx) => { await tx.insertX(…); await recordAudit(tx, ctx, …); });
//
// and never sees a query builder. Inside `fn` only `tx` may be used: on PGlite (one connection) a query
// on the outer handle would wait for the transaction forever.
import type { DbOrTx } from './client.ts';

export type Repository<M> = M & {
  transaction<T>(fn: (tx: Repository<M>) => Promise<T>): Promise<T>;
};

export function defineRepository<M extends object>(make: (db: DbOrTx) => M): (db: DbOrTx) => Repository<M> {
  const create = (db: DbOrTx): Repository<M> => ({
    ...make(db),
    transaction: <T>(fn: (tx: Repository<M>) => Promise<T>) => db.transaction((tx) => fn(create(tx))),
  });
  return create;
}

// Named prepared statements for PGlite (issue 19). PGlite's `query` sends every statement unnamed, so
// PostgreSQL plans it afresh each time; on an embedded data directory planning costs several times the
// execution (relation sizes are read through the WASM file system): the signed-in request's session lookup
// planned in ~12 ms and ran in 0.2 ms. A statement prepared once under a name lets PostgreSQL keep a plan:
// custom plans for the first executions, then a generic one only where its estimated cost is no worse (the
// same rule as any driver that names its statements, e.g. node-postgres with `name`).
import { parse, protocol, type PGlite, type QueryOptions, type Results } from '@electric-sql/pglite';

/** Statements kept prepared per database; past this, further texts run unnamed as before. */
const MAX_PREPARED = 1_000;

/** Only plain DML is worth a plan kept: utility statements (SET, DDL, BEGIN…) run as before. */
const PREPARABLE = /^\s*(select|insert|update|delete|with)\b/i;

interface Prepared {
  name: string;
  paramTypes: number[];
}

type Query = <T>(text: string, params?: unknown[], options?: QueryOptions) => Promise<Results<T>>;

/**
 * `client.query` with each distinct DML text parsed once under a name. Same contract as PGlite's own
 * `query` (the same mutex, parsers, serializers, and the durability step outside a transaction); errors
 * are PGlite's errors with their PostgreSQL code. `inTransaction` is the form for a transaction's queries.
 */
export function preparedStatements(client: PGlite) {
  const prepared = new Map<string, Prepared>();
  const run = async (message: Uint8Array) => (await client.execProtocol(message, { syncToFs: false })).messages;

  async function prepare(text: string): Promise<Prepared> {
    const name = `dvcq_${prepared.size + 1}`;
    const messages = [];
    try {
      await run(protocol.serialize.parse({ name, text }));
      messages.push(...(await run(protocol.serialize.describe({ type: 'S', name }))));
    } finally {
      await run(protocol.serialize.sync());
    }
    const statement = { name, paramTypes: parse.parseDescribeStatementResults(messages) };
    prepared.set(text, statement);
    return statement;
  }

  const named = async <T>(
    text: string,
    params: unknown[],
    options: QueryOptions | undefined,
    inTransaction: boolean,
  ): Promise<Results<T>> =>
    client.runExclusive(async () => {
      const statement = prepared.get(text) ?? (await prepare(text));
      const values = params.map((value, i) => {
        if (value === null || value === undefined) return null;
        const type = statement.paramTypes[i]!;
        const serialize = options?.serializers?.[type] ?? client.serializers[type];
        return serialize ? serialize(value) : String(value);
      });
      const messages = [];
      try {
        messages.push(...(await run(protocol.serialize.bind({ statement: statement.name, values }))));
        messages.push(...(await run(protocol.serialize.describe({ type: 'P' }))));
        messages.push(...(await run(protocol.serialize.execute({}))));
      } finally {
        messages.push(...(await run(protocol.serialize.sync())));
      }
      if (!inTransaction) await client.syncToFs();
      return parse.parseResults(messages, client.parsers, options)[0] as Results<T>;
    });

  /** Whether `text` runs named; otherwise the caller's own query runs it as before. */
  const preparable = (text: string) => PREPARABLE.test(text) && (prepared.has(text) || prepared.size < MAX_PREPARED);
  return {
    query: ((text, params = [], options) =>
      preparable(text) ? named(text, params, options, false) : client.query(text, params, options)) as Query,
    /** For the queries of a transaction opened by `client.transaction`, through its handle `tx`. */
    inTransaction: (tx: Pick<PGlite, 'query'>): Query =>
      ((text, params = [], options) => (preparable(text) ? named(text, params, options, true) : tx.query(text, params, options))) as Query,
  };
}

// Tables of 0004_scoring.sql.
export {};

// Tables of 0003_reports.sql.
export {};

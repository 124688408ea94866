// The one way a searchable Select filters its options: by the label, ignoring diacritics, case and word
// order ("huong" finds "Phường Hường Lộc"), as every list's search box does.
import { matchesQuery } from '@dvcq/domain';

export const foldedSearch = {
  filterOption: (input: string, option?: { label?: unknown }): boolean => matchesQuery(String(option?.label ?? ''), input),
};

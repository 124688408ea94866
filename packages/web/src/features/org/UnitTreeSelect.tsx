import { useMemo } from 'react';
import { TreeSelect } from 'antd';
import type { TreeSelectProps } from 'antd';
import { matchesQuery } from '@dvcq/domain';
import type { OrgUnitDto } from '../../api/types.ts';
import { t } from '../../i18n/index.ts';
import { useOrgTreeAsOf, useOrgUnits } from './orgApi.ts';
import { buildOrgTree, unitSearchText, type OrgNode } from './orgTree.ts';
import { treeAsUnits } from './restructuring.ts';
import '../../i18n/vi/org.ts';

interface TreeOption {
  value: string;
  title: string;
  searchText: string;
  disabled?: boolean;
  children: TreeOption[];
}

function toOptions(nodes: OrgNode[], disabled?: (u: OrgUnitDto) => boolean): TreeOption[] {
  return nodes.map((n) => ({
    value: n.unit.id,
    title: n.unit.validTo ? `${n.unit.name} (${t('org.closedTag').toLowerCase()})` : n.unit.name,
    searchText: unitSearchText(n.unit),
    disabled: disabled?.(n.unit) ?? false,
    children: toOptions(n.children, disabled),
  }));
}

type Props = Omit<TreeSelectProps<string>, 'treeData' | 'showSearch' | 'filterTreeNode'> & {
  includeClosed?: boolean;
  isDisabled?: (u: OrgUnitDto) => boolean;
  /** List the tree as it stood on this day ('YYYY-MM-DD', with the names units had then); none: today's tree. */
  asOf?: string | null;
};

/** Pick one unit from the tree; typing filters without regard to diacritics ("noi vu" finds "Nội vụ"). */
export function UnitTreeSelect({ includeClosed = false, isDisabled, asOf = null, ...rest }: Props) {
  const today = useOrgUnits(includeClosed);
  const past = useOrgTreeAsOf(asOf);
  const units = asOf ? past : today;
  const list = useMemo(() => (asOf ? (past.data ? treeAsUnits(past.data) : []) : (today.data ?? [])), [asOf, past.data, today.data]);
  const treeData = useMemo(() => toOptions(buildOrgTree(list), isDisabled), [list, isDisabled]);
  const rootIds = useMemo(() => treeData.map((o) => o.value), [treeData]);
  return (
    <TreeSelect<string>
      showSearch={{
        filterTreeNode: (input, node) => matchesQuery(String((node as unknown as TreeOption).searchText ?? node.title ?? ''), input),
      }}
      treeData={treeData}
      loading={units.isLoading}
      placeholder={t('org.searchPlaceholder')}
      allowClear
      treeDefaultExpandedKeys={rootIds}
      popupMatchSelectWidth={false}
      styles={{ popup: { root: { maxWidth: 'min(560px, 95vw)' } } }}
      style={{ width: '100%' }}
      {...rest}
    />
  );
}

import type { AbstractNode, IconDefinition } from '@ant-design/icons-svg/es/types';

/** An antd outlined icon drawn without antd's icon component, for screens that load before antd. */
export function PlainIcon({ icon }: { icon: IconDefinition }) {
  const node = icon.icon as AbstractNode;
  return (
    <span className="plain-icon" aria-hidden="true">
      <svg viewBox={node.attrs.viewBox} width="1em" height="1em" fill="currentColor" focusable="false">
        {node.children?.map((c, i) => (
          <path key={i} d={c.attrs.d} />
        ))}
      </svg>
    </span>
  );
}

// Line icons: one per canvas block (decorative: the block title names it), and LineIcon for the
// note tools.
import type { BlockId } from '../domain/blocks';
import { BLOCK_ICON_PATHS } from './icon-paths';

/** A decorative line icon drawn with one path, in the current text colour. */
export function LineIcon({
  d,
  size = 16,
  className,
}: {
  d: string;
  size?: number;
  className?: string;
}) {
  return (
    <svg
      className={className}
      viewBox="0 0 24 24"
      width={size}
      height={size}
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={d} />
    </svg>
  );
}

export function BlockIcon({ block }: { block: BlockId }) {
  return <LineIcon className="block-icon" d={BLOCK_ICON_PATHS[block]} size={18} />;
}
